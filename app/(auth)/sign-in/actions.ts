'use server';

import { signIn } from '@/lib/server/auth/auth';
import { signInWithCredentials } from '@/lib/server/auth/sign-in';
import { runFormAction } from '@/lib/server/actions/form-action';
import { safeCallbackPath } from '@/lib/auth/paths';
import { parseSignInForm } from '@/lib/auth/schema';
import { formText } from '@/lib/forms/form';
import type { ActionResult } from '@/lib/forms/result';

export async function signInWithPassword(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runFormAction(formData, { user: 'anyone', parse: parseSignInForm }, (credentials) =>
    signInWithCredentials(credentials, safeCallbackPath(formText(formData, 'callbackUrl'))),
  );
}

// Not through runFormAction: a button with nothing typed and no answer to show, only Auth.js's redirect
// to the provider (an unknown provider ends on Auth.js's error page, as a forged form should).
export async function signInWithProvider(formData: FormData): Promise<void> {
  const provider = formText(formData, 'provider') ?? '';
  await signIn(provider, { redirectTo: safeCallbackPath(formText(formData, 'callbackUrl')) });
}
