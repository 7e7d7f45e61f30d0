'use server';

import { revalidatePath } from 'next/cache';
import { updateUserProfile } from '@/db/queries/users';
import { requireUserId } from '@/lib/auth/session';
import { failure, formText, invalidInput, type ActionResult } from '@/lib/validation/form';
import { profileSchema } from '@/lib/validation/settings';

export async function saveProfile(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const userId = await requireUserId();
  const parsed = profileSchema.safeParse({
    name: formText(formData, 'name') ?? '',
    timeZone: formData.get('timeZone'),
    weekStartsOn: formData.get('weekStartsOn'),
  });
  if (!parsed.success) return invalidInput(parsed.error, formData);

  const updated = await updateUserProfile(userId, parsed.data);
  if (!updated) return failure('Your account could not be found. Please sign in again.', formData);
  revalidatePath('/', 'layout');
  return { ok: true, message: 'Settings saved.' };
}
