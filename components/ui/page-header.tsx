import type { ReactNode } from 'react';
import { Breadcrumb, type Crumb } from './breadcrumb';

export function PageHeader({
  title,
  description,
  actions,
  trail,
}: {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  /** The pages above this one, from the top, for a page the main navigation does not list. */
  trail?: readonly Crumb[];
}) {
  return (
    <header className="mb-6">
      {trail && <Breadcrumb trail={trail} />}
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="min-w-0">
          <h1 className="text-2xl font-bold tracking-tight break-words sm:text-3xl">{title}</h1>
          {description && <p className="mt-1 max-w-prose text-slate-600 dark:text-slate-400">{description}</p>}
        </div>
        {actions}
      </div>
    </header>
  );
}
