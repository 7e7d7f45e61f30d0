'use server';

import { signIn } from '@/lib/server/auth/auth';
import { signInWithCredentials } from '@/lib/server/auth/sign-in';
import { runFormAction } from '@/lib/server/actions/form-action';
import { safeCallbackPath } from '@/lib/auth/paths';
import { parseSignInForm } from '@/lib/auth/schema';
import { formText } from '@/lib/forms/form';
import { correctFieldsMessage, type FieldErrors, type ActionResult } from '@/lib/forms/result';
import { readSecondFactor } from '@/lib/auth/two-factor-code';

/** Above the form: once the password was right and a code is asked for, that is the step the user is on. */
function signInRefusal(fieldErrors: FieldErrors): string {
  return fieldErrors.code ? 'Your password is right. One more step: your two-factor code.' : correctFieldsMessage;
}

export async function signInWithPassword(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runFormAction(formData, { user: 'anyone', parse: parseSignInForm, refusal: signInRefusal }, (credentials) =>
    signInWithCredentials(
      credentials,
      // A recovery code was used because the phone is missing: Settings says how many are left.
      credentials.code && readSecondFactor(credentials.code)?.kind === 'recovery'
        ? '/settings?twoFactor=recovery-code#two-factor-heading'
        : safeCallbackPath(formText(formData, 'callbackUrl')),
    ),
  );
}

// Not through runFormAction: a button with nothing typed and no answer to show, only Auth.js's redirect
// to the provider (an unknown provider ends on Auth.js's error page, as a forged form should).
export async function signInWithProvider(formData: FormData): Promise<void> {
  const provider = formText(formData, 'provider') ?? '';
  await signIn(provider, { redirectTo: safeCallbackPath(formText(formData, 'callbackUrl')) });
}
