'use server';

import { duplicateEmailMessage, registerUser } from '@/lib/server/auth/sign-up';
import { signInWithCredentials } from '@/lib/server/auth/sign-in';
import { runFormAction } from '@/lib/server/actions/form-action';
import { safeCallbackPath } from '@/lib/auth/paths';
import { parseSignUpForm } from '@/lib/auth/schema';
import { AppError } from '@/lib/errors';
import { formText } from '@/lib/forms/form';
import type { ActionResult } from '@/lib/forms/result';

export async function signUp(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runFormAction(formData, { user: 'anyone', parse: parseSignUpForm }, async (input) => {
    const registration = await registerUser(input);
    if (!registration.ok) throw new AppError('already-exists', duplicateEmailMessage, 'email');
    try {
      return await signInWithCredentials(
        { email: input.email, password: input.password },
        safeCallbackPath(formText(formData, 'callbackUrl')),
      );
    } catch (error) {
      // The account exists now: a refused sign-in (throttled from this address) must say so, not fail the form.
      if (!(error instanceof AppError)) throw error;
      throw new AppError(error.code, `Your account was created, but you are not signed in yet. ${error.message}`);
    }
  });
}
