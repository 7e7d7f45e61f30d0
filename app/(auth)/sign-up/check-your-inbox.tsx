'use client';

import { InAppLink } from '@/components/ui/in-app-link';
import { useEffect, useRef } from 'react';

/** What a sign-up answers, whatever became of it: where the link went and what to do if it does not come. */
export function CheckYourInbox({ answer }: { answer: string }) {
  // The form that had focus is gone: the answer's heading takes it, so keyboard and screen-reader users
  // start reading here.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="check-your-inbox" className="space-y-4">
      <h2 id="check-your-inbox" ref={heading} tabIndex={-1} className="text-xl font-semibold focus:outline-none">
        Check your inbox
      </h2>
      <p
        role="status"
        className="rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-600 dark:bg-slate-900"
      >
        {answer}
      </p>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Already confirmed?{' '}
        <InAppLink
          href="/sign-in"
          className="font-semibold text-brand-700 underline underline-offset-2 dark:text-brand-300"
        >
          Sign in
        </InAppLink>
      </p>
    </section>
  );
}
