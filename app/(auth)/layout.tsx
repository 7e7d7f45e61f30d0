import { InAppLink } from '@/components/ui/in-app-link';
import type { ReactNode } from 'react';
import { TrajectoryMark } from '@/components/shell/trajectory-mark';

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main id="main" className="flex min-h-dvh items-start justify-center px-4 py-10 sm:items-center">
      <div className="w-full max-w-md">
        <p className="mb-6 flex justify-center">
          {/* Back to the front page, which says what Trajectory is. */}
          <InAppLink href="/" className="flex items-center gap-2 text-lg font-bold text-brand-800 dark:text-brand-300">
            <TrajectoryMark />
            Trajectory
          </InAppLink>
        </p>
        <div className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8 dark:border-slate-800 dark:bg-slate-900">
          {children}
        </div>
      </div>
    </main>
  );
}
