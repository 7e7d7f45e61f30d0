'use server';

import { revalidatePath } from 'next/cache';
import { connection } from '@/db/client';
import { deleteAccount } from '@/db/queries/account/deletion';
import { importAccount } from '@/db/queries/account/import';
import { accountNotFound, findCredentialsByEmail, updateUserProfile } from '@/db/queries/account/users';
import { findReminderPreferences } from '@/db/queries/reminders/settings';
import { signOut } from '@/lib/server/auth/auth';
import { runFormAction } from '@/lib/server/actions/form-action';
import { logger } from '@/lib/server/log/logger';
import { verifyPassword } from '@/lib/auth/password';
import { AppError } from '@/lib/errors';
import { parseAccountDeletionForm, parseImportForm, readExportFile } from '@/lib/account/data-forms';
import { nothingImported } from '@/lib/account/import-limits';
import type { ActionResult } from '@/lib/forms/result';
import { importSummary } from '@/lib/account/import-summary';
import { parseProfileForm } from '@/lib/account/profile-schema';
import { historyChanged } from '../history-changed';

export async function saveProfile(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runFormAction(formData, { user: 'id', parse: parseProfileForm }, async (profile, { user }) => {
    if (!(await updateUserProfile(user.id, profile))) throw accountNotFound();
    revalidatePath('/', 'layout');
    return { ok: true, message: 'Settings saved.' };
  });
}

export async function importAccountData(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runFormAction(
    formData,
    { user: 'profile', parse: parseImportForm, refusal: nothingImported },
    async (file, { user }) => {
      const content = readExportFile(await file.text());
      const before = { ...user, reminders: await findReminderPreferences(user.id) };
      try {
        await importAccount(user.id, content);
      } catch (error) {
        if (error instanceof AppError) throw error;
        // The file passed its schema but broke a rule of the database: the user can act on that, so say it.
        logger().error({ err: error }, 'an account import broke a rule of the database');
        throw new AppError(
          'invalid-input',
          'The file has data that breaks a rule of the record (for example two values for one goal in one week).',
          'file',
        );
      }
      // A bulk load: refresh the planner's statistics (PGlite has no autovacuum). Deliberately not through db():
      // the import's transaction has committed by now, and ANALYZE is upkeep of the whole database, not a
      // query of the user's data that would belong to a transaction (it would hold its locks to the end of one).
      await connection().analyze();
      historyChanged(user.id);
      return { ok: true, message: importSummary(content, before) };
    },
  );
}

export async function deleteAccountAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const refusal = 'Your account was not deleted.';
  return runFormAction(
    formData,
    { user: 'profile', parse: parseAccountDeletionForm, refusal },
    async ({ password, email }, { user }) => {
      const credentials = await findCredentialsByEmail(user.email);
      if (credentials?.passwordHash) {
        if (!(await verifyPassword(credentials.passwordHash, password)))
          throw new AppError('invalid-input', 'That is not your password.', 'password');
      } else if (email !== user.email.toLowerCase()) {
        throw new AppError('invalid-input', 'Type the email address of this account.', 'email');
      }
      await deleteAccount(user.id);
      await signOut({ redirectTo: '/sign-in?deleted=1' });
      return { ok: true, message: 'Your account was deleted.' };
    },
  );
}
