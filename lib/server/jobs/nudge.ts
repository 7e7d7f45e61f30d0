// Lets a request that just enqueued a job (a confirmation link, a reset link) have this process's runner
// poll at once instead of at its next tick, so the mail leaves within a moment. Polling stays the fallback:
// with no runner here, or another instance's, the job is sent at the next poll.
import 'server-only';

// On globalThis: instrumentation (which starts the runner) and the routes may be bundled apart.
const nudgeKey = Symbol.for('trajectory.jobs.nudge');
const holder = globalThis as typeof globalThis & { [nudgeKey]?: () => void };

export function onJobNudge(nudge: () => void): void {
  holder[nudgeKey] = nudge;
}

/** Stops listening, unless another runner has taken over since. */
export function offJobNudge(nudge: () => void): void {
  if (holder[nudgeKey] === nudge) holder[nudgeKey] = undefined;
}

/** Call after the transaction that enqueued the job has committed; a no-op where no runner listens. */
export function nudgeJobRunner(): void {
  holder[nudgeKey]?.();
}
