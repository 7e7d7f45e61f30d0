// An email-proving link's token as it arrives from a link or a form. Apart from email-verification.ts, which
// needs node:crypto, so forms in the browser can use it (see reset-token-field.ts).
import { z } from 'zod';

/** One sentence for each way a link stops working; none says whether an account exists. */
export const verificationLinkProblems = {
  invalid: 'This confirmation link is not valid. Ask for a new one.',
  expired: 'This confirmation link has expired. Ask for a new one.',
  used: 'This confirmation link has already been used.',
  taken: 'That email now belongs to another account, so your email was not changed.',
} as const;

export type VerificationLinkProblem = keyof typeof verificationLinkProblems;

/** 32 bytes in base64url without padding are 43 characters. */
export const verificationTokenField = z
  .string({ error: verificationLinkProblems.invalid })
  .regex(/^[A-Za-z0-9_-]{43}$/, { error: verificationLinkProblems.invalid });
