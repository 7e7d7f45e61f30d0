// Signing in with email and password from a form, as the sign-in and sign-up actions both do.
import 'server-only';
import { CredentialsSignin } from 'next-auth';
import { AppError } from '@/lib/errors';
import { genericSignInFailure, waitMessage } from '@/lib/auth/rate-limit';
import type { SignInInput } from '@/lib/auth/schema';
import { signIn } from './auth';

/** Signs in and redirects (the redirect travels as an exception); a refusal is an AppError saying why. */
export async function signInWithCredentials(credentials: SignInInput, redirectTo: string): Promise<never> {
  try {
    await signIn('credentials', { ...credentials, redirectTo });
  } catch (error) {
    if (!(error instanceof CredentialsSignin)) throw error;
    const retryAfter = /^rate_limited:(\d+)$/.exec(error.code)?.[1];
    if (retryAfter) throw new AppError('rate-limited', waitMessage(Number(retryAfter)));
    throw new AppError('invalid-input', genericSignInFailure);
  }
  throw new AppError('invalid-input', genericSignInFailure);
}
