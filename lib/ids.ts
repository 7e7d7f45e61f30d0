import { z } from 'zod';

const uuid = z.uuid();

/** Ids arrive from URLs and forms; anything that is not a UUID cannot name a row. */
export function isUuid(value: unknown): value is string {
  return uuid.safeParse(value).success;
}
