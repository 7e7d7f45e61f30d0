import type { Metadata } from 'next';
import { InAppLink } from '@/components/ui/in-app-link';
import { buttonClasses } from '@/components/ui/button-classes';
import { findReminderPreferences } from '@/db/queries/reminders/settings';
import { reminderKindLabels, type ReminderKind, type ReminderPreferences } from '@/lib/reminders/due-reminders';
import { oneClickUnsubscribePath, unsubscribeQuery, verifyUnsubscribe } from '@/lib/server/reminders/unsubscribe-link';

export const metadata: Metadata = { title: 'Unsubscribe' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const isOn = (preferences: ReminderPreferences, kind: ReminderKind) =>
  kind === 'weekly'
    ? preferences.weeklyOn
    : kind === 'certifications'
      ? preferences.certificationsOn
      : preferences.goalsOn;

const sentence = (label: string) => label.charAt(0).toUpperCase() + label.slice(1);

/** Opened from a reminder mail without signing in. Showing it changes nothing: the button does. */
export default async function UnsubscribePage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const link = verifyUnsubscribe({ user: params.user, kind: params.kind, sig: params.sig });
  if (!link) {
    return (
      <>
        <h1 className="mb-3 text-2xl font-bold">Unsubscribe</h1>
        <p role="alert" className="mb-6 text-slate-700 dark:text-slate-300">
          This unsubscribe link is not valid. Nothing was changed.
        </p>
        <p className="text-slate-700 dark:text-slate-300">
          You can turn each reminder on or off in{' '}
          <InAppLink
            href="/settings#reminders"
            className="font-semibold text-brand-700 underline underline-offset-2 dark:text-brand-300"
          >
            Settings
          </InAppLink>
          .
        </p>
      </>
    );
  }
  const label = reminderKindLabels[link.kind];
  const off = !isOn(await findReminderPreferences(link.userId), link.kind);
  if (params.done === '1' && off) {
    return (
      <>
        <h1 className="mb-3 text-2xl font-bold">Unsubscribed</h1>
        <p role="status" className="mb-6 text-slate-700 dark:text-slate-300">
          {sentence(label)} are off. You will get no more of them.
        </p>
        <p className="text-slate-700 dark:text-slate-300">
          To turn them back on, sign in and open{' '}
          <InAppLink
            href="/settings#reminders"
            className="font-semibold text-brand-700 underline underline-offset-2 dark:text-brand-300"
          >
            Settings → Reminders
          </InAppLink>
          .
        </p>
      </>
    );
  }
  return (
    <>
      <h1 className="mb-3 text-2xl font-bold">Stop {label}?</h1>
      <p className="mb-6 text-slate-700 dark:text-slate-300">
        {off
          ? `${sentence(label)} are already off for this account.`
          : `This turns off ${label} for the account this email was sent to. Other reminders stay as they are, and you can turn these back on any time in Settings → Reminders.`}
      </p>
      {!off && (
        <form method="post" action={`${oneClickUnsubscribePath}?${unsubscribeQuery(link.userId, link.kind)}`}>
          <input type="hidden" name="from" value="page" />
          <button type="submit" className={buttonClasses('primary')}>
            Turn off {label}
          </button>
        </form>
      )}
    </>
  );
}
