// The Settings forms of two-factor sign-in. Codes are read leniently here (any text) and judged on the
// server by lib/auth/two-factor-code.ts, so a mistyped code hears the same sentence as a wrong one.
import { z } from 'zod';
import { formParser, type FormParser } from '@/lib/forms/form';
import { twoFactorMessages } from './two-factor-code';
import { twoFactorFields } from './two-factor-fields';

const currentPassword = z
  .string({ error: 'Enter your current password.' })
  .min(1, 'Enter your current password.')
  .max(200, 'That is not your current password.');

const appCode = z
  .string({ error: 'Enter the 6-digit code from your authenticator app.' })
  .trim()
  .min(1, 'Enter the 6-digit code from your authenticator app.')
  .max(100, twoFactorMessages.wrongCode);

const anyCode = z
  .string({ error: twoFactorMessages.codeNeeded })
  .trim()
  .min(1, twoFactorMessages.codeNeeded)
  .max(100, twoFactorMessages.wrongCode);

export const parseStartTwoFactorForm: FormParser<{ password: string }> = formParser(
  [twoFactorFields.setupPassword],
  z.object({ setupPassword: currentPassword }).transform(({ setupPassword }) => ({ password: setupPassword })),
);

export const parseConfirmTwoFactorForm: FormParser<{ code: string }> = formParser(
  [twoFactorFields.setupCode],
  z.object({ setupCode: appCode }).transform(({ setupCode }) => ({ code: setupCode })),
);

export const parseNewRecoveryCodesForm: FormParser<{ code: string }> = formParser(
  [twoFactorFields.newCodesCode],
  z.object({ newCodesCode: anyCode }).transform(({ newCodesCode }) => ({ code: newCodesCode })),
);

export const parseTurnOffTwoFactorForm: FormParser<{ password: string; code: string }> = formParser(
  [twoFactorFields.offPassword, twoFactorFields.offCode],
  z
    .object({ offPassword: currentPassword, offCode: anyCode })
    .transform(({ offPassword, offCode }) => ({ password: offPassword, code: offCode })),
);
