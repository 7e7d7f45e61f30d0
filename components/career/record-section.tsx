import { InAppLink } from '@/components/ui/in-app-link';
import type { ReactNode } from 'react';
import { buttonClasses } from '@/components/ui/button-classes';

/** One part of the career record on the Career page: a heading, its add link, and its entries. */
export function RecordSection({
  id,
  title,
  addHref,
  addLabel,
  children,
}: {
  id: string;
  title: string;
  addHref: string;
  addLabel: string;
  children: ReactNode;
}) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="scroll-mt-4 space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={`${id}-heading`} className="text-xl font-semibold">
          {title}
        </h2>
        <InAppLink href={addHref} className={buttonClasses('secondary')}>
          {addLabel}
        </InAppLink>
      </div>
      {children}
    </section>
  );
}

/** What a part of the record shows before it has entries. */
export function EmptyRecord({ children }: { children: ReactNode }) {
  return (
    <p className="rounded-xl border border-dashed border-slate-300 px-4 py-6 text-slate-600 dark:border-slate-700 dark:text-slate-400">
      {children}
    </p>
  );
}
