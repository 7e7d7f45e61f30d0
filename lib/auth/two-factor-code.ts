// What a person types as their second factor at sign-in: a six-digit code from their authenticator app or one
// of their recovery codes. Pure rules, shared by the server and the sign-in form (no node:crypto here: this
// module reaches the browser through lib/auth/schema.ts).

export const recoveryCodeCount = 10;
/** Characters of a recovery code: lower-case base32, no 0/1/8/9 to confuse with O, l, B and g. */
export const recoveryCodeAlphabet = 'abcdefghijklmnopqrstuvwxyz234567';
/** 16 characters of 5 bits each: 80 random bits, beyond guessing even from an unsalted hash. */
export const recoveryCodeLength = 16;

export type SecondFactor = { kind: 'totp'; code: string } | { kind: 'recovery'; code: string };

const recoveryCodePattern = new RegExp(`^[${recoveryCodeAlphabet}]{${recoveryCodeLength}}$`);

/**
 * The code as typed, read as what it is; null when it is neither. Spaces and dashes are allowed anywhere
 * (apps show "123 456", recovery codes are printed in groups) and letters in any case.
 */
export function readSecondFactor(typed: string): SecondFactor | null {
  const compact = typed.replace(/[\s-]/g, '').toLowerCase();
  if (/^\d{6}$/.test(compact)) return { kind: 'totp', code: compact };
  if (recoveryCodePattern.test(compact)) return { kind: 'recovery', code: compact };
  return null;
}

/** Groups of four, as recovery codes are shown and printed: "abcd-efgh-ijkm-nopq". */
export function formatRecoveryCode(code: string): string {
  return (code.match(/.{1,4}/g) ?? []).join('-');
}

/** The setup key in groups of four, easier to type into an app by hand: "ABCD EFGH …". */
export function groupSetupKey(key: string): string {
  return (key.match(/.{1,4}/g) ?? []).join(' ');
}

/** The recovery codes as a text file the user keeps. */
export function recoveryCodesText(codes: readonly string[], accountEmail: string): string {
  return [
    `Trajectory recovery codes for ${accountEmail}`,
    'Each code signs you in once when you cannot use your authenticator app. Keep them somewhere safe.',
    '',
    ...codes.map(formatRecoveryCode),
    '',
  ].join('\n');
}

export const twoFactorMessages = {
  codeNeeded: 'Enter the 6-digit code from your authenticator app, or one of your recovery codes.',
  wrongCode: 'That code did not match. Codes change every 30 seconds; try the newest one.',
  wrongRecoveryCode: 'That recovery code was already used or is not right.',
} as const;

/** The sentence for a code that was refused, by what it looked like. */
export function refusedCodeMessage(typed: string): string {
  return readSecondFactor(typed)?.kind === 'recovery'
    ? twoFactorMessages.wrongRecoveryCode
    : twoFactorMessages.wrongCode;
}
