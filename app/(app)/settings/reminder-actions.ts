'use server';

import { revalidatePath } from 'next/cache';
import { saveReminderChoices } from '@/db/queries/reminders/settings';
import { parseReminderForm } from '@/lib/reminders/schema';
import type { ActionResult } from '@/lib/forms/result';
import { runFormAction } from '@/lib/server/actions/form-action';
import { logger } from '@/lib/server/log/logger';
import { planReminders } from '@/lib/server/reminders/plan-reminders';

/**
 * A reminder already due (turned on for this very hour, say) goes out within a poll of the job runner
 * instead of at the planner's next minute. Not planning here only delays it: the periodic planner finds
 * it, so a failure is logged and the save still counts.
 */
async function planRemindersNow(userId: string): Promise<void> {
  try {
    await planReminders(new Date(), userId);
  } catch (error) {
    logger().error({ err: error }, 'planning reminders after a save failed; the periodic planner will');
  }
}

export async function saveRemindersAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runFormAction(formData, { user: 'id', parse: parseReminderForm }, async (choices, { user }) => {
    await saveReminderChoices(user.id, choices);
    await planRemindersNow(user.id);
    revalidatePath('/settings');
    const anyOn = choices.weeklyOn || choices.certificationsOn || choices.goalsOn;
    return { ok: true, message: anyOn ? 'Reminders saved.' : 'Reminders saved: all off, no reminder emails.' };
  });
}
