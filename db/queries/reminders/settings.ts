// A user's reminder preferences (db/schema/reminders.ts). No row reads as every reminder off.
import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { reminderSettings } from '@/db/schema';
import { defaultReminderPreferences, type ReminderKind, type ReminderPreferences } from '@/lib/reminders/due-reminders';

export type ReminderChoices = Omit<ReminderPreferences, 'weeklyLastSentOn'>;

export async function findReminderPreferences(userId: string): Promise<ReminderPreferences> {
  const [row] = await db().select().from(reminderSettings).where(eq(reminderSettings.userId, userId));
  return row
    ? {
        weeklyOn: row.weeklyOn,
        weeklyDay: row.weeklyDay,
        weeklyHour: row.weeklyHour,
        certificationsOn: row.certificationsOn,
        goalsOn: row.goalsOn,
        weeklyLastSentOn: row.weeklyLastSentOn,
      }
    : defaultReminderPreferences;
}

export async function saveReminderChoices(userId: string, choices: ReminderChoices): Promise<void> {
  await db()
    .insert(reminderSettings)
    .values({ userId, ...choices })
    .onConflictDoUpdate({ target: reminderSettings.userId, set: choices });
}

const kindColumn = { weekly: 'weeklyOn', certifications: 'certificationsOn', goals: 'goalsOn' } as const;

/** Turns one kind of reminder off (an unsubscribe link); nothing to do when the user has none on. */
export async function turnReminderOff(userId: string, kind: ReminderKind): Promise<void> {
  await db()
    .update(reminderSettings)
    .set({ [kindColumn[kind]]: false })
    .where(eq(reminderSettings.userId, userId));
}

/** Remembers the local date of the weekly reminder just sent (one a week, whatever day is chosen later). */
export async function recordWeeklyReminderSent(userId: string, occursOn: string): Promise<void> {
  await db().update(reminderSettings).set({ weeklyLastSentOn: occursOn }).where(eq(reminderSettings.userId, userId));
}
