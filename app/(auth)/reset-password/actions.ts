'use server';

import { parseResetPasswordForm } from '@/lib/auth/schema';
import { AppError } from '@/lib/errors';
import { correctFieldsMessage, type ActionResult } from '@/lib/forms/result';
import { runFormAction } from '@/lib/server/actions/form-action';
import { resetPassword } from '@/lib/server/auth/password-reset';
import { signInWithCredentials } from '@/lib/server/auth/sign-in';

export async function chooseNewPassword(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runFormAction(
    formData,
    // A tampered link's token is a hidden field: its sentence goes above the form.
    { user: 'anyone', parse: parseResetPasswordForm, refusal: (errors) => errors.token?.[0] ?? correctFieldsMessage },
    async (input) => {
      const { email } = await resetPassword(input);
      try {
        // Signing in as the sign-in form does, throttling included: the new password is its only key.
        return await signInWithCredentials({ email, password: input.password }, '/dashboard');
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        // Two-factor sign-in is on: the code is asked for on the sign-in page.
        if (error.field === 'code')
          throw new AppError('conflict', 'Your password was changed. Sign in with it and your two-factor code.');
        throw new AppError(error.code, `Your password was changed, but you are not signed in yet. ${error.message}`);
      }
    },
  );
}
