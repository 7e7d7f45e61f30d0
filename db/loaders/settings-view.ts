// What the Settings page reads of the account, in one go, kept in this process's memory while the history version
// is unchanged (db/loaders/history-memo.ts): the account settings it shows raise that version when they change
// (migration 0021), so a visit asks the database nothing beyond the session check, on either back-end.
import 'server-only';
import { settingsPageValue } from '@/db/loaders/derived-values';
import { memoWhileHistoryUnchanged, type HistoryOwner } from '@/db/loaders/history-memo';
import { findPendingEmailChange } from '@/db/queries/auth/email-verifications';
import { hasFeed } from '@/db/queries/calendar/feeds';
import { listCertificationExpiries, listGoalTargetDates } from '@/db/queries/calendar/feed-dates';
import { findReminderPreferences } from '@/db/queries/reminders/settings';
import { twoFactorStatus } from '@/lib/server/auth/two-factor';

export function loadSettingsView(owner: HistoryOwner) {
  const { userId } = owner;
  return memoWhileHistoryUnchanged(owner, settingsPageValue, '', async () => {
    const [feedOn, reminders, pendingEmail, twoFactor, certificationExpiries, goalTargetDates] = await Promise.all([
      hasFeed(userId),
      findReminderPreferences(userId),
      findPendingEmailChange(userId).then((change) => change?.newEmail),
      twoFactorStatus(userId),
      listCertificationExpiries(userId),
      listGoalTargetDates(userId),
    ]);
    return {
      feedOn,
      reminders,
      pendingEmail,
      twoFactor,
      previewDates: { certifications: certificationExpiries, goals: goalTargetDates },
    };
  });
}

export type ReminderPreviewDates = Awaited<ReturnType<typeof loadSettingsView>>['previewDates'];
