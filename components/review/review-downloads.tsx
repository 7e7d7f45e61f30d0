'use client';

import { useId, useState } from 'react';
import { PdfDownloadButton } from '@/components/review/pdf-download-button';
import { buttonClasses } from '@/components/ui/button-classes';
import { includePayParam } from '@/lib/career/export-choices';

/**
 * The review's three downloads. A review is often handed to a manager and pay is private, so the files
 * leave the Pay section out unless "Include pay" is ticked for them.
 */
export function ReviewDownloads({ year }: { year: number }) {
  const [withPay, setWithPay] = useState(false);
  const id = useId();
  const query = withPay ? `?${includePayParam}=1` : '';
  return (
    <div className="flex flex-wrap items-center gap-2">
      <PdfDownloadButton year={year} query={query} />
      <a href={`/review/${year}/markdown${query}`} download className={buttonClasses('secondary')}>
        Download Markdown
      </a>
      <a href={`/review/${year}/json${query}`} download className={buttonClasses('secondary')}>
        Download JSON
      </a>
      <label htmlFor={id} className="flex min-h-11 items-center gap-2 text-sm">
        <input
          id={id}
          type="checkbox"
          checked={withPay}
          onChange={(event) => setWithPay(event.target.checked)}
          className="h-5 w-5 accent-brand-700"
        />
        Include pay in downloads
      </label>
    </div>
  );
}
