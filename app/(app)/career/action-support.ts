// What the career record's server actions share: their messages, how a write ends, and how an entry is deleted.
import { redirect } from 'next/navigation';
import { historyChanged } from '../history-changed';
import { failure, type ActionResult } from '@/lib/forms/form';
import { isUuid } from '@/lib/ids';
import { requireUserId } from '@/lib/server/auth/session';

export const correctFields = 'Please correct the highlighted fields.';
export const entryGone = 'This entry could not be found. It may have been deleted.';

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
  const userId = await requireUserId();
  const id = formData.get('id');
  if (!isUuid(id) || !(await remove(userId, id))) return failure(entryGone, formData);
  changedThenGoTo(userId, '/career?saved=deleted');
}
