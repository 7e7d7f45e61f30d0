import 'server-only';
import { createUserWithPassword } from '@/db/queries/account/users';
import type { FieldErrors } from '@/lib/forms/result';
import type { SignUpInput } from '@/lib/auth/schema';
import { hashPassword } from '@/lib/auth/password';

export const duplicateEmailMessage = 'An account with this email already exists. Sign in instead?';

export type RegistrationResult = { ok: true; userId: string } | { ok: false; fieldErrors: FieldErrors };

/** Creates an account from validated input; a taken email is a field error, not a crash. */
export async function registerUser(input: SignUpInput): Promise<RegistrationResult> {
  const created = await createUserWithPassword({
    email: input.email,
    name: input.name || null,
    passwordHash: await hashPassword(input.password),
    timeZone: input.timeZone,
  });
  if (!created) return { ok: false, fieldErrors: { email: [duplicateEmailMessage] } };
  return { ok: true, userId: created.id };
}
