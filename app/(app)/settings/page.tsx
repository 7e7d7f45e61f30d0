import type { Metadata } from 'next';
import { buttonClasses } from '@/components/ui/button-classes';
import { PageHeader } from '@/components/ui/page-header';
import { findCredentialsByEmail } from '@/db/queries/account/users';
import { requireUser } from '@/lib/server/auth/session';
import { DeleteAccountForm, ImportForm } from './data-forms';
import { ProfileForm } from './profile-form';

const card = 'max-w-xl space-y-4 rounded-xl border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900';

export const metadata: Metadata = { title: 'Settings' };

export default async function SettingsPage() {
  const user = await requireUser();
  const timeZones = ['UTC', ...Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC')];
  const hasPassword = Boolean((await findCredentialsByEmail(user.email))?.passwordHash);
  return (
    <>
      <PageHeader title="Settings" description="Your profile, how Trajectory counts your weeks, and your data." />
      <div className="space-y-8">
        <section aria-labelledby="profile-heading" className={card}>
          <h2 id="profile-heading" className="text-lg font-semibold">
            Profile
          </h2>
          <ProfileForm profile={user} timeZones={timeZones} />
        </section>
        <section aria-labelledby="data-heading" className={card}>
          <h2 id="data-heading" className="text-lg font-semibold">
            Your data
          </h2>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            Everything you recorded, as one JSON file you can keep, read or bring to another Trajectory account.
          </p>
          <a href="/settings/export" download className={buttonClasses('secondary')}>
            Download all my data (JSON)
          </a>
          <h3 className="pt-2 font-semibold">Import an export</h3>
          <ImportForm />
        </section>
        <section aria-labelledby="delete-heading" className={`${card} border-red-200 dark:border-red-900`}>
          <h2 id="delete-heading" className="text-lg font-semibold">
            Delete your account
          </h2>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            This removes your account and every goal, update, skill, course, certification and role you recorded. It cannot be
            undone; download your data first if you may want it back.
          </p>
          <DeleteAccountForm hasPassword={hasPassword} />
        </section>
      </div>
    </>
  );
}
