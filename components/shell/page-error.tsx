'use client';

import { useEffect, useRef, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { databaseUnavailableDigest } from '@/lib/errors';

type Props = {
  /** The error Next.js hands the boundary; in production only its digest says what failed. */
  error: Error & { digest?: string };
  /** Fetches the page again and shows it if it loads now. */
  retry: () => void;
  /** Where else the user may go. */
  children?: ReactNode;
};

// What a page that failed to load says: that the service is briefly unavailable when the database could
// not be reached (the server marks that error's digest), else that something went wrong. Never the
// error itself: it was logged once, on the server.
export function PageError({ error, retry, children }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const unavailable = error.digest === databaseUnavailableDigest;
  return (
    <div className="mx-auto flex max-w-md flex-col items-center gap-4 py-12 text-center">
      <h1 ref={heading} tabIndex={-1} className="text-2xl font-bold focus:outline-none">
        {unavailable ? 'Trajectory is briefly unavailable' : 'Something went wrong'}
      </h1>
      <p className="text-slate-600 dark:text-slate-400">
        {unavailable
          ? 'This page could not be loaded because our database did not answer. Nothing you saved is lost. Please try again in a moment.'
          : 'This page could not be shown. Nothing you saved earlier is lost. Please try again in a moment.'}
      </p>
      <div className="flex flex-wrap justify-center gap-3">
        <Button onClick={retry}>Try again</Button>
        {children}
      </div>
    </div>
  );
}
