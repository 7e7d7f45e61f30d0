'use server';

import { changedThenGoTo, editedId, entryNotFound } from '../action-support';
import { addPayRecord, deletePayRecord, updatePayRecord } from '@/db/queries/career/pay-records';
import { parsePayRecordForm } from '@/lib/career/compensation-schema';
import { loadedVersionOf, recordIdParser } from '@/lib/forms/form';
import type { ActionResult } from '@/lib/forms/result';
import { runFormAction } from '@/lib/server/actions/form-action';

const payHistoryOf = (positionId: string, saved: string) => `/career/positions/${positionId}?saved=${saved}#pay`;

/** Adds a pay record (a raise is a new one) to one of the signed-in user's positions. */
export async function addPayRecordAction(
  positionId: string,
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  return runFormAction(formData, { user: 'id', parse: parsePayRecordForm }, async (input, { user }) => {
    if (!(await addPayRecord(user.id, editedId(positionId), input))) throw entryNotFound();
    changedThenGoTo(user.id, payHistoryOf(positionId, 'pay-added'));
  });
}

export async function savePayRecordAction(
  recordId: string,
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  return runFormAction(formData, { user: 'id', parse: parsePayRecordForm }, async (input, { user }) => {
    const saved = await updatePayRecord(user.id, editedId(recordId), input, loadedVersionOf(formData));
    if (!saved) throw entryNotFound();
    changedThenGoTo(user.id, payHistoryOf(saved.positionId, 'pay-saved'));
  });
}

export async function deletePayRecordAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runFormAction(formData, { user: 'id', parse: recordIdParser('id') }, async (id, { user }) => {
    const positionId = id === null ? undefined : await deletePayRecord(user.id, id);
    if (!positionId) throw entryNotFound();
    changedThenGoTo(user.id, payHistoryOf(positionId, 'pay-deleted'));
  });
}
