// Sends one reminder mail, enqueued by the planner (lib/server/reminders/plan-reminders.ts) under the
// reminder's idempotency key. It decides again at run time, from the current data and the pass's clock,
// whether that reminder is still due (still on, week still not done, certification still expiring that
// day, goal still active, still within its day), so a change after planning is respected.
import 'server-only';
import { z } from 'zod';
import { loadReminderRecipients } from '@/db/queries/reminders/due-data';
import { recordWeeklyReminderSent } from '@/db/queries/reminders/settings';
import { dueReminders } from '@/lib/reminders/due-reminders';
import { sendEmail } from '@/lib/server/email/send-email';
import { reminderMessage } from '@/lib/server/reminders/reminder-message';
import { defineJob } from './define-job';

export const sendReminder = defineJob({
  name: 'send-reminder',
  version: 1,
  payload: z.object({ key: z.string().min(1).max(200) }),
  handler: async ({ key }, { userId, now }) => {
    if (!userId) return;
    const [recipient] = await loadReminderRecipients(now, userId);
    if (!recipient) return; // every reminder turned off, or the account deleted
    const reminder = dueReminders(recipient, now).find((due) => due.key === key);
    if (!reminder) return; // no longer due
    const message = reminderMessage(reminder, recipient);
    if (!message) return;
    await sendEmail(message);
    if (reminder.kind === 'weekly') await recordWeeklyReminderSent(recipient.userId, reminder.occursOn);
  },
});
