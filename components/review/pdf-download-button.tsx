'use client';

import { useState } from 'react';
import { buttonClasses } from '@/components/ui/button-classes';

/** Downloads the review's PDF, saying so while the server draws it (a few seconds on a long year). */
export function PdfDownloadButton({ year, query = '' }: { year: number; query?: string }) {
  const [state, setState] = useState<'idle' | 'preparing' | 'failed'>('idle');
  async function download() {
    setState('preparing');
    try {
      const response = await fetch(`/review/${year}/pdf${query}`);
      if (!response.ok) throw new Error(String(response.status));
      const url = URL.createObjectURL(await response.blob());
      const link = Object.assign(document.createElement('a'), { href: url, download: `trajectory-review-${year}.pdf` });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setState('idle');
    } catch {
      setState('failed');
    }
  }
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={() => void download()}
        disabled={state === 'preparing'}
        aria-disabled={state === 'preparing'}
        className={buttonClasses('primary')}
      >
        {state === 'preparing' ? 'Preparing PDF…' : 'Download PDF'}
      </button>
      <span role="status" className="text-sm text-slate-700 dark:text-slate-300">
        {state === 'preparing'
          ? 'Drawing your review as a PDF…'
          : state === 'failed'
            ? 'The PDF could not be made. Please try again.'
            : ''}
      </span>
    </span>
  );
}
