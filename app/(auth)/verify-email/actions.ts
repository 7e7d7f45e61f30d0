'use server';

import { redirect } from 'next/navigation';
import { parseConfirmEmailForm } from '@/lib/auth/schema';
import { AppError } from '@/lib/errors';
import type { ActionResult } from '@/lib/forms/result';
import { runFormAction } from '@/lib/server/actions/form-action';
import { confirmEmailChange } from '@/lib/server/auth/email-change';
import { signInWithConfirmationLink } from '@/lib/server/auth/sign-in';

/** The landing page's button: a new account is confirmed and signed in; a change of email takes effect. */
export async function confirmEmail(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runFormAction(
    formData,
    // The token is a hidden field: a link that does not work says so above the button.
    {
      user: 'anyone',
      parse: parseConfirmEmailForm,
      refusal: (errors) => errors.token?.[0] ?? 'This link is not valid.',
    },
    async ({ token, purpose }) => {
      if (purpose === 'sign-up') return signInWithConfirmationLink(token, '/dashboard?email=confirmed');
      const changed = await confirmEmailChange(token);
      if (!changed.ok) throw new AppError('invalid-input', changed.message);
      redirect('/settings?email=changed');
    },
  );
}
