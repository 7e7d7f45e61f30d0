'use server';

import { changedThenGoTo, editedId, entryNotFound, saveEntry, userToday } from '../action-support';
import { historyChanged } from '../../history-changed';
import {
  addInteraction,
  createPerson,
  deleteInteraction,
  deletePerson,
  updatePerson,
} from '@/db/queries/people/people';
import { recordIdParser } from '@/lib/forms/form';
import type { ActionResult } from '@/lib/forms/result';
import { parseInteractionForm, parsePersonForm } from '@/lib/people/schema';
import { runFormAction } from '@/lib/server/actions/form-action';

export async function savePerson(
  id: string | null,
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  return saveEntry(id, formData, {
    parse: parsePersonForm,
    create: createPerson,
    update: updatePerson,
    savedPath: '/career/people?saved=person',
  });
}

export async function deletePersonAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runFormAction(formData, { user: 'id', parse: recordIdParser('id') }, async (id, { user }) => {
    if (id === null || !(await deletePerson(user.id, id))) throw entryNotFound();
    changedThenGoTo(user.id, '/career/people?saved=deleted');
  });
}

export async function addInteractionAction(
  personId: string,
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  const parse = (form: FormData, user: { timeZone: string }) => parseInteractionForm(form, userToday(user));
  return runFormAction(formData, { user: 'profile', parse }, async (interaction, { user }) => {
    if (!(await addInteraction(user.id, editedId(personId), interaction))) throw entryNotFound();
    historyChanged(user.id);
    return { ok: true, message: 'Interaction added.' };
  });
}

export async function deleteInteractionAction(
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  return runFormAction(formData, { user: 'id', parse: recordIdParser('id') }, async (id, { user }) => {
    if (id === null || !(await deleteInteraction(user.id, id))) throw entryNotFound();
    historyChanged(user.id);
    return { ok: true, message: 'Interaction deleted.' };
  });
}
