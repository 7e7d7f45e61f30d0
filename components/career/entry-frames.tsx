// The page chrome the career record's entry routes share, so each route holds only what is its own.
import type { ReactNode } from 'react';
import type { Crumb } from '@/components/ui/breadcrumb';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';

/** The career page, at the part of it that lists an entry's kind: the way back from that entry. */
export const careerCrumb = (section: string): Crumb => ({ href: `/career#${section}`, label: 'Career' });

type EntryFrameProps = {
  /** The pages above this entry, from the top. */
  trail: readonly Crumb[];
  title: string;
  deleteDialog: ReactNode;
  children: ReactNode;
};

/** An existing entry: a way back to its part of the career record, its name with the delete dialog, then its content. */
export function EntryFrame({ trail, title, deleteDialog, children }: EntryFrameProps) {
  return (
    <div className="max-w-2xl space-y-6">
      <PageHeader trail={trail} title={title} actions={deleteDialog} />
      {children}
    </div>
  );
}

/** A page that adds an entry: a way back, its title, then the form in a card. */
export function NewEntryFrame({
  trail,
  title,
  children,
}: {
  trail: readonly Crumb[];
  title: string;
  children: ReactNode;
}) {
  return (
    <>
      <PageHeader trail={trail} title={title} />
      <Card className="max-w-2xl">{children}</Card>
    </>
  );
}
