import { eq, inArray } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { z } from 'zod';
import { connection, db, inTransaction } from '@/db/client';
import { claimJobs, completeJob, enqueue } from '@/db/queries/jobs/queue';
import { jobs, users } from '@/db/schema';
import { defineJob, type JobContext } from '@/lib/server/jobs/define-job';
import { retryDelayMs, runDueJobs } from '@/lib/server/jobs/run-due-jobs';
import { describeOnEachDatabase } from '../support/database';
import { createTestUser } from '../support/fixtures';

// Each test uses job names of its own: a pass only claims the names it is given, so tests never
// see each other's jobs. Clocks are explicit so that delays and leases need no waiting.
const t0 = new Date('2030-01-07T09:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

async function jobRow(id: string | null) {
  if (!id) throw new Error('no job was enqueued');
  const [row] = await db().select().from(jobs).where(eq(jobs.id, id));
  return row;
}

function recordingJob<Schema extends z.ZodType>(
  name: string,
  payload: Schema,
  options: { version?: number; maxAttempts?: number; fail?: string } = {},
) {
  const calls: { payload: z.output<Schema>; context: JobContext }[] = [];
  const definition = defineJob({
    name,
    version: options.version ?? 1,
    payload,
    maxAttempts: options.maxAttempts,
    handler: (parsed, context) => {
      calls.push({ payload: parsed, context });
      return options.fail ? Promise.reject(new Error(options.fail)) : Promise.resolve();
    },
  });
  return { definition, calls };
}

describeOnEachDatabase('background jobs', (backend) => {
  let userId = '';
  beforeAll(async () => {
    userId = await createTestUser('jobs');
  });

  it('one pass runs the handler with the parsed payload, once, and marks the job done', async () => {
    const { definition, calls } = recordingJob(
      'greet',
      z.object({ name: z.string(), times: z.number().int().default(1) }),
    );
    const id = await enqueue(userId, definition, { name: 'Ada' }, { runAt: t0 });

    expect(await runDueJobs([definition], { now: at(-1) })).toEqual([]);
    expect(await runDueJobs([definition], { now: t0 })).toEqual([{ id, name: 'greet', attempt: 1, outcome: 'done' }]);
    expect(calls).toEqual([
      { payload: { name: 'Ada', times: 1 }, context: { jobId: id, userId, attempt: 1, now: t0 } },
    ]);
    expect(await jobRow(id)).toMatchObject({
      status: 'done',
      attempts: 1,
      finishedAt: t0,
      lockedUntil: null,
      lastError: null,
    });

    expect(await runDueJobs([definition], { now: at(60_000) })).toEqual([]);
    expect(calls).toHaveLength(1);
  });

  it('refuses a payload its schema rejects, before anything is stored', async () => {
    const { definition } = recordingJob('strict', z.object({ email: z.email() }));
    await expect(enqueue(userId, definition, { email: 'not an address' })).rejects.toThrow(
      /job "strict" v1 is invalid: email/,
    );
    expect(await db().select().from(jobs).where(eq(jobs.name, 'strict'))).toEqual([]);
  });

  it('a second enqueue with the same idempotency key adds nothing, even after the first has run', async () => {
    const { definition, calls } = recordingJob('reminder', z.object({ week: z.string() }));
    const first = await enqueue(
      userId,
      definition,
      { week: '2030-01-07' },
      { idempotencyKey: 'reminder:2030-01-07', runAt: t0 },
    );
    expect(first).toEqual(expect.any(String));
    expect(
      await enqueue(userId, definition, { week: '2030-01-07' }, { idempotencyKey: 'reminder:2030-01-07', runAt: t0 }),
    ).toBeNull();
    await runDueJobs([definition], { now: t0 });
    expect(
      await enqueue(userId, definition, { week: '2030-01-07' }, { idempotencyKey: 'reminder:2030-01-07', runAt: t0 }),
    ).toBeNull();
    expect(
      await enqueue(userId, definition, { week: '2030-01-14' }, { idempotencyKey: 'reminder:2030-01-14', runAt: t0 }),
    ).not.toBeNull();

    expect(await db().select().from(jobs).where(eq(jobs.name, 'reminder'))).toHaveLength(2);
    expect(calls).toHaveLength(1);
  });

  it('a failing job is retried after growing delays and, after its last attempt, kept as failed with its error', async () => {
    const { definition, calls } = recordingJob('flaky', z.object({}), {
      maxAttempts: 3,
      fail: 'SMTP said 451 try later',
    });
    const id = await enqueue(null, definition, {}, { runAt: t0 });

    expect(await runDueJobs([definition], { now: t0 })).toMatchObject([{ attempt: 1, outcome: 'retry' }]);
    const afterFirst = await jobRow(id);
    expect(afterFirst).toMatchObject({ status: 'pending', attempts: 1, runAt: at(retryDelayMs(1)), lockedUntil: null });
    expect(afterFirst?.lastError).toContain('SMTP said 451 try later');

    const second = retryDelayMs(1);
    expect(await runDueJobs([definition], { now: at(second - 1) })).toEqual([]);
    expect(await runDueJobs([definition], { now: at(second) })).toMatchObject([{ attempt: 2, outcome: 'retry' }]);
    const third = second + retryDelayMs(2);
    expect(retryDelayMs(2)).toBe(2 * retryDelayMs(1));
    expect(await runDueJobs([definition], { now: at(third - 1) })).toEqual([]);
    expect(await runDueJobs([definition], { now: at(third) })).toMatchObject([{ attempt: 3, outcome: 'failed' }]);

    const failed = await jobRow(id);
    expect(failed).toMatchObject({ status: 'failed', attempts: 3, finishedAt: at(third), lockedUntil: null });
    expect(failed?.lastError).toContain('SMTP said 451 try later');
    expect(await runDueJobs([definition], { now: at(24 * 60 * 60 * 1000) })).toEqual([]);
    expect(calls.map((call) => call.context.attempt)).toEqual([1, 2, 3]);
  });

  it('concurrent claimers never get the same job', async () => {
    const { definition } = recordingJob('parallel', z.object({ n: z.number() }));
    const ids = await Promise.all(
      Array.from({ length: 30 }, (_, n) => enqueue(null, definition, { n }, { runAt: t0 })),
    );

    const seen: string[] = [];
    for (let round = 0; round < 10; round++) {
      const batches = await Promise.all(
        ['a', 'b', 'c', 'd'].map((worker) =>
          claimJobs(['parallel'], { now: t0, limit: 4, leaseMs: 60_000, workerId: worker }),
        ),
      );
      const claimed = batches.flat().map((job) => job.id);
      if (claimed.length === 0) break;
      seen.push(...claimed);
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual([...ids].sort());
  });

  if (backend === 'postgres') {
    it('a job locked by another open transaction is skipped, not waited for', async () => {
      const { definition } = recordingJob('locked', z.object({ n: z.number() }));
      const [lockedId, freeId] = await Promise.all([
        enqueue(null, definition, { n: 1 }, { runAt: t0 }),
        enqueue(null, definition, { n: 2 }, { runAt: t0 }),
      ]);
      if (!lockedId || !freeId) throw new Error('setup failed');
      // A transaction of its own on the pool (not inTransaction), so claimJobs below runs on another connection.
      const claimedMeanwhile = await connection().db.transaction(async (tx) => {
        await tx.select().from(jobs).where(eq(jobs.id, lockedId)).for('update');
        return claimJobs(['locked'], { now: t0, limit: 10, leaseMs: 60_000, workerId: 'other' });
      });
      expect(claimedMeanwhile.map((job) => job.id)).toEqual([freeId]);
    });
  }

  it('a job whose lease ran out is claimed again, and the earlier holder can no longer settle it', async () => {
    const { definition } = recordingJob('slow', z.object({}));
    const id = await enqueue(null, definition, {}, { runAt: t0 });
    const options = { limit: 5, leaseMs: 1000 };

    const [first] = await claimJobs(['slow'], { ...options, now: t0, workerId: 'crashes' });
    expect(first).toMatchObject({ id, attempts: 1, lockedBy: 'crashes', lockedUntil: at(1000) });
    expect(await claimJobs(['slow'], { ...options, now: at(999), workerId: 'second' })).toEqual([]);

    const [second] = await claimJobs(['slow'], { ...options, now: at(1000), workerId: 'second' });
    expect(second).toMatchObject({ id, attempts: 2, lockedBy: 'second' });
    if (!first || !second) throw new Error('not claimed');
    expect(await completeJob(first, at(1001))).toBe(false);
    expect(await completeJob(second, at(1001))).toBe(true);
    expect(await jobRow(id)).toMatchObject({ status: 'done', attempts: 2 });
  });

  it('a job whose last attempt never finished is failed, not run again', async () => {
    const { definition, calls } = recordingJob('crashing', z.object({}), { maxAttempts: 1 });
    const id = await enqueue(null, definition, {}, { runAt: t0 });
    await claimJobs(['crashing'], { now: t0, limit: 1, leaseMs: 1000, workerId: 'dies' });

    expect(await runDueJobs([definition], { now: at(1000) })).toMatchObject([{ id, outcome: 'failed' }]);
    expect(calls).toEqual([]);
    expect((await jobRow(id))?.lastError).toMatch(/no attempt left: attempt 1 did not finish within its lease/);
  });

  it('a job of a newer version waits for newer code; one of a version no longer handled fails clearly', async () => {
    const v1 = recordingJob('evolving', z.object({ goalId: z.string() }), { version: 1 });
    const v2 = recordingJob('evolving', z.object({ goalIds: z.array(z.string()) }), { version: 2 });
    const newer = await enqueue(userId, v2.definition, { goalIds: ['g'] }, { runAt: t0 });

    expect(await runDueJobs([v1.definition], { now: t0 })).toMatchObject([{ id: newer, outcome: 'deferred' }]);
    expect(await jobRow(newer)).toMatchObject({ status: 'pending', attempts: 0, lockedUntil: null });
    expect(v1.calls).toEqual([]);

    const older = await enqueue(userId, v1.definition, { goalId: 'g' }, { runAt: t0 });
    expect(await runDueJobs([v2.definition], { now: at(60 * 60 * 1000) })).toEqual(
      expect.arrayContaining([
        { id: newer, name: 'evolving', attempt: 1, outcome: 'done' },
        { id: older, name: 'evolving', attempt: 1, outcome: 'failed' },
      ]),
    );
    expect((await jobRow(older))?.lastError).toBe('version 1 of job "evolving" is not handled here (known: 2)');
    expect(v2.calls.map((call) => call.payload)).toEqual([{ goalIds: ['g'] }]);
  });

  it('a stored payload the handler can no longer read fails without running it', async () => {
    const loose = recordingJob('reshaped', z.object({ count: z.number() }));
    const strict = recordingJob('reshaped', z.object({ count: z.number().max(10) }));
    const id = await enqueue(null, loose.definition, { count: 99 }, { runAt: t0 });

    expect(await runDueJobs([strict.definition], { now: t0 })).toMatchObject([{ id, outcome: 'failed' }]);
    expect(strict.calls).toEqual([]);
    expect((await jobRow(id))?.lastError).toMatch(/^payload does not match version 1: count: /);
  });

  it('an enqueue inside a transaction that fails leaves no job; one that commits keeps it', async () => {
    const { definition } = recordingJob('transactional', z.object({ n: z.number() }));
    await expect(
      inTransaction(async () => {
        await enqueue(userId, definition, { n: 1 }, { idempotencyKey: 'rolled-back' });
        throw new Error('the write that caused it failed');
      }),
    ).rejects.toThrow('the write that caused it failed');
    await inTransaction(() => enqueue(userId, definition, { n: 2 }, { idempotencyKey: 'committed' }));

    const rows = await db().select().from(jobs).where(eq(jobs.name, 'transactional'));
    expect(rows.map((row) => row.idempotencyKey)).toEqual(['committed']);
  });

  it("deleting a user deletes the user's jobs and no one else's", async () => {
    const { definition } = recordingJob('owned', z.object({}));
    const leaving = await createTestUser('leaving');
    const theirs = await Promise.all([enqueue(leaving, definition, {}), enqueue(leaving, definition, {})]);
    const others = await Promise.all([enqueue(userId, definition, {}), enqueue(null, definition, {})]);

    await db().delete(users).where(eq(users.id, leaving));
    const left = await db()
      .select({ id: jobs.id })
      .from(jobs)
      .where(
        inArray(
          jobs.id,
          [...theirs, ...others].filter((id) => id !== null),
        ),
      );
    expect(left.map((row) => row.id).sort()).toEqual([...others].sort());
  });
});
