'use server';

import { resetRequestAnswer } from '@/lib/auth/password-reset';
import { parseForgotPasswordForm } from '@/lib/auth/schema';
import type { ActionResult } from '@/lib/forms/result';
import { runFormAction } from '@/lib/server/actions/form-action';
import { requestClientAddress } from '@/lib/server/auth/password-change';
import { requestPasswordReset } from '@/lib/server/auth/password-reset';

export async function askForPasswordReset(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runFormAction(formData, { user: 'anyone', parse: parseForgotPasswordForm }, async (input) => {
    await requestPasswordReset(input, await requestClientAddress());
    return { ok: true, message: resetRequestAnswer };
  });
}
