// One pass over the queue: claim what is due, run each job's handler, settle each job (docs/jobs.md).
import 'server-only';
import { claimJobs, completeJob, failJob, releaseJob, type ClaimedJob } from '@/db/queries/jobs/queue';
import { errorText } from '@/lib/server/log/error-fields';
import { logger } from '@/lib/server/log/logger';
import type { JobDefinition } from './define-job';

export type JobOutcome = {
  id: string;
  name: string;
  attempt: number;
  /** done; retry: failed, due again later; failed: kept as failed; deferred: left for newer code; lost: lease ran out */
  outcome: 'done' | 'retry' | 'failed' | 'deferred' | 'lost';
};

export type RunOptions = {
  /** The clock of this pass; the real time at each step when not given. */
  now?: Date;
  /** How many jobs to claim and run side by side. */
  limit?: number;
  /** How long a claim lasts; a handler still running after it may be run again elsewhere. */
  leaseMs?: number;
  workerId?: string;
};

export const defaultLeaseMs = 5 * 60 * 1000;
const retryBaseMs = 30 * 1000;
const retryCapMs = 60 * 60 * 1000;
// A job of a version newer than this code knows waits for newer code; it is looked at again this much later.
const deferMs = 10 * 60 * 1000;
const errorLimit = 4000;

/** Wait before the next attempt after `attempt` failed: 30 s, 1 min, 2 min, … at most 1 hour. */
export function retryDelayMs(attempt: number): number {
  return Math.min(retryBaseMs * 2 ** Math.max(0, attempt - 1), retryCapMs);
}

type DefinitionIndex = Map<string, Map<number, JobDefinition>>;

/** Definitions by name and version; a name and version given twice is a programming error. */
export function indexDefinitions(definitions: readonly JobDefinition[]): DefinitionIndex {
  const index: DefinitionIndex = new Map();
  for (const definition of definitions) {
    const versions = index.get(definition.name) ?? new Map<number, JobDefinition>();
    if (versions.has(definition.version)) {
      throw new Error(`Job "${definition.name}" v${definition.version} is defined twice`);
    }
    versions.set(definition.version, definition);
    index.set(definition.name, versions);
  }
  return index;
}

/** Claims the due jobs this code knows by name, runs them side by side and settles each. */
export async function runDueJobs(
  definitions: readonly JobDefinition[],
  options: RunOptions = {},
): Promise<JobOutcome[]> {
  const index = indexDefinitions(definitions);
  const clock = () => options.now ?? new Date();
  const claimed = await claimJobs([...index.keys()], {
    now: clock(),
    limit: options.limit ?? 10,
    leaseMs: options.leaseMs ?? defaultLeaseMs,
    workerId: options.workerId ?? 'run-due-jobs',
  });
  return Promise.all(claimed.map((job) => runJob(job, index, clock)));
}

async function runJob(job: ClaimedJob, index: DefinitionIndex, clock: () => Date): Promise<JobOutcome> {
  const settle = (outcome: JobOutcome['outcome']): JobOutcome => ({
    id: job.id,
    name: job.name,
    attempt: job.attempts,
    outcome,
  });
  const versions = index.get(job.name) ?? new Map<number, JobDefinition>();
  const definition = versions.get(job.version);
  if (!definition) {
    const known = [...versions.keys()].sort((a, b) => a - b);
    if (known.every((version) => version < job.version)) {
      return (await releaseJob(job, new Date(clock().getTime() + deferMs))) ? settle('deferred') : settle('lost');
    }
    return giveUp(
      job,
      `version ${job.version} of job "${job.name}" is not handled here (known: ${known.join(', ')})`,
      clock,
      settle,
    );
  }
  if (job.attempts > job.maxAttempts) {
    return giveUp(
      job,
      `no attempt left: attempt ${job.maxAttempts} did not finish within its lease (its worker stopped or it ran too long)`,
      clock,
      settle,
    );
  }
  const payload = definition.payload.safeParse(job.payload);
  if (!payload.success) {
    const issues = payload.error.issues.map((issue) => `${issue.path.join('.') || '(payload)'}: ${issue.message}`);
    return giveUp(job, `payload does not match version ${job.version}: ${issues.join('; ')}`, clock, settle);
  }

  try {
    await definition.handler(payload.data, { jobId: job.id, userId: job.userId, attempt: job.attempts, now: clock() });
  } catch (error) {
    const message = describeError(error);
    if (job.attempts >= job.maxAttempts) return giveUp(job, message, clock, settle);
    const retryAt = new Date(clock().getTime() + retryDelayMs(job.attempts));
    logger().warn(
      { job: jobFields(job), maxAttempts: job.maxAttempts, retryAt: retryAt.toISOString(), err: error },
      'job failed; it will be retried',
    );
    return (await failJob(job, { error: message, now: clock(), retryAt })) ? settle('retry') : lost(job, settle);
  }
  return (await completeJob(job, clock())) ? settle('done') : lost(job, settle);
}

async function giveUp(
  job: ClaimedJob,
  error: string,
  clock: () => Date,
  settle: (outcome: JobOutcome['outcome']) => JobOutcome,
) {
  logger().error({ job: jobFields(job), error }, 'job failed for good');
  return (await failJob(job, { error, now: clock(), retryAt: null })) ? settle('failed') : lost(job, settle);
}

function lost(job: ClaimedJob, settle: (outcome: JobOutcome['outcome']) => JobOutcome) {
  logger().warn({ job: jobFields(job) }, 'job outlived its lease; it may run again elsewhere');
  return settle('lost');
}

/** What a log line says of a job: never its payload, which may hold what the user wrote. */
const jobFields = (job: ClaimedJob) => ({ id: job.id, name: job.name, version: job.version, attempt: job.attempts });

function describeError(error: unknown): string {
  // Stored with the job and logged: a failed query is described without its parameters.
  const text = errorText(error);
  return text.length > errorLimit ? `${text.slice(0, errorLimit)}…` : text;
}
