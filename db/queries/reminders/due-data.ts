// What the reminder rules (lib/reminders/due-reminders.ts) read, for every user with a reminder on at
// once (the planner) or for one user (the send job, re-checking at run time). A fixed number of queries
// whatever the number of users: the settings with the users (through the partial index over rows with
// something on), then the certifications, goals and finished weeks near today, each one query.
import 'server-only';
import { and, between, eq, gte, inArray, isNotNull, or } from 'drizzle-orm';
import { db } from '@/db/client';
import { certifications, goals, jobs, reminderSettings, users, weeklyReflections, weeklyUpdates } from '@/db/schema';
import { addDays, formatIsoDate } from '@/lib/dates/calendar';
import { goalLeadDays, renewalSteps, type ReminderSubject } from '@/lib/reminders/due-reminders';

export type ReminderRecipient = Omit<ReminderSubject, 'certifications' | 'goals'> & {
  email: string;
  name: string | null;
  certifications: { id: string; name: string; expiresOn: string | null }[];
  goals: { id: string; title: string; status: string; targetDate: string | null }[];
};

const anyOn = or(reminderSettings.weeklyOn, reminderSettings.certificationsOn, reminderSettings.goalsOn);

/**
 * Reminder subjects for users with something on (or just `onlyUserId`), with the records that can be due
 * around `now`: a user's local date is within a day of UTC's, so a day either side is enough.
 */
export async function loadReminderRecipients(now: Date, onlyUserId?: string): Promise<ReminderRecipient[]> {
  const people = await db()
    .select({
      userId: users.id,
      email: users.email,
      name: users.name,
      timeZone: users.timeZone,
      weekStartsOn: users.weekStartsOn,
      weeklyOn: reminderSettings.weeklyOn,
      weeklyDay: reminderSettings.weeklyDay,
      weeklyHour: reminderSettings.weeklyHour,
      certificationsOn: reminderSettings.certificationsOn,
      goalsOn: reminderSettings.goalsOn,
      weeklyLastSentOn: reminderSettings.weeklyLastSentOn,
    })
    .from(reminderSettings)
    .innerJoin(users, eq(users.id, reminderSettings.userId))
    .where(onlyUserId ? and(anyOn, eq(reminderSettings.userId, onlyUserId)) : anyOn);
  if (people.length === 0) return [];

  const today = formatIsoDate(now);
  const ids = (pick: (person: (typeof people)[number]) => boolean) => people.filter(pick).map((p) => p.userId);
  const [certificationRows, goalRows, doneWeeks] = await Promise.all([
    listExpiringCertifications(
      ids((p) => p.certificationsOn),
      today,
    ),
    listGoalsNearTarget(
      ids((p) => p.goalsOn),
      today,
    ),
    listRecentDoneWeeks(
      ids((p) => p.weeklyOn),
      today,
    ),
  ]);

  return people.map((person) => ({
    userId: person.userId,
    email: person.email,
    name: person.name,
    timeZone: person.timeZone,
    weekStartsOn: person.weekStartsOn,
    preferences: {
      weeklyOn: person.weeklyOn,
      weeklyDay: person.weeklyDay,
      weeklyHour: person.weeklyHour,
      certificationsOn: person.certificationsOn,
      goalsOn: person.goalsOn,
      weeklyLastSentOn: person.weeklyLastSentOn,
    },
    weeksDone: doneWeeks.filter((row) => row.userId === person.userId).map((row) => row.weekStart),
    certifications: certificationRows.filter((row) => row.userId === person.userId),
    goals: goalRows.filter((row) => row.userId === person.userId),
  }));
}

// Renewal steps are 7 to 60 days ahead; ±1 day for the user's zone.
async function listExpiringCertifications(userIds: string[], today: string) {
  if (userIds.length === 0) return [];
  const nearest = Math.min(...renewalSteps) - 1;
  const farthest = Math.max(...renewalSteps) + 1;
  return db()
    .select({
      userId: certifications.userId,
      id: certifications.id,
      name: certifications.name,
      expiresOn: certifications.expiresOn,
    })
    .from(certifications)
    .where(
      and(
        inArray(certifications.userId, userIds),
        isNotNull(certifications.expiresOn),
        between(certifications.expiresOn, addDays(today, nearest), addDays(today, farthest)),
      ),
    );
}

async function listGoalsNearTarget(userIds: string[], today: string) {
  if (userIds.length === 0) return [];
  return db()
    .select({
      userId: goals.userId,
      id: goals.id,
      title: goals.title,
      status: goals.status,
      targetDate: goals.targetDate,
    })
    .from(goals)
    .where(
      and(
        inArray(goals.userId, userIds),
        eq(goals.status, 'active'),
        between(goals.targetDate, addDays(today, goalLeadDays - 1), addDays(today, goalLeadDays + 1)),
      ),
    );
}

// A week counts as done with an update or a reflection saved, as the weekly page counts it.
async function listRecentDoneWeeks(userIds: string[], today: string) {
  if (userIds.length === 0) return [];
  const since = addDays(today, -8);
  const [updates, reflections] = await Promise.all([
    db()
      .selectDistinct({ userId: weeklyUpdates.userId, weekStart: weeklyUpdates.weekStart })
      .from(weeklyUpdates)
      .where(and(inArray(weeklyUpdates.userId, userIds), gte(weeklyUpdates.weekStart, since))),
    db()
      .select({ userId: weeklyReflections.userId, weekStart: weeklyReflections.weekStart })
      .from(weeklyReflections)
      .where(and(inArray(weeklyReflections.userId, userIds), gte(weeklyReflections.weekStart, since))),
  ]);
  return [...updates, ...reflections];
}

/** The idempotency keys among `keys` that already have a job: the planner enqueues only the others. */
export async function listUsedReminderKeys(jobName: string, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db()
    .select({ key: jobs.idempotencyKey })
    .from(jobs)
    .where(and(eq(jobs.name, jobName), inArray(jobs.idempotencyKey, keys)));
  return new Set(rows.flatMap((row) => (row.key === null ? [] : [row.key])));
}
