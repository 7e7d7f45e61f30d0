// What each reminder mail would say to this user, for the previews in Settings: the real templates
// (reminder-message.ts), filled with the user's own next certification and goal when they have one, else
// with a sample.
import 'server-only';
import type { ReminderPreviewDates } from '@/db/loaders/settings-view';
import type { ReminderRecipient } from '@/db/queries/reminders/due-data';
import { addDays, daysBetween, localDate, weekStartOf, type WeekStartDay } from '@/lib/dates/calendar';
import {
  defaultReminderPreferences,
  goalLeadDays,
  renewalSteps,
  type DueReminder,
  type ReminderKind,
} from '@/lib/reminders/due-reminders';
import type { EmailContent } from '@/lib/server/email/render-email';
import { reminderContent } from './reminder-message';

export type ReminderPreview = Pick<EmailContent, 'subject' | 'text'>;

type PreviewUser = { id: string; email: string; name: string | null; timeZone: string; weekStartsOn: WeekStartDay };

const sampleId = '00000000-0000-4000-8000-000000000000';

export function reminderPreviews(
  user: PreviewUser,
  now: Date,
  { certifications, goals }: ReminderPreviewDates,
): Record<ReminderKind, ReminderPreview> {
  const today = localDate(now, user.timeZone);
  const certification = certifications.find((c) => c.expiresOn !== null && c.expiresOn > today) ?? {
    id: sampleId,
    name: 'Sample certification',
    expiresOn: addDays(today, 30),
  };
  const goal = goals.find((g) => g.status === 'active' && g.targetDate !== null && g.targetDate > today) ?? {
    id: sampleId,
    title: 'Sample goal',
    status: 'active',
    targetDate: addDays(today, goalLeadDays),
  };
  const expiresOn = certification.expiresOn ?? addDays(today, 30);
  const targetDate = goal.targetDate ?? addDays(today, goalLeadDays);
  const recipient: ReminderRecipient = {
    userId: user.id,
    email: user.email,
    name: user.name,
    timeZone: user.timeZone,
    weekStartsOn: user.weekStartsOn,
    preferences: defaultReminderPreferences,
    weeksDone: [],
    certifications: [{ id: certification.id, name: certification.name, expiresOn }],
    goals: [{ id: goal.id, title: goal.title, status: 'active', targetDate }],
  };
  // The step the user's certification reaches next, so the preview says what its next mail will.
  const daysLeft = daysBetween(today, expiresOn);
  const daysBefore = renewalSteps.find((step) => step <= daysLeft) ?? 7;
  const dueAt = now;
  const samples: Record<ReminderKind, DueReminder> = {
    weekly: {
      kind: 'weekly',
      key: 'preview',
      dueAt,
      weekStart: weekStartOf(today, user.weekStartsOn),
      occursOn: today,
    },
    certifications: {
      kind: 'certifications',
      key: 'preview',
      dueAt,
      certificationId: certification.id,
      expiresOn,
      daysBefore,
    },
    goals: { kind: 'goals', key: 'preview', dueAt, goalId: goal.id, targetDate },
  };
  const preview = (kind: ReminderKind): ReminderPreview => {
    const content = reminderContent(samples[kind], recipient);
    return content ? { subject: content.subject, text: content.text } : { subject: '', text: '' };
  };
  return { weekly: preview('weekly'), certifications: preview('certifications'), goals: preview('goals') };
}
