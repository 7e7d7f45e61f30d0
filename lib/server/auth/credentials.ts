// Email + password sign-in with throttling; used by the Auth.js Credentials provider.
import 'server-only';
import { findCredentialsByEmail } from '@/db/queries/account/users';
import { clearSignInFailures, findRecentSignInFailures, recordSignInFailure } from '@/db/queries/auth/sign-in-failures';
import { signInSchema } from '@/lib/auth/schema';
import { spendVerificationTime, verifyPassword } from '@/lib/auth/password';
import { decideSignInAttempt, windowStart } from '@/lib/auth/rate-limit';

export type AuthenticationResult =
  | { ok: true; userId: string }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'rate_limited'; retryAfterMinutes: number };

export async function authenticate(
  credentials: { email?: unknown; password?: unknown },
  ipAddress: string,
  now: Date = new Date(),
): Promise<AuthenticationResult> {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const { email, password } = parsed.data;

  const decision = decideSignInAttempt(await findRecentSignInFailures(email, ipAddress, windowStart(now)), now);
  if (!decision.allowed) return { ok: false, reason: 'rate_limited', retryAfterMinutes: decision.retryAfterMinutes };

  const user = await findCredentialsByEmail(email);
  const passwordMatches = user?.passwordHash
    ? await verifyPassword(user.passwordHash, password)
    : (await spendVerificationTime(password), false);

  if (!user || !passwordMatches) {
    await recordSignInFailure(email, ipAddress, now);
    return { ok: false, reason: 'invalid' };
  }
  await clearSignInFailures(email, windowStart(now));
  return { ok: true, userId: user.id };
}
