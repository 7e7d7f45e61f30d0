// The job queue's table operations (docs/jobs.md). Every call goes through `db()`, so an enqueue made
// inside `inTransaction` commits or rolls back with the write that caused it.
import 'server-only';
import { and, asc, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { db } from '@/db/client';
import { jobs } from '@/db/schema';

export type Job = typeof jobs.$inferSelect;

/** A job this worker holds a lease on; `attempts` already counts the current run. */
export type ClaimedJob = Job & { lockedBy: string };

/** What enqueue needs of a job definition (lib/server/jobs/define-job.ts). */
export type EnqueueableJob<Payload extends z.ZodType> = {
  name: string;
  version: number;
  maxAttempts: number;
  payload: Payload;
};

export type EnqueueOptions = {
  /** A second enqueue with the same job name and key does nothing, whatever became of the first. */
  idempotencyKey?: string;
  /** Not before this instant; now when not given. */
  runAt?: Date;
};

/**
 * Adds a job for `userId` (null: a job of no user). The payload is checked against the definition's
 * schema as it will be read back from JSON, so a bad payload fails here rather than in the runner.
 * Returns the new job's id, or null when the idempotency key was already used.
 */
export async function enqueue<Payload extends z.ZodType>(
  userId: string | null,
  job: EnqueueableJob<Payload>,
  payload: z.input<Payload>,
  options: EnqueueOptions = {},
): Promise<string | null> {
  const stored: unknown = JSON.parse(JSON.stringify(payload) ?? 'null');
  const checked = job.payload.safeParse(stored);
  if (!checked.success) {
    throw new Error(`Payload for job "${job.name}" v${job.version} is invalid: ${describeIssues(checked.error)}`);
  }
  const [row] = await db()
    .insert(jobs)
    .values({
      name: job.name,
      version: job.version,
      userId,
      payload: stored,
      idempotencyKey: options.idempotencyKey,
      runAt: options.runAt ?? new Date(),
      maxAttempts: job.maxAttempts,
    })
    .onConflictDoNothing({ target: [jobs.name, jobs.idempotencyKey] })
    .returning({ id: jobs.id });
  return row?.id ?? null;
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(payload)'}: ${issue.message}`).join('; ');
}

export type ClaimOptions = { now: Date; limit: number; leaseMs: number; workerId: string };

/**
 * Leases up to `limit` due jobs among `names` to `workerId` until `now + leaseMs`, oldest first.
 * Rows another claimer is locking are skipped rather than waited for, so concurrent claimers get
 * disjoint jobs; a job whose lease has run out (its worker died) is due again.
 */
export async function claimJobs(
  names: readonly string[],
  { now, limit, leaseMs, workerId }: ClaimOptions,
): Promise<ClaimedJob[]> {
  if (names.length === 0 || limit < 1) return [];
  const due = db()
    .select({ id: jobs.id })
    .from(jobs)
    .where(
      and(
        eq(jobs.status, 'pending'),
        lte(jobs.runAt, now),
        or(isNull(jobs.lockedUntil), lte(jobs.lockedUntil, now)),
        inArray(jobs.name, [...names]),
      ),
    )
    .orderBy(asc(jobs.runAt))
    .limit(limit)
    .for('update', { skipLocked: true });
  const claimed = await db()
    .update(jobs)
    .set({ attempts: sql`${jobs.attempts} + 1`, lockedUntil: new Date(now.getTime() + leaseMs), lockedBy: workerId })
    .where(inArray(jobs.id, due))
    .returning();
  return claimed.map((job) => ({ ...job, lockedBy: workerId })).sort((a, b) => a.runAt.getTime() - b.runAt.getTime());
}

// Only the holder of the current lease may settle a job: the same worker and the same attempt.
function heldLease(job: ClaimedJob) {
  return and(
    eq(jobs.id, job.id),
    eq(jobs.status, 'pending'),
    eq(jobs.attempts, job.attempts),
    eq(jobs.lockedBy, job.lockedBy),
  );
}

const unlocked = { lockedUntil: null, lockedBy: null };

/** Marks a claimed job done. False when the lease was lost meanwhile (the job may run again). */
export async function completeJob(job: ClaimedJob, now: Date): Promise<boolean> {
  const rows = await db()
    .update(jobs)
    .set({ status: 'done', finishedAt: now, ...unlocked })
    .where(heldLease(job))
    .returning({ id: jobs.id });
  return rows.length > 0;
}

/**
 * Records a failed attempt: the job is due again at `retryAt`, or, with `retryAt` null, kept as failed
 * with its error. False when the lease was lost meanwhile.
 */
export async function failJob(
  job: ClaimedJob,
  failure: { error: string; now: Date; retryAt: Date | null },
): Promise<boolean> {
  const settled = failure.retryAt
    ? { runAt: failure.retryAt, lastError: failure.error, ...unlocked }
    : { status: 'failed' as const, finishedAt: failure.now, lastError: failure.error, ...unlocked };
  const rows = await db().update(jobs).set(settled).where(heldLease(job)).returning({ id: jobs.id });
  return rows.length > 0;
}

/** Gives a claimed job back untouched, not counted as an attempt, to be claimed again from `runAt`. */
export async function releaseJob(job: ClaimedJob, runAt: Date): Promise<boolean> {
  const rows = await db()
    .update(jobs)
    .set({ attempts: sql`${jobs.attempts} - 1`, runAt, ...unlocked })
    .where(heldLease(job))
    .returning({ id: jobs.id });
  return rows.length > 0;
}
