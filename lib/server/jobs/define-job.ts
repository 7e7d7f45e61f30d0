// A job definition: what a kind of background job is called, the shape of its payload, and what runs it.
import 'server-only';
import type { z } from 'zod';

export type JobContext = {
  jobId: string;
  /** The user the job was enqueued for; null for jobs that belong to no user. */
  userId: string | null;
  /** 1 on the first run, 2 on the first retry, … */
  attempt: number;
  /** The clock of the pass running the job (a test's clock, or the real time). */
  now: Date;
};

export type JobDefinition<Payload extends z.ZodType = z.ZodType> = {
  name: string;
  /** Raised when the payload's shape or the handler's meaning changes; see docs/jobs.md. */
  version: number;
  payload: Payload;
  maxAttempts: number;
  /** Runs at least once per job, possibly more: it must be safe to run again (docs/jobs.md). */
  handler(payload: z.output<Payload>, context: JobContext): Promise<void>;
};

export const defaultMaxAttempts = 5;

export function defineJob<Payload extends z.ZodType>(definition: {
  name: string;
  version: number;
  payload: Payload;
  maxAttempts?: number;
  handler: (payload: z.output<Payload>, context: JobContext) => Promise<void>;
}): JobDefinition<Payload> {
  const { name, version, maxAttempts = defaultMaxAttempts } = definition;
  if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new Error(`Job name "${name}" must be kebab-case`);
  if (!Number.isInteger(version) || version < 1) throw new Error(`Job "${name}" needs a whole version from 1`);
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1)
    throw new Error(`Job "${name}" needs maxAttempts of at least 1`);
  return { name, version, payload: definition.payload, maxAttempts, handler: definition.handler };
}
