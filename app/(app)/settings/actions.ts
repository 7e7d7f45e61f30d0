'use server';

import { revalidatePath } from 'next/cache';
import { connection } from '@/db/client';
import { AccountNotEmpty, deleteAccount, importAccount } from '@/db/queries/account/data';
import { findCredentialsByEmail, updateUserProfile } from '@/db/queries/account/users';
import { signOut } from '@/lib/server/auth/auth';
import { verifyPassword } from '@/lib/auth/password';
import { requireUser, requireUserId } from '@/lib/server/auth/session';
import { accountExportSchema, describeImportProblems, maxImportBytes } from '@/lib/account/export-schema';
import { failure, formText, invalidInput, type ActionResult } from '@/lib/forms/form';
import { profileSchema } from '@/lib/account/profile-schema';
import { historyChanged } from '../history-changed';

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

export async function importAccountData(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const userId = await requireUserId();
  const file = formData.get('file');
  if (!(file instanceof File) || file.size === 0) return failure('Choose the export file to import.', formData, { file: ['Choose a .json file exported from Trajectory.'] });
  if (file.size > maxImportBytes) return failure('Nothing was imported.', formData, { file: ['The file is larger than 20 MB.'] });
  let content: unknown;
  try {
    content = JSON.parse(await file.text());
  } catch {
    return failure('Nothing was imported.', formData, { file: ['The file is not valid JSON; it may be cut short or not an export.'] });
  }
  const parsed = accountExportSchema.safeParse(content);
  if (!parsed.success) return failure('Nothing was imported.', formData, { file: [describeImportProblems(parsed.error)] });
  try {
    await importAccount(userId, parsed.data);
  } catch (error) {
    if (error instanceof AccountNotEmpty) {
      return failure('Nothing was imported.', formData, { file: ['Import only works into an empty account: this one already has records.'] });
    }
    console.error('import failed', error);
    return failure('Nothing was imported.', formData, { file: ['The file has data that breaks a rule of the record (for example two values for one goal in one week).'] });
  }
  // A bulk load: refresh the planner's statistics (PGlite has no autovacuum).
  await connection().analyze();
  historyChanged(userId);
  const { goals, skills, positions } = parsed.data;
  return { ok: true, message: `Imported ${goals.length} goals, ${skills.length} skills and ${positions.length} roles.` };
}

export async function deleteAccountAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const user = await requireUser();
  const credentials = await findCredentialsByEmail(user.email);
  const password = formText(formData, 'password') ?? '';
  const confirmed = credentials?.passwordHash
    ? await verifyPassword(credentials.passwordHash, password)
    : (formText(formData, 'email') ?? '').trim().toLowerCase() === user.email.toLowerCase();
  if (!confirmed) {
    return credentials?.passwordHash
      ? failure('Your account was not deleted.', formData, { password: ['That is not your password.'] })
      : failure('Your account was not deleted.', formData, { email: ['Type the email address of this account.'] });
  }
  await deleteAccount(user.id);
  await signOut({ redirectTo: '/sign-in?deleted=1' });
  return { ok: true, message: 'Your account was deleted.' };
}
