'use server';

import { signIn } from '@/lib/server/auth/auth';
import { safeCallbackPath } from '@/lib/auth/paths';
import { registerUser } from '@/lib/server/auth/sign-up';
import { signUpSchema } from '@/lib/auth/schema';
import { failure, formText, invalidInput, type ActionResult } from '@/lib/forms/form';

export async function signUp(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const parsed = signUpSchema.safeParse({
    name: formText(formData, 'name'),
    email: formData.get('email'),
    password: formData.get('password'),
    timeZone: formData.get('timeZone') ?? undefined,
  });
  if (!parsed.success) return invalidInput(parsed.error, formData);

  const registration = await registerUser(parsed.data);
  if (!registration.ok) return failure('Please correct the highlighted fields.', formData, registration.fieldErrors);

  await signIn('credentials', {
    email: parsed.data.email,
    password: parsed.data.password,
    redirectTo: safeCallbackPath(formData.get('callbackUrl')?.toString()),
  });
  return { ok: true, message: 'Account created.' };
}
