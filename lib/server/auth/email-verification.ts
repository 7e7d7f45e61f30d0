// Opening an email-proving link (docs/security.md "Email verification"): what the landing page says about
// it, and using it. A link is used only by the landing page's button (a POST), never by the GET a mail
// scanner may send first.
import 'server-only';
import { inTransaction } from '@/db/client';
import {
  findVerificationToken,
  markEmailVerified,
  endVerificationTokens,
  consumeVerificationToken,
  type StoredVerificationToken,
  type VerificationPurpose,
} from '@/db/queries/auth/email-verifications';
import { enqueue } from '@/db/queries/jobs/queue';
import type { ClientAddress } from '@/lib/auth/ip-address';
import {
  hashVerificationToken,
  verificationTokenField,
  type VerificationLinkProblem,
} from '@/lib/auth/email-verification';
import { checkResetToken } from '@/lib/auth/password-reset';
import type { RateLimitDecision } from '@/lib/auth/rate-limit';
import { sendEmailVerification } from '@/lib/server/jobs/send-email-verification';
import { throttledVerificationRequest } from './verification-requests';

export type LinkCheck =
  { ok: true; purpose: VerificationPurpose; email: string } | { ok: false; problem: VerificationLinkProblem };

/** Whether a link still works, without using it; anything that is not a token is "not valid". */
export async function checkVerificationLink(token: unknown, now: Date = new Date()): Promise<LinkCheck> {
  const parsed = verificationTokenField.safeParse(token);
  if (!parsed.success) return { ok: false, problem: 'invalid' };
  const stored = await findVerificationToken(hashVerificationToken(parsed.data));
  const check = checkResetToken(stored, now);
  if (!check.ok || !stored) return { ok: false, problem: check.ok ? 'invalid' : check.problem };
  return { ok: true, purpose: stored.purpose, email: stored.email };
}

/** Thrown inside the transaction to undo the token's use when what it was for cannot be done. */
export class LinkRefused extends Error {
  constructor(readonly problem: VerificationLinkProblem) {
    super(problem);
  }
}

type UsedLink = Pick<StoredVerificationToken, 'userId' | 'email'>;

/**
 * Uses a link of `purpose` and does `apply` with it in one transaction: either both happen or neither.
 * `apply` may throw LinkRefused to refuse with its own sentence.
 */
export async function redeemVerificationLink(
  token: unknown,
  purpose: VerificationPurpose,
  now: Date,
  apply: (link: UsedLink) => Promise<void>,
): Promise<{ ok: true; link: UsedLink } | { ok: false; problem: VerificationLinkProblem }> {
  const parsed = verificationTokenField.safeParse(token);
  if (!parsed.success) return { ok: false, problem: 'invalid' };
  try {
    const link = await inTransaction(async () => {
      const used = await consumeVerificationToken(hashVerificationToken(parsed.data), now);
      if (!used || used.purpose !== purpose) throw new LinkRefused('invalid');
      await apply(used);
      await endVerificationTokens(used.userId, purpose, now);
      return used;
    });
    return { ok: true, link };
  } catch (error) {
    if (!(error instanceof LinkRefused)) throw error;
    if (error.problem !== 'invalid') return { ok: false, problem: error.problem };
    // Why it did not work, now the transaction is undone: expired, used, or not valid at all.
    const check = await checkVerificationLink(parsed.data, now);
    return { ok: false, problem: check.ok ? 'invalid' : check.problem };
  }
}

/** Confirms a new account's email; the account's id, to sign in. */
export async function confirmSignUpLink(
  token: unknown,
  now: Date = new Date(),
): Promise<{ ok: true; userId: string } | { ok: false; problem: VerificationLinkProblem }> {
  const result = await redeemVerificationLink(token, 'sign-up', now, async ({ userId, email }) => {
    // The account's address changed since the link was sent (it cannot while unconfirmed, but be sure).
    if (!(await markEmailVerified(userId, email, now))) throw new LinkRefused('invalid');
  });
  return result.ok ? { ok: true, userId: result.link.userId } : result;
}

/** An unconfirmed account signing in with the right password is sent a new link, throttled as sign-up is. */
export async function sendNewVerificationLink(
  account: { userId: string; email: string },
  client: ClientAddress,
  now: Date = new Date(),
): Promise<RateLimitDecision> {
  return throttledVerificationRequest({ email: account.email, userId: account.userId, client }, now, async () => {
    await enqueue(account.userId, sendEmailVerification, { requestedAt: now.toISOString() });
  });
}
