'use server';

import { z } from 'zod';
import { parseChangeEmailForm } from '@/lib/auth/schema';
import { formParser } from '@/lib/forms/form';
import type { ActionResult } from '@/lib/forms/result';
import { runFormAction } from '@/lib/server/actions/form-action';
import { cancelEmailChange, requestEmailChange } from '@/lib/server/auth/email-change';
import { requestClientAddress } from '@/lib/server/auth/password-change';
import { revalidatePath } from 'next/cache';

export async function changeEmailAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runFormAction(
    formData,
    { user: 'profile', parse: parseChangeEmailForm, refusal: 'Your email was not changed.' },
    async (input, { user }) => {
      const message = await requestEmailChange(user, input, await requestClientAddress());
      revalidatePath('/settings');
      return { ok: true, message };
    },
  );
}

const parseNothing = formParser([], z.object({}));

export async function cancelEmailChangeAction(
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  return runFormAction(formData, { user: 'id', parse: parseNothing }, async (_input, { user }) => {
    await cancelEmailChange(user.id);
    revalidatePath('/settings');
    return { ok: true, message: 'Email change cancelled. The link we sent no longer works.' };
  });
}
