// The runner's periodic step (the reminder planner's slot): run on the runner's own polls, and a task that
// fails neither stops the polling nor the jobs.
import { expect, it } from 'vitest';
import { z } from 'zod';
import { enqueue } from '@/db/queries/jobs/queue';
import { defineJob } from '@/lib/server/jobs/define-job';
import { startJobRunner } from '@/lib/server/jobs/runner';
import { describeOnEachDatabase } from '../support/database';

describeOnEachDatabase('job runner with a periodic task', () => {
  it('runs the task with the time of the poll, and keeps running jobs when the task fails', async () => {
    let handled: (value: string) => void = () => undefined;
    const handledJob = new Promise<string>((resolve) => (handled = resolve));
    const echo = defineJob({
      name: 'echo',
      version: 1,
      payload: z.object({ word: z.string() }),
      handler: ({ word }) => Promise.resolve(handled(word)),
    });
    let ranAt: (value: Date) => void = () => undefined;
    const taskRan = new Promise<Date>((resolve) => (ranAt = resolve));
    const failing = {
      name: 'failing',
      everyMs: 60_000,
      run: () => Promise.reject(new Error('the planner could not reach the database')),
    };
    const probe = { name: 'probe', everyMs: 60_000, run: (now: Date) => Promise.resolve(ranAt(now)) };
    const before = Date.now();
    await enqueue(null, echo, { word: 'still running' });
    const runner = startJobRunner({ definitions: [echo], periodic: [failing, probe], pollMs: 10 });
    try {
      expect((await taskRan).getTime()).toBeGreaterThanOrEqual(before);
      expect(await handledJob).toBe('still running');
    } finally {
      await runner.stop();
    }
  });
});
