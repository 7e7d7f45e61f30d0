// Which reminder mails are due at a given instant: pure rules over a user's preferences, time zone, week
// start, finished weeks, certifications and goals, with the clock passed in (docs/jobs.md, "Reminders").
// Each reminder carries an idempotency key naming what it is about, so planning twice enqueues it once.
import { addDays, localDate, weekStartOf, type IsoDate, type WeekStartDay } from '@/lib/dates/calendar';
import { zonedInstant } from './zoned-time';

export const reminderKinds = ['weekly', 'certifications', 'goals'] as const;
export type ReminderKind = (typeof reminderKinds)[number];

/** What each kind is called in Settings, mails and the unsubscribe page. */
export const reminderKindLabels: Record<ReminderKind, string> = {
  weekly: 'weekly update reminders',
  certifications: 'certification renewal reminders',
  goals: 'goal target date reminders',
};

export function isReminderKind(value: unknown): value is ReminderKind {
  return typeof value === 'string' && (reminderKinds as readonly string[]).includes(value);
}

/** Days before a certification expires that a renewal reminder goes out. */
export const renewalSteps = [60, 30, 7] as const;
export type RenewalStep = (typeof renewalSteps)[number];
/** Days before a goal's target date that its reminder goes out. */
export const goalLeadDays = 7;
/** Local hour of certification and goal reminders: the start of a working day. */
export const dateReminderHour = 9;

export type ReminderPreferences = {
  weeklyOn: boolean;
  /** 0 = Sunday … 6 = Saturday, in the user's time zone. */
  weeklyDay: number;
  /** 0–23, in the user's time zone. */
  weeklyHour: number;
  certificationsOn: boolean;
  goalsOn: boolean;
  /** The local date of the last weekly reminder sent. */
  weeklyLastSentOn: IsoDate | null;
};

/** Off until the user turns a reminder on; the weekly one, once on, on Friday afternoon. */
export const defaultReminderPreferences: ReminderPreferences = {
  weeklyOn: false,
  weeklyDay: 5,
  weeklyHour: 16,
  certificationsOn: false,
  goalsOn: false,
  weeklyLastSentOn: null,
};

export type ReminderSubject = {
  userId: string;
  timeZone: string;
  weekStartsOn: WeekStartDay;
  preferences: ReminderPreferences;
  /** Weeks (by their first day) with an update or a reflection saved; only the current one matters. */
  weeksDone: readonly IsoDate[];
  certifications: readonly { id: string; expiresOn: IsoDate | null }[];
  goals: readonly { id: string; status: string; targetDate: IsoDate | null }[];
};

type Due = { key: string; dueAt: Date };
export type DueReminder =
  | (Due & { kind: 'weekly'; weekStart: IsoDate; occursOn: IsoDate })
  | (Due & { kind: 'certifications'; certificationId: string; expiresOn: IsoDate; daysBefore: RenewalStep })
  | (Due & { kind: 'goals'; goalId: string; targetDate: IsoDate });

/** 0 = Sunday … 6 = Saturday. */
function weekdayOf(date: IsoDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/**
 * The reminders due at `now`: each is due from its hour on its local day until that day ends (the catch-up
 * window after a restart); a reminder of an earlier day is stale and never sent.
 */
export function dueReminders(subject: ReminderSubject, now: Date): DueReminder[] {
  const today = localDate(now, subject.timeZone);
  return [
    ...weeklyReminder(subject, today, now),
    ...renewalReminders(subject, today, now),
    ...goalReminders(subject, today, now),
  ];
}

/**
 * The weekly reminder, keyed by the local date it goes out on rather than by its week: a new week start
 * moves the week's first day but not that date, so the same reminder keeps its key (never sent twice), and
 * each week holds exactly one of the chosen weekday (never skipped). A new reminder day is kept to one a
 * week by the date of the last one sent.
 */
function weeklyReminder(subject: ReminderSubject, today: IsoDate, now: Date): DueReminder[] {
  const { preferences, timeZone, weekStartsOn, userId } = subject;
  if (!preferences.weeklyOn || weekdayOf(today) !== preferences.weeklyDay) return [];
  const dueAt = zonedInstant(today, preferences.weeklyHour, timeZone);
  if (now < dueAt) return [];
  const weekStart = weekStartOf(today, weekStartsOn);
  if (subject.weeksDone.includes(weekStart)) return [];
  const lastSent = preferences.weeklyLastSentOn;
  if (lastSent !== null && weekStartOf(lastSent, weekStartsOn) === weekStart) return [];
  return [{ kind: 'weekly', key: `weekly:${userId}:${today}`, dueAt, weekStart, occursOn: today }];
}

function renewalReminders(subject: ReminderSubject, today: IsoDate, now: Date): DueReminder[] {
  if (!subject.preferences.certificationsOn) return [];
  const dueAt = zonedInstant(today, dateReminderHour, subject.timeZone);
  if (now < dueAt) return [];
  return subject.certifications.flatMap(({ id, expiresOn }) => {
    if (expiresOn === null) return [];
    const step = renewalSteps.find((days) => addDays(expiresOn, -days) === today);
    return step === undefined
      ? []
      : [
          {
            kind: 'certifications' as const,
            key: `cert-renewal:${id}:${expiresOn}:${step}`,
            dueAt,
            certificationId: id,
            expiresOn,
            daysBefore: step,
          },
        ];
  });
}

function goalReminders(subject: ReminderSubject, today: IsoDate, now: Date): DueReminder[] {
  if (!subject.preferences.goalsOn) return [];
  const dueAt = zonedInstant(today, dateReminderHour, subject.timeZone);
  if (now < dueAt) return [];
  return subject.goals.flatMap(({ id, status, targetDate }) =>
    status === 'active' && targetDate !== null && addDays(targetDate, -goalLeadDays) === today
      ? [{ kind: 'goals' as const, key: `goal-target:${id}:${targetDate}`, dueAt, goalId: id, targetDate }]
      : [],
  );
}
