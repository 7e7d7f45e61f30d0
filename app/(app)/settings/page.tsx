import type { Metadata } from 'next';
import { buttonClasses } from '@/components/ui/button-classes';
import { CardSection } from '@/components/ui/card';
import { FlashToast } from '@/components/ui/flash-toast';
import { HydrateApart } from '@/components/ui/hydrate-apart';
import { PageHeader } from '@/components/ui/page-header';
import { settingsPageValue } from '@/db/loaders/derived-values';
import { memoViewWhileHistoryUnchanged } from '@/db/loaders/history-memo';
import { loadSettingsView } from '@/db/loaders/settings-view';
import { reminderPreviews } from '@/lib/server/reminders/reminder-previews';
import { weeklyCheckInTime } from '@/lib/calendar/feed';
import { requireUserWithHistory } from '@/lib/server/auth/session';
import { localDate } from '@/lib/dates/calendar';
import { isKnownTimeZone, usableTimeZone } from '@/lib/dates/time-zones';
import { CalendarFeedForms } from './calendar-feed-forms';
import { DeleteAccountForm, ImportForm } from './data-forms';
import { EmailForms } from './email-forms';
import { ProfileForm } from './profile-form';
import { ReminderForm } from './reminder-form';
import { ChangePasswordForm, SignOutEverywhereForm } from './session-forms';
import { TwoFactorSection } from './two-factor-section';

export const metadata: Metadata = { title: 'Settings' };

type SearchParams = Promise<{ password?: string; twoFactor?: string; email?: string }>;

export default async function SettingsPage({ searchParams }: { searchParams: SearchParams }) {
  const { password, twoFactor: twoFactorParam, email } = await searchParams;
  const { user, history, passwordSet } = await requireUserWithHistory();
  const { feedOn, reminders, pendingEmail, twoFactor, previewDates } = await loadSettingsView(history);
  // The mails' texts change with the day and the profile, not the hour: kept until either does.
  const previewUser = { ...user, timeZone: usableTimeZone(user.timeZone) };
  const now = new Date();
  const previews = await memoViewWhileHistoryUnchanged(
    history,
    settingsPageValue,
    JSON.stringify([
      localDate(now, previewUser.timeZone),
      user.name,
      user.email,
      previewUser.timeZone,
      user.weekStartsOn,
    ]),
    () => Promise.resolve(reminderPreviews(previewUser, now, previewDates)),
  );
  return (
    <>
      <PageHeader title="Settings" description="Your profile, how Trajectory counts your weeks, and your data." />
      <div className="space-y-8">
        <HydrateApart>
          <CardSection id="profile" title="Profile" className="max-w-xl">
            {isKnownTimeZone(user.timeZone) ? null : (
              <p
                role="note"
                className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
              >
                Your saved time zone ({user.timeZone}) is not one Trajectory knows, so your weeks are counted in UTC for
                now. Pick your time zone below and save.
              </p>
            )}
            <ProfileForm profile={{ ...user, timeZone: usableTimeZone(user.timeZone) }} />
          </CardSection>
        </HydrateApart>
        {passwordSet && (
          <HydrateApart>
            <CardSection id="email" title="Email" className="max-w-xl">
              {email === 'changed' && (
                <FlashToast message="Email changed. Sign in with it from now on." param="email" />
              )}
              <EmailForms email={user.email} pendingEmail={pendingEmail} />
            </CardSection>
          </HydrateApart>
        )}
        <HydrateApart>
          <CardSection id="security" title="Sign-in and sessions" className="max-w-xl">
            {password === 'changed' && (
              <FlashToast message="Password changed. Other devices are signed out." param="password" />
            )}
            {passwordSet && (
              <>
                <h3 className="font-semibold">Change password</h3>
                <ChangePasswordForm />
              </>
            )}
            <h3 className="pt-2 font-semibold">Sign out everywhere</h3>
            <p className="text-sm text-slate-700 dark:text-slate-300">
              Ends every session of this account, on this device and any other, for example a computer you no longer
              use.
            </p>
            <SignOutEverywhereForm />
          </CardSection>
        </HydrateApart>
        {passwordSet && (
          <HydrateApart>
            <TwoFactorSection
              user={user}
              status={twoFactor}
              signedInWithRecoveryCode={twoFactorParam === 'recovery-code'}
            />
          </HydrateApart>
        )}
        <HydrateApart>
          <CardSection id="reminders" title="Reminders" className="max-w-xl">
            <p className="text-sm text-slate-700 dark:text-slate-300">
              Emails that nudge you when something is due. They are all off until you turn them on here; each links
              straight to the page to act on, and has a link to stop it.
            </p>
            <ReminderForm choices={reminders} timeZone={usableTimeZone(user.timeZone)} previews={previews} />
          </CardSection>
        </HydrateApart>
        <HydrateApart>
          <CardSection id="calendar" title="Calendar feed" className="max-w-xl">
            <p className="text-sm text-slate-700 dark:text-slate-300">
              A link your calendar app can subscribe to, with your weekly check-in (the first day of your week at{' '}
              {weeklyCheckInTime}, your time), your certifications&apos; expiry dates and your active goals&apos; target
              dates; anyone with the link can read those dates.
            </p>
            <CalendarFeedForms feedOn={feedOn} />
          </CardSection>
        </HydrateApart>
        <HydrateApart>
          <CardSection id="data" title="Your data" className="max-w-xl">
            <p className="text-sm text-slate-700 dark:text-slate-300">
              Everything you recorded, as one JSON file you can keep, read or bring to another Trajectory account.
            </p>
            <a href="/settings/export" download className={buttonClasses('secondary')}>
              Download all my data (JSON)
            </a>
            <h3 className="pt-2 font-semibold">Import an export</h3>
            <ImportForm />
          </CardSection>
        </HydrateApart>
        <HydrateApart>
          <CardSection id="delete" title="Delete your account" tone="danger" className="max-w-xl">
            <p className="text-sm text-slate-700 dark:text-slate-300">
              This removes your account and every goal, update, skill, course, certification and role you recorded. It
              cannot be undone; download your data first if you may want it back.
            </p>
            <DeleteAccountForm hasPassword={passwordSet} />
          </CardSection>
        </HydrateApart>
      </div>
    </>
  );
}
