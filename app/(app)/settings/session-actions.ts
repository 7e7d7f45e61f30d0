'use server';

import { redirect } from 'next/navigation';
import { endAllSessions } from '@/db/queries/auth/sessions';
import { signOut } from '@/lib/server/auth/auth';
import { changePassword, requestClientAddress } from '@/lib/server/auth/password-change';
import { keepingThisSession } from '@/lib/server/auth/other-sessions';
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
      // Every session ends with the old password but this one (signing in again would need a two-factor code).
      const client = await requestClientAddress();
      await keepingThisSession(user.id, () => changePassword(user, input, client));
      redirect('/settings?password=changed');
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
