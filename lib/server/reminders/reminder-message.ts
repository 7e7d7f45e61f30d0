// A due reminder as the mail that goes out: its template filled with the user's current data, the link
// to the page that acts on it, the signed unsubscribe link and headers, and a Message-ID derived from the
// reminder's idempotency key, so a copy resent after a crash is recognisably the same message.
import 'server-only';
import { createHash } from 'node:crypto';
import { env } from '@/lib/env';
import type { ReminderRecipient } from '@/db/queries/reminders/due-data';
import type { DueReminder } from '@/lib/reminders/due-reminders';
import { renderEmail, type EmailContent } from '@/lib/server/email/render-email';
import { certificationRenewalEmail, goalTargetEmail, weeklyReminderEmail } from '@/lib/server/email/reminder-emails';
import { oneClickUnsubscribeHeaders, type EmailMessage } from '@/lib/server/email/send-email';
import { oneClickUnsubscribeUrl, unsubscribePageUrl } from './unsubscribe-link';

export function reminderMessageId(key: string): string {
  const digest = createHash('sha256').update(key).digest('hex').slice(0, 40);
  return `<reminder.${digest}@${new URL(env().appUrl).hostname}>`;
}

/** The mail's content, or null when what it is about is gone (a certification or goal deleted). */
export function reminderContent(reminder: DueReminder, recipient: ReminderRecipient): EmailContent | null {
  const { appUrl } = env();
  const common = { name: recipient.name, unsubscribeUrl: unsubscribePageUrl(recipient.userId, reminder.kind) };
  switch (reminder.kind) {
    case 'weekly':
      return renderEmail(weeklyReminderEmail, {
        ...common,
        actionUrl: `${appUrl}/weekly`,
        weekStart: reminder.weekStart,
      });
    case 'certifications': {
      const certification = recipient.certifications.find((c) => c.id === reminder.certificationId);
      if (!certification) return null;
      return renderEmail(certificationRenewalEmail, {
        ...common,
        actionUrl: `${appUrl}/career/certifications/${certification.id}`,
        certificationName: certification.name,
        expiresOn: reminder.expiresOn,
        daysBefore: reminder.daysBefore,
      });
    }
    case 'goals': {
      const goal = recipient.goals.find((g) => g.id === reminder.goalId);
      if (!goal) return null;
      return renderEmail(goalTargetEmail, {
        ...common,
        actionUrl: `${appUrl}/goals/${goal.id}`,
        goalTitle: goal.title,
        targetDate: reminder.targetDate,
      });
    }
  }
}

export function reminderMessage(reminder: DueReminder, recipient: ReminderRecipient): EmailMessage | null {
  const content = reminderContent(reminder, recipient);
  if (!content) return null;
  return {
    to: recipient.email,
    ...content,
    headers: oneClickUnsubscribeHeaders(oneClickUnsubscribeUrl(recipient.userId, reminder.kind)),
    messageId: reminderMessageId(reminder.key),
  };
}
