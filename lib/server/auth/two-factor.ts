// Turning two-factor sign-in on and off, and making new recovery codes (docs/security.md "Two-factor
// sign-in"). Each takes the clock and the client's address, so tests move time and count attempts.
import 'server-only';
import {
  countUnusedRecoveryCodes,
  disableTwoFactor,
  enableTwoFactor,
  findEnabledTwoFactor,
  findPendingSecret,
  replaceRecoveryCodes,
  storePendingSecret,
} from '@/db/queries/auth/two-factor';
import type { ClientAddress } from '@/lib/auth/ip-address';
import { waitMessage } from '@/lib/auth/rate-limit';
import { groupSetupKey, readSecondFactor, refusedCodeMessage, twoFactorMessages } from '@/lib/auth/two-factor-code';
import { twoFactorFields } from '@/lib/auth/two-factor-fields';
import { AppError } from '@/lib/errors';
import {
  authenticate,
  checkAccountCode,
  checkCurrentPassword,
  type AuthenticationResult,
  type CodeCheckResult,
  type PasswordCheckResult,
} from './credentials';
import { checkTotpCode, newTotpSecret, otpauthUri, qrCodeDataUrl } from './totp';
import { hashRecoveryCode, newRecoveryCodes, openSecret, sealSecret } from './two-factor-secrets';

type Account = { id: string; email: string };

export type TwoFactorStatus = { on: false } | { on: true; enabledAt: Date; recoveryCodesLeft: number };

export async function twoFactorStatus(userId: string): Promise<TwoFactorStatus> {
  const state = await findEnabledTwoFactor(userId);
  if (!state) return { on: false };
  return { on: true, enabledAt: state.enabledAt, recoveryCodesLeft: await countUnusedRecoveryCodes(userId) };
}

const wrongPassword = (field: string) => new AppError('invalid-input', 'That is not your current password.', field);
const restartSetup = () =>
  new AppError('conflict', 'This setup is no longer current. Turn on two-factor sign-in again and scan the new code.');

/** The refusal a user hears for a failed password-and-code or code check, beside the form's fields. */
function refusal(
  result: Exclude<AuthenticationResult | CodeCheckResult | PasswordCheckResult, { ok: true }>,
  fields: { password: string; code: string },
  typedCode = '',
): AppError {
  switch (result.reason) {
    case 'rate_limited':
      return new AppError('rate-limited', waitMessage(result.retryAfterMinutes));
    case 'invalid':
    case 'unconfirmed': // not for a signed-in account, whose email is confirmed
      return wrongPassword(fields.password);
    case 'code_required':
      return new AppError('invalid-input', twoFactorMessages.codeNeeded, fields.code);
    case 'wrong_code':
    case 'wrong_recovery_code':
      return new AppError('invalid-input', refusedCodeMessage(typedCode), fields.code);
  }
}

export type TwoFactorSetup = { setupKey: string; qrCode: string };

/**
 * After the current password (checked and throttled as a sign-in), a new secret kept pending until a code
 * confirms it; a setup started again replaces it. Answers the key and its QR code, shown this once.
 */
export async function startTwoFactorSetup(
  account: Account,
  password: string,
  client: ClientAddress,
  now: Date = new Date(),
): Promise<TwoFactorSetup> {
  if (await findEnabledTwoFactor(account.id)) throw new AppError('conflict', 'Two-factor sign-in is already on.');
  const check = await checkCurrentPassword(account, password, client, now);
  const fields = { password: twoFactorFields.setupPassword, code: twoFactorFields.setupCode };
  if (!check.ok) throw refusal(check, fields);
  const secret = newTotpSecret();
  await storePendingSecret(account.id, sealSecret(secret, account.id));
  return { setupKey: groupSetupKey(secret), qrCode: await qrCodeDataUrl(otpauthUri(secret, account.email)) };
}

/** A code from the app proves it holds the pending secret: two-factor sign-in is on. Answers the recovery codes. */
export async function confirmTwoFactorSetup(
  userId: string,
  typedCode: string,
  now: Date = new Date(),
): Promise<string[]> {
  const sealedPendingSecret = await findPendingSecret(userId);
  const secret = sealedPendingSecret && openSecret(sealedPendingSecret, userId);
  if (!sealedPendingSecret || !secret) throw restartSetup();
  const factor = readSecondFactor(typedCode);
  const check = factor?.kind === 'totp' ? await checkTotpCode(secret, factor.code, null, now) : null;
  if (!check?.ok) throw new AppError('invalid-input', twoFactorMessages.wrongCode, twoFactorFields.setupCode);
  const codes = newRecoveryCodes();
  const enabled = await enableTwoFactor(
    userId,
    { sealedPendingSecret, step: check.step, codeHashes: codes.map(hashRecoveryCode) },
    now,
  );
  if (!enabled) throw restartSetup();
  return codes;
}

/** New recovery codes for a code from the app (or a recovery code); every earlier one stops working. */
export async function makeNewRecoveryCodes(
  account: Account,
  typedCode: string | undefined,
  client: ClientAddress,
  now: Date = new Date(),
): Promise<string[]> {
  if (!(await findEnabledTwoFactor(account.id))) throw new AppError('conflict', 'Two-factor sign-in is off.');
  const check = await checkAccountCode(account, typedCode, client, now);
  if (!check.ok) throw refusal(check, { password: '', code: twoFactorFields.newCodesCode }, typedCode);
  const codes = newRecoveryCodes();
  await replaceRecoveryCodes(account.id, codes.map(hashRecoveryCode));
  return codes;
}

/** Turning it off takes the password and a code, as a sign-in would: a session left open is not enough. */
export async function turnOffTwoFactor(
  account: Account,
  input: { password: string; code: string | undefined },
  client: ClientAddress,
  now: Date = new Date(),
): Promise<void> {
  if (!(await findEnabledTwoFactor(account.id))) return;
  const check = await authenticate({ email: account.email, ...input }, client, now);
  const fields = { password: twoFactorFields.offPassword, code: twoFactorFields.offCode };
  if (!check.ok) throw refusal(check, fields, input.code);
  if (check.userId !== account.id) throw wrongPassword(fields.password);
  await disableTwoFactor(account.id);
}
