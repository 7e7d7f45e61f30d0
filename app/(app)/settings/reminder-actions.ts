'use server';

import { revalidatePath } from 'next/cache';
import { saveReminderChoices } from '@/db/queries/reminders/settings';
import { parseReminderForm } from '@/lib/reminders/schema';
import type { ActionResult } from '@/lib/forms/result';
import { runFormAction } from '@/lib/server/actions/form-action';

export async function saveRemindersAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runFormAction(formData, { user: 'id', parse: parseReminderForm }, async (choices, { user }) => {
    await saveReminderChoices(user.id, choices);
    revalidatePath('/settings');
    const anyOn = choices.weeklyOn || choices.certificationsOn || choices.goalsOn;
    return { ok: true, message: anyOn ? 'Reminders saved.' : 'Reminders saved: all off, no reminder emails.' };
  });
}
