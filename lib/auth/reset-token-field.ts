// The reset link's token as it arrives from a link or a form. Apart from password-reset.ts because forms in the
// browser reach it through lib/auth/schema.ts, and that module needs node:crypto, whose browser stand-in
// uses eval (refused by the CSP) and weighs close to a megabyte.
import { z } from 'zod';

/** 32 bytes in base64url without padding are 43 characters. */
const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

/** One sentence for each way a link stops working; none says whether an account exists. */
export const resetTokenProblems = {
  invalid: 'This reset link is not valid. Ask for a new one.',
  expired: 'This reset link has expired. Ask for a new one.',
  used: 'This reset link has already been used. Ask for a new one if you need it.',
} as const;

export type ResetTokenProblem = keyof typeof resetTokenProblems;

/** A token as it arrives in a link or a form: anything else is "not valid", never an error. */
export const resetTokenField = z
  .string({ error: resetTokenProblems.invalid })
  .regex(tokenPattern, { error: resetTokenProblems.invalid });
