import type { ReactNode } from 'react';
import { PhoneNav, SidebarNav } from '@/components/shell/app-nav';
import { InAppLink } from '@/components/ui/in-app-link';
import { UserTimeZoneProvider } from '@/components/ui/user-time-zone';
import { loadWeeklyUpdateDue } from '@/db/loaders/weekly-badge';
import { requireUserWithHistory } from '@/lib/server/auth/session';
import { currentWeekStart } from '@/lib/dates/calendar';
import { signOutAction } from './actions';

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const { user, history } = await requireUserWithHistory();
  const dueThisWeek = await loadWeeklyUpdateDue(
    history,
    currentWeekStart(new Date(), user.timeZone, user.weekStartsOn),
  );
  const signOutButton = (
    <form action={signOutAction}>
      <button type="submit" className="sign-out">
        Sign out
      </button>
    </form>
  );

  return (
    <div className="min-h-dvh">
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <header className="relative border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900 md:hidden">
        <div className="flex items-center justify-between gap-4 px-4 py-2">
          <InAppLink href="/dashboard" className="font-bold text-brand-800 dark:text-brand-300">
            Trajectory
          </InAppLink>
          <PhoneNav signOut={signOutButton} weeklyDue={dueThisWeek} />
        </div>
      </header>
      <div className="mx-auto flex max-w-6xl">
        <aside className="sticky top-0 hidden h-dvh w-60 shrink-0 flex-col border-r border-slate-200 px-4 py-6 dark:border-slate-800 md:flex">
          <InAppLink href="/dashboard" className="mb-6 px-3 text-lg font-bold text-brand-800 dark:text-brand-300">
            Trajectory
          </InAppLink>
          <SidebarNav weeklyDue={dueThisWeek} />
          <div className="mt-auto space-y-2 border-t border-slate-200 pt-4 dark:border-slate-800">
            <p className="truncate px-3 text-sm text-slate-600 dark:text-slate-400" title={user.email}>
              {user.name || user.email}
            </p>
            {signOutButton}
          </div>
        </aside>
        <main id="main" tabIndex={-1} className="min-w-0 flex-1 px-4 py-6 focus:outline-none sm:px-8 sm:py-8">
          <UserTimeZoneProvider timeZone={user.timeZone}>{children}</UserTimeZoneProvider>
        </main>
      </div>
    </div>
  );
}
