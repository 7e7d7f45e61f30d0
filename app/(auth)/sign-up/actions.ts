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
    return signInWithCredentials(
      { email: input.email, password: input.password },
      safeCallbackPath(formText(formData, 'callbackUrl')),
    );
  });
}
