'use client';

import type { ReactNode } from 'react';
import { usePathname } from 'next/navigation';
import { savedAtPhrase } from '@/lib/dates/saved-at';
import type { EditConflict } from '@/lib/forms/result';
import { buttonClasses } from './button-classes';
import { SubmitButton } from './button';
import { useUserTimeZone } from './user-time-zone';

type Props = {
  conflict: EditConflict;
  /** What was saved, as the sentence's subject: "This week". */
  subject: string;
  /** The page of the record as stored, this page when not given: following it drops what was typed. */
  savedHref?: string;
  /** What the other save stored, in the form's words. */
  children: ReactNode;
};

/**
 * Inside a form refused because another tab or device saved the record after the form was loaded: what
 * that save stored, and the choice. "Keep mine" submits the form (which now carries the other save's
 * version) and so saves over it knowingly; "Use the saved one" reloads the record. What the user typed
 * stays in the form until they choose. docs/architecture.md, "Edits from two tabs".
 */
export function EditConflictPanel({ conflict, subject, savedHref, children }: Props) {
  const here = usePathname();
  const zone = useUserTimeZone();
  return (
    <section
      aria-labelledby="edit-conflict-heading"
      className="space-y-3 rounded-xl border-2 border-amber-500 bg-amber-50 p-4 break-words text-slate-900 dark:border-amber-400 dark:bg-slate-900 dark:text-slate-100"
    >
      <h2 id="edit-conflict-heading" className="text-lg font-semibold">
        Saved in another tab
      </h2>
      <p id="edit-conflict-summary" role="alert">
        {subject} was saved in another tab or device {savedAtPhrase(new Date(conflict.savedAt), zone)}. What you typed
        is still in the form below, not saved yet.
      </p>
      <div className="space-y-2">
        <h3 className="text-sm font-semibold">What was saved there</h3>
        {children}
      </div>
      <p className="text-sm">
        Keep mine saves what you typed over it; Use the saved one drops your changes and shows what was saved.
      </p>
      <div className="flex flex-col gap-2 sm:flex-row">
        <SubmitButton pendingLabel="Saving…" className="w-full sm:w-auto">
          Keep mine
        </SubmitButton>
        <a href={savedHref ?? here} className={buttonClasses('secondary', 'w-full sm:w-auto')}>
          Use the saved one
        </a>
      </div>
    </section>
  );
}
