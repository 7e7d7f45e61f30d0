'use server';

import { redirect } from 'next/navigation';
import { endAllSessions } from '@/db/queries/auth/sessions';
import { signOut } from '@/lib/server/auth/auth';
import { changePassword } from '@/lib/server/auth/password-change';
import { keepThisSession } from '@/lib/server/auth/other-sessions';
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
      // Every session ended with the old password; this one carries on under the new session version (signing
      // in again would need a two-factor code as well).
      await keepThisSession(user.id);
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
