'use server';

import { signUpAnswer } from '@/lib/auth/email-verification';
import { parseSignUpForm } from '@/lib/auth/schema';
import type { ActionResult } from '@/lib/forms/result';
import { runFormAction } from '@/lib/server/actions/form-action';
import { requestClientAddress } from '@/lib/server/auth/password-change';
import { requestSignUp } from '@/lib/server/auth/sign-up';

/** Always the same answer, whatever became of the sign-up (docs/security.md "Email verification"). */
export async function signUp(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runFormAction(formData, { user: 'anyone', parse: parseSignUpForm }, async (input) => {
    await requestSignUp(input, await requestClientAddress());
    return { ok: true, message: signUpAnswer(input.email) };
  });
}
