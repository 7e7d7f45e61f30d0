'use client';

import Link from 'next/link';
import { useEffect, useRef } from 'react';
import { Button } from '@/components/ui/button';
import { buttonClasses } from '@/components/ui/button-classes';

// A page of the signed-in area failed: the shell and its navigation stay, so the user can retry or go
// elsewhere. The error itself was logged once, on the server.
export default function SignedInError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="mx-auto flex max-w-md flex-col items-center gap-4 py-12 text-center">
      <h1 ref={heading} tabIndex={-1} className="text-2xl font-bold focus:outline-none">
        Something went wrong
      </h1>
      <p className="text-slate-600 dark:text-slate-400">
        This page could not be shown. Nothing you saved earlier is lost. Please try again in a moment.
      </p>
      <div className="flex flex-wrap justify-center gap-3">
        <Button onClick={reset}>Try again</Button>
        <Link href="/dashboard" className={buttonClasses('secondary')}>
          Back to dashboard
        </Link>
      </div>
    </div>
  );
}
