// Signing in with email and password from a form, as the sign-in and sign-up actions both do.
import 'server-only';
import { CredentialsSignin } from 'next-auth';
import { AppError } from '@/lib/errors';
import { confirmEmailFirstMessage, unconfirmedLinkThrottledMessage } from '@/lib/auth/email-verification';
import { genericSignInFailure, waitMessage } from '@/lib/auth/rate-limit';
import { verificationLinkProblems, type VerificationLinkProblem } from '@/lib/auth/verification-token-field';
import type { SignInInput } from '@/lib/auth/schema';
import { twoFactorMessages } from '@/lib/auth/two-factor-code';
import { signIn } from './auth';

/** What the sign-in form says beside its code field, by the refusal's code (lib/server/auth/auth.ts). */
const codeRefusals: Record<string, string> = {
  two_factor_required: twoFactorMessages.codeNeeded,
  two_factor_wrong_code: twoFactorMessages.wrongCode,
  two_factor_wrong_recovery_code: twoFactorMessages.wrongRecoveryCode,
};

/** Signs in and redirects (the redirect travels as an exception); a refusal is an AppError saying why. */
export async function signInWithCredentials(
  credentials: Omit<SignInInput, 'code'> & { code?: string },
  redirectTo: string,
): Promise<never> {
  try {
    // Auth.js sends these as form fields, where an undefined value would arrive as the text "undefined".
    const { code, ...emailAndPassword } = credentials;
    await signIn('credentials', { ...emailAndPassword, ...(code ? { code } : {}), redirectTo });
  } catch (error) {
    if (!(error instanceof CredentialsSignin)) throw error;
    const retryAfter = /^rate_limited:(\d+)$/.exec(error.code)?.[1];
    if (retryAfter) throw new AppError('rate-limited', waitMessage(Number(retryAfter)));
    const unconfirmed = /^email_unconfirmed:(sent|throttled)$/.exec(error.code)?.[1];
    if (unconfirmed) throw new AppError('invalid-input', unconfirmedMessage(credentials.email, unconfirmed === 'sent'));
    // A refused code is told beside the code field, which the form shows once the password was right.
    const codeRefusal = codeRefusals[error.code];
    if (codeRefusal) throw new AppError('invalid-input', codeRefusal, 'code');
    throw new AppError('invalid-input', genericSignInFailure);
  }
  throw new AppError('invalid-input', genericSignInFailure);
}

function unconfirmedMessage(email: string, linkSent: boolean): string {
  return linkSent ? confirmEmailFirstMessage(email) : unconfirmedLinkThrottledMessage(email);
}

/** Signs in with a new account's confirmation link and redirects; a link that does not work says why. */
export async function signInWithConfirmationLink(token: string, redirectTo: string): Promise<never> {
  try {
    await signIn('email-link', { token, redirectTo });
  } catch (error) {
    if (!(error instanceof CredentialsSignin)) throw error;
    const problem = /^link_refused:(\w+)$/.exec(error.code)?.[1];
    const sentence = isLinkProblem(problem) ? verificationLinkProblems[problem] : verificationLinkProblems.invalid;
    throw new AppError('invalid-input', sentence);
  }
  throw new AppError('invalid-input', verificationLinkProblems.invalid);
}

function isLinkProblem(problem: string | undefined): problem is VerificationLinkProblem {
  return problem !== undefined && problem in verificationLinkProblems;
}
