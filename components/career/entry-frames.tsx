// The page chrome the career record's entry routes share, so each route holds only what is its own.
import Link from 'next/link';
import type { ReactNode } from 'react';
import { PageHeader } from '@/components/ui/page-header';

const cardClasses = 'rounded-xl border border-slate-200 bg-white p-4 sm:p-6 dark:border-slate-800 dark:bg-slate-900';

/** An existing entry: a way back to its part of the career page, its name with the delete dialog, then its content. */
export function EntryFrame({
  backTo,
  title,
  deleteDialog,
  children,
}: {
  backTo: string;
  title: string;
  deleteDialog: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="max-w-2xl space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={backTo} className="text-brand-700 underline dark:text-brand-300">
          Career
        </Link>
      </nav>
      <PageHeader title={title} actions={deleteDialog} />
      {children}
    </div>
  );
}

/** A page that adds an entry: its title, then the form in a card. */
export function NewEntryFrame({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <PageHeader title={title} />
      <div className={`max-w-2xl ${cardClasses}`}>{children}</div>
    </>
  );
}

/** The card an entry's edit form sits in. */
export function FormCard({ children }: { children: ReactNode }) {
  return <div className={cardClasses}>{children}</div>;
}

/** A titled card section of an entry page. */
export function EntrySection({
  headingId,
  title,
  children,
}: {
  headingId: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={headingId} className={`space-y-4 ${cardClasses}`}>
      <h2 id={headingId} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
