// What the career record's server actions share: the answer for a missing entry, how a write ends, how
// an entry is saved or deleted, and the user's own date.
import { redirect } from 'next/navigation';
import { historyChanged } from '../history-changed';
import { localDate, type IsoDate } from '@/lib/dates/calendar';
import { AppError } from '@/lib/errors';
import { loadedVersionOf, recordIdParser, type ParsedForm } from '@/lib/forms/form';
import type { ActionResult } from '@/lib/forms/result';
import { isUuid } from '@/lib/ids';
import { runFormAction } from '@/lib/server/actions/form-action';

export const entryNotFound = () =>
  new AppError('not-found', 'This entry could not be found. It may have been deleted.');

/** The id of the entry being edited; one that cannot name an entry is answered as a missing entry. */
export function editedId(id: string): string {
  if (!isUuid(id)) throw entryNotFound();
  return id;
}

/** After a write: every page shows it, and the user goes on to `path`. */
export function changedThenGoTo(userId: string, path: string): never {
  historyChanged(userId);
  redirect(path);
}

/** Deletes the signed-in user's entry named by the form's `id` with the entity's own query, then back to the career page. */
export async function deleteEntry(
  remove: (userId: string, id: string) => Promise<boolean>,
  formData: FormData,
): Promise<ActionResult> {
  return runFormAction(formData, { user: 'id', parse: recordIdParser('id') }, async (id, { user }) => {
    if (id === null || !(await remove(user.id, id))) throw entryNotFound();
    changedThenGoTo(user.id, '/career?saved=deleted');
  });
}

/** The user's own date, for rules such as "an assessment is not dated in the future". */
export const userToday = (user: { timeZone: string }) => localDate(new Date(), user.timeZone);

type EntryWrites<Input> = {
  /** The entity's form parser; `today` is the user's own date, for rules about the future. */
  parse: (formData: FormData, today: IsoDate) => ParsedForm<Input>;
  create: (userId: string, input: Input) => Promise<unknown>;
  /** Saves over the version the form was loaded from; resolves to nothing when the entry is not the user's (or is gone). */
  update: (userId: string, id: string, input: Input, loadedVersion: number) => Promise<unknown>;
  savedPath: string;
};

/** Creates (no id) or updates the signed-in user's entry from its form, then goes on to `savedPath`. */
export async function saveEntry<Input>(
  id: string | null,
  formData: FormData,
  writes: EntryWrites<Input>,
): Promise<ActionResult> {
  return runFormAction(
    formData,
    { user: 'profile', parse: (form, user) => writes.parse(form, userToday(user)) },
    async (input, { user }) => {
      if (id === null) await writes.create(user.id, input);
      else if (!(await writes.update(user.id, editedId(id), input, loadedVersionOf(formData)))) throw entryNotFound();
      changedThenGoTo(user.id, writes.savedPath);
    },
  );
}
