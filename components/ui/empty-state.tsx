import type { ReactNode } from 'react';

/** What a section shows before there is anything in it: what it will hold, and what to do now. */
export function EmptyState({ title, children, action }: { title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <section
      aria-label={title}
      className="rounded-xl border border-dashed border-slate-300 bg-white px-6 py-10 text-center dark:border-slate-700 dark:bg-slate-900"
    >
      <h2 className="text-lg font-semibold">{title}</h2>
      <div className="mx-auto mt-2 max-w-prose text-slate-600 dark:text-slate-400">{children}</div>
      {action && <div className="mt-6 flex justify-center">{action}</div>}
    </section>
  );
}
