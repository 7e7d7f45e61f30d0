// The page chrome the career record's entry routes share, so each route holds only what is its own.
import Link from 'next/link';
import type { ReactNode } from 'react';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';

type EntryFrameProps = {
  backTo: string;
  /** The name of the page `backTo` leads to. */
  backLabel?: string;
  title: string;
  deleteDialog: ReactNode;
  children: ReactNode;
};

/** An existing entry: a way back to its part of the career page, its name with the delete dialog, then its content. */
export function EntryFrame({ backTo, backLabel = 'Career', title, deleteDialog, children }: EntryFrameProps) {
  return (
    <div className="max-w-2xl space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={backTo} className="text-brand-700 underline dark:text-brand-300">
          {backLabel}
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
      <Card className="max-w-2xl">{children}</Card>
    </>
  );
}
