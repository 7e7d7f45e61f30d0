// Checking the second factor of a sign-in (after the right password): a code from the authenticator app,
// never one already accepted, or an unused recovery code, spent on the way.
import 'server-only';
import {
  countUnusedRecoveryCodes,
  findEnabledTwoFactor,
  recordUsedStep,
  spendRecoveryCode,
} from '@/db/queries/auth/two-factor';
import { readSecondFactor } from '@/lib/auth/two-factor-code';
import { checkTotpCode } from './totp';
import { hashRecoveryCode, openSecret } from './two-factor-secrets';

export type SecondFactorCheck =
  | { ok: true; recoveryCodesLeft?: number }
  | { ok: false; reason: 'code_required' | 'wrong_code' | 'wrong_recovery_code' };

/** Whether `typed` completes the sign-in of a user who gave the right password; ok at once when 2FA is off. */
export async function checkSecondFactor(
  userId: string,
  typed: string | undefined,
  now: Date,
): Promise<SecondFactorCheck> {
  const state = await findEnabledTwoFactor(userId);
  if (!state) return { ok: true };
  if (!typed) return { ok: false, reason: 'code_required' };
  const factor = readSecondFactor(typed);
  if (!factor) return { ok: false, reason: 'wrong_code' };

  if (factor.kind === 'recovery') {
    if (!(await spendRecoveryCode(userId, hashRecoveryCode(factor.code), now)))
      return { ok: false, reason: 'wrong_recovery_code' };
    return { ok: true, recoveryCodesLeft: await countUnusedRecoveryCodes(userId) };
  }

  const secret = openSecret(state.sealedSecret, userId);
  // A secret that does not open (the auth secret changed) accepts no code; recovery codes still work.
  if (secret === null) return { ok: false, reason: 'wrong_code' };
  const check = await checkTotpCode(secret, factor.code, state.lastUsedStep, now);
  // recordUsedStep is the last word: of two sign-ins racing with one code, only one is accepted.
  if (!check.ok || !(await recordUsedStep(userId, check.step))) return { ok: false, reason: 'wrong_code' };
  return { ok: true };
}
