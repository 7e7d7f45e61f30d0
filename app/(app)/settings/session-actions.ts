'use server';

import { endAllSessions } from '@/db/queries/auth/sessions';
import { signOut } from '@/lib/server/auth/auth';
import { changePassword } from '@/lib/server/auth/password-change';
import { signInWithCredentials } from '@/lib/server/auth/sign-in';
import { runFormAction } from '@/lib/server/actions/form-action';
import { parseChangePasswordForm } from '@/lib/auth/schema';
import { formParser } from '@/lib/forms/form';
import type { ActionResult } from '@/lib/forms/result';
import { z } from 'zod';

export async function changePasswordAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runFormAction(
    formData,
    { user: 'profile', parse: parseChangePasswordForm, refusal: 'Your password was not changed.' },
    async (input, { user }) => {
      await changePassword(user, input);
      // Every session ended with the old password, this one too: sign in again with the new one.
      return signInWithCredentials({ email: user.email, password: input.newPassword }, '/settings?password=changed');
    },
  );
}

const parseNothing = formParser([], z.object({}));

export async function signOutEverywhereAction(
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  return runFormAction(formData, { user: 'id', parse: parseNothing }, async (_input, { user }) => {
    await endAllSessions(user.id);
    await signOut({ redirectTo: '/sign-in?signedOut=everywhere' });
    return { ok: true, message: 'You are signed out everywhere.' };
  });
}
