// The throttle every email-proving mail passes (sign-up, a new link at sign-in, a change of email):
// counted per address mailed, per signed-in account and per trusted client address (docs/security.md).
import 'server-only';
import { inTransaction } from '@/db/client';
import {
  findRecentVerificationRequests,
  lockVerificationRequestCounters,
  recordVerificationRequest,
  type VerificationRequester,
} from '@/db/queries/auth/email-verifications';
import { decideVerificationRequest, verificationRequestWindowStart } from '@/lib/auth/email-verification';
import type { RateLimitDecision } from '@/lib/auth/rate-limit';
import { nudgeJobRunner } from '@/lib/server/jobs/nudge';

/**
 * Runs `work` (which enqueues the mail) in one transaction with the decision and the count, under the
 * requester's locks, when the throttle allows; then has the job runner send at once. A throttled request
 * runs nothing and is not counted.
 */
export async function throttledVerificationRequest(
  requester: VerificationRequester,
  now: Date,
  work: () => Promise<void>,
): Promise<RateLimitDecision> {
  const decision = await inTransaction(async () => {
    await lockVerificationRequestCounters(requester);
    const since = verificationRequestWindowStart(now);
    const decided = decideVerificationRequest(await findRecentVerificationRequests(requester, since), now);
    if (!decided.allowed) return decided;
    await recordVerificationRequest(requester, now, since);
    await work();
    return decided;
  });
  if (decision.allowed) nudgeJobRunner();
  return decision;
}
