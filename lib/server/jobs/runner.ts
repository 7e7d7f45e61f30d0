// Polls the queue in the server process and runs due jobs (docs/jobs.md).
import 'server-only';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type { JobDefinition } from './define-job';
import { logger } from '@/lib/server/log/logger';
import { offJobNudge, onJobNudge } from './nudge';
import { indexDefinitions, runDueJobs } from './run-due-jobs';

export type JobRunner = { stop(): Promise<void> };

/**
 * Work the runner does on a poll at most every `everyMs`, before claiming jobs: a planner that recomputes
 * from the database what to enqueue (lib/server/reminders/plan-reminders.ts). It keeps nothing in memory,
 * so a restart loses nothing.
 */
export type PeriodicTask = { name: string; everyMs: number; run(now: Date): Promise<unknown> };

export type JobRunnerOptions = {
  definitions: readonly JobDefinition[];
  periodic?: readonly PeriodicTask[];
  /** Pause between polls that found less than a full batch. */
  pollMs?: number;
  /** Jobs run side by side at most. */
  concurrency?: number;
  leaseMs?: number;
  /** How long stop() waits for running handlers; a job still running then is retried once its lease ends. */
  stopGraceMs?: number;
};

/**
 * Polls every `pollMs` (at once again after a full batch, or after nudgeJobRunner()) until stopped. Polls
 * never overlap, and the timer does not keep the process alive. With no definitions a poll asks the
 * database nothing.
 */
export function startJobRunner({
  definitions,
  periodic = [],
  pollMs = 5000,
  concurrency = 2,
  leaseMs,
  stopGraceMs = 10_000,
}: JobRunnerOptions): JobRunner {
  indexDefinitions(definitions);
  const workerId = `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  let stopped = false;
  let failing = false;
  let timer: NodeJS.Timeout | undefined;
  let polling: Promise<void> = Promise.resolve();
  const nextRun = new Map<string, number>();
  const failingTasks = new Set<string>();

  const runPeriodic = async () => {
    for (const task of periodic) {
      const now = Date.now();
      if ((nextRun.get(task.name) ?? 0) > now) continue;
      nextRun.set(task.name, now + task.everyMs);
      try {
        await task.run(new Date(now));
        failingTasks.delete(task.name);
      } catch (error) {
        if (!failingTasks.has(task.name))
          logger().error({ err: error, task: task.name }, 'job runner: a periodic task failed');
        failingTasks.add(task.name);
      }
    }
  };
  let inPoll = false;
  let nudged = false;

  const poll = async () => {
    inPoll = true;
    nudged = false;
    let delay = pollMs;
    await runPeriodic();
    try {
      const outcomes = await runDueJobs(definitions, { limit: concurrency, leaseMs, workerId });
      if (outcomes.length === concurrency) delay = 0;
      failing = false;
    } catch (error) {
      // Logged once per outage, not on every poll while the database is away.
      if (!failing) logger().error({ err: error }, 'job runner: polling the queue failed');
      failing = true;
    }
    inPoll = false;
    // A job enqueued while this poll ran may have committed after its claim: look again at once.
    if (nudged) delay = 0;
    if (!stopped) schedule(delay);
  };
  const schedule = (delay: number) => {
    timer = setTimeout(() => {
      polling = poll();
    }, delay);
    timer.unref();
  };
  schedule(pollMs);
  const nudge = () => {
    if (stopped) return;
    nudged = true;
    if (inPoll) return;
    clearTimeout(timer);
    schedule(0);
  };
  onJobNudge(nudge);

  return {
    async stop() {
      stopped = true;
      offJobNudge(nudge);
      clearTimeout(timer);
      let grace: NodeJS.Timeout | undefined;
      await Promise.race([polling, new Promise<void>((resolve) => (grace = setTimeout(resolve, stopGraceMs)))]);
      clearTimeout(grace);
    },
  };
}
