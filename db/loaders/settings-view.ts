// What the Settings page reads of the account, in one go. Account settings are not history (no trigger raises
// the history version for them), so on the embedded database they are kept until the database next changes
// (db/while-unchanged.ts); on PostgreSQL they are read on every visit, side by side on the pool.
import 'server-only';
import { hasPassword } from '@/db/queries/account/users';
import { findPendingEmailChange } from '@/db/queries/auth/email-verifications';
import { hasFeed } from '@/db/queries/calendar/feeds';
import { listCertificationExpiries, listGoalTargetDates } from '@/db/queries/calendar/feed-dates';
import { findReminderPreferences } from '@/db/queries/reminders/settings';
import { readWhileDatabaseUnchanged } from '@/db/while-unchanged';
import { twoFactorStatus } from '@/lib/server/auth/two-factor';

export function loadSettingsView(userId: string) {
  return readWhileDatabaseUnchanged(`settings ${userId}`, async () => {
    const [passwordSet, feedOn, reminders, pendingEmail, twoFactor, certificationExpiries, goalTargetDates] =
      await Promise.all([
        hasPassword(userId),
        hasFeed(userId),
        findReminderPreferences(userId),
        findPendingEmailChange(userId).then((change) => change?.newEmail),
        twoFactorStatus(userId),
        listCertificationExpiries(userId),
        listGoalTargetDates(userId),
      ]);
    return {
      passwordSet,
      feedOn,
      reminders,
      pendingEmail,
      twoFactor,
      previewDates: { certifications: certificationExpiries, goals: goalTargetDates },
    };
  });
}

export type ReminderPreviewDates = Awaited<ReturnType<typeof loadSettingsView>>['previewDates'];
