// The reminder planner (docs/jobs.md, "Reminders"): run by the job runner about once a minute, it
// recomputes from the database which reminders are due now and enqueues a send job for each, keyed by the
// reminder's idempotency key. Nothing lives in memory: after a restart the next pass finds whatever is
// still within its day, and enqueue is insert-or-nothing, so instances planning at once make one job.
import 'server-only';
import { enqueue } from '@/db/queries/jobs/queue';
import { listUsedReminderKeys, loadReminderRecipients } from '@/db/queries/reminders/due-data';
import { dueReminders } from '@/lib/reminders/due-reminders';
import type { PeriodicTask } from '@/lib/server/jobs/runner';
import { sendReminder } from '@/lib/server/jobs/send-reminder';

/**
 * Enqueues every reminder due at `now` that has no job yet (of one user, when `onlyUserId` is given: right
 * after they change their reminders); returns how many jobs it made.
 */
export async function planReminders(now: Date, onlyUserId?: string): Promise<number> {
  const recipients = await loadReminderRecipients(now, onlyUserId);
  const due = recipients.flatMap((recipient) =>
    dueReminders(recipient, now).map((reminder) => ({ userId: recipient.userId, reminder })),
  );
  // Most passes find only reminders already enqueued: one query tells, instead of an insert each.
  const used = await listUsedReminderKeys(
    sendReminder.name,
    due.map(({ reminder }) => reminder.key),
  );
  let made = 0;
  for (const { userId, reminder } of due) {
    if (used.has(reminder.key)) continue;
    const id = await enqueue(
      userId,
      sendReminder,
      { key: reminder.key },
      { idempotencyKey: reminder.key, runAt: reminder.dueAt },
    );
    if (id) made += 1;
  }
  return made;
}

/** Once a minute: reminders are set to the hour, and each stays due for the rest of its day. */
export const reminderPlanner: PeriodicTask = { name: 'plan-reminders', everyMs: 60_000, run: planReminders };
