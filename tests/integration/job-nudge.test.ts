// A request that enqueues a mail nudges this process's job runner: the job runs at once, not at the next
// poll (the runner here polls once an hour, so only the nudge can have run it).
import { afterEach, expect, it } from 'vitest';
import { z } from 'zod';
import { enqueue } from '@/db/queries/jobs/queue';
import { defineJob } from '@/lib/server/jobs/define-job';
import { nudgeJobRunner } from '@/lib/server/jobs/nudge';
import { startJobRunner, type JobRunner } from '@/lib/server/jobs/runner';
import { describeOnEachDatabase } from '../support/database';

let runner: JobRunner | undefined;
afterEach(async () => {
  await runner?.stop();
  runner = undefined;
});

describeOnEachDatabase('nudging the job runner', () => {
  it('runs a job enqueued after the last poll as soon as it is nudged', async () => {
    let ran: (value: string) => void = () => undefined;
    const done = new Promise<string>((resolve) => (ran = resolve));
    const job = defineJob({
      name: `nudged-${Date.now()}`,
      version: 1,
      payload: z.object({ word: z.string() }),
      handler: ({ word }) => {
        ran(word);
        return Promise.resolve();
      },
    });
    runner = startJobRunner({ definitions: [job], pollMs: 60 * 60_000 });
    await enqueue(null, job, { word: 'now' });
    nudgeJobRunner();
    expect(await done).toBe('now');
  });
});
