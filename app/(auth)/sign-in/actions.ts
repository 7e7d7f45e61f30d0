'use server';

import { CredentialsSignin } from 'next-auth';
import { signIn } from '@/lib/server/auth/auth';
import { safeCallbackPath } from '@/lib/auth/paths';
import { genericSignInFailure, waitMessage } from '@/lib/auth/rate-limit';
import { signInSchema } from '@/lib/auth/schema';
import { failure, invalidInput, type ActionResult } from '@/lib/forms/form';

export async function signInWithPassword(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const parsed = signInSchema.safeParse({ email: formData.get('email'), password: formData.get('password') });
  if (!parsed.success) return invalidInput(parsed.error, formData);

  try {
    await signIn('credentials', {
      ...parsed.data,
      redirectTo: safeCallbackPath(formData.get('callbackUrl')?.toString()),
    });
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      const retryAfter = /^rate_limited:(\d+)$/.exec(error.code)?.[1];
      return failure(retryAfter ? waitMessage(Number(retryAfter)) : genericSignInFailure, formData);
    }
    throw error; // the redirect after success travels as an exception
  }
  return failure(genericSignInFailure, formData);
}

export async function signInWithProvider(formData: FormData): Promise<void> {
  const provider = formData.get('provider')?.toString() ?? '';
  await signIn(provider, { redirectTo: safeCallbackPath(formData.get('callbackUrl')?.toString()) });
}
