import { z } from 'zod';
import { canonicalTimeZone } from '@/lib/dates/time-zones';
import { optionalSingleLine } from '@/lib/forms/fields';
import { formParser, type FormParser } from '@/lib/forms/form';
import { passwordMinLength } from './password-length';
import { resetTokenField } from './reset-token-field';
import { verificationLinkProblems, verificationTokenField } from './verification-token-field';
import { commonPasswordMessage, isCommonPassword } from './password-strength';

export { passwordMinLength };

export const emailField = z
  .string({ error: 'Enter your email address.' })
  .trim()
  .min(1, 'Enter your email address.')
  .max(254, 'That email address is too long.')
  .pipe(z.email({ error: 'Enter a valid email address, like name@example.com.' }))
  .transform((email) => email.toLowerCase());

/** A zone this runtime can compute in, under another browser's name too ("Europe/Kyiv"), kept as Intl names it. */
export const timeZoneField = z
  .string()
  .trim()
  .transform((zone, context) => {
    const canonical = canonicalTimeZone(zone);
    if (canonical === null) context.addIssue({ code: 'custom', message: 'Choose a time zone from the list.' });
    return canonical ?? zone;
  });

/** A password someone chooses: on sign-up and when changing it. */
export const newPasswordField = z
  .string({ error: 'Choose a password.' })
  .min(passwordMinLength, { error: `Use at least ${passwordMinLength} characters.`, abort: true })
  .max(200, { error: 'Use at most 200 characters.', abort: true })
  .refine((password) => !isCommonPassword(password), commonPasswordMessage);

export const signUpSchema = z
  .object({
    name: optionalSingleLine(100, 'Keep your name under 100 characters.'),
    email: emailField,
    password: newPasswordField,
    timeZone: z
      .string()
      .optional()
      .transform((zone) => (zone && canonicalTimeZone(zone)) || 'UTC'),
  })
  .refine((input) => input.password.trim().toLowerCase() !== input.email, {
    path: ['password'],
    message: 'Your password must not be your email address.',
  });

export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailField,
  password: z.string({ error: 'Enter your password.' }).min(1, 'Enter your password.').max(200),
  /** The second factor, when the account has two-factor sign-in (lib/auth/two-factor-code.ts reads it). */
  code: z
    .string()
    .max(100)
    .optional()
    .transform((code) => code?.trim() || undefined),
});

export type SignInInput = z.infer<typeof signInSchema>;

export const parseSignUpForm: FormParser<SignUpInput> = formParser(
  ['name', 'email', 'password', 'timeZone'],
  signUpSchema,
);

export const parseSignInForm: FormParser<SignInInput> = formParser(['email', 'password', 'code'], signInSchema);

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, 'Enter your current password.').max(200, 'That is not your current password.'),
    newPassword: newPasswordField,
  })
  .refine((input) => input.newPassword !== input.currentPassword, {
    path: ['newPassword'],
    message: 'Choose a password different from your current one.',
  });

export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const parseChangePasswordForm: FormParser<ChangePasswordInput> = formParser(
  ['currentPassword', 'newPassword'],
  changePasswordSchema,
);

export const forgotPasswordSchema = z.object({ email: emailField });

export type ForgotPasswordInput = z.infer<typeof forgotPasswordSchema>;

export const parseForgotPasswordForm: FormParser<ForgotPasswordInput> = formParser(['email'], forgotPasswordSchema);

export const resetPasswordSchema = z.object({ token: resetTokenField, password: newPasswordField });

export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;

export const parseResetPasswordForm: FormParser<ResetPasswordInput> = formParser(
  ['token', 'password'],
  resetPasswordSchema,
);

export const confirmEmailSchema = z.object({
  token: verificationTokenField,
  purpose: z.enum(['sign-up', 'change-email'], { error: verificationLinkProblems.invalid }),
});

export type ConfirmEmailInput = z.infer<typeof confirmEmailSchema>;

export const parseConfirmEmailForm: FormParser<ConfirmEmailInput> = formParser(
  ['token', 'purpose'],
  confirmEmailSchema,
);

// The password field has a name of its own: Settings also shows the change-password form, and a field's
// id comes from its name.
export const changeEmailSchema = z.object({
  newEmail: emailField,
  passwordForEmail: z.string().min(1, 'Enter your current password.').max(200, 'That is not your current password.'),
});

export type ChangeEmailInput = z.infer<typeof changeEmailSchema>;

export const parseChangeEmailForm: FormParser<ChangeEmailInput> = formParser(
  ['newEmail', 'passwordForEmail'],
  changeEmailSchema,
);
