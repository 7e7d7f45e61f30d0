'use client';

import { useId, useState } from 'react';
import { buttonClasses } from '@/components/ui/button-classes';
import { includePayParam } from '@/lib/career/export-choices';

/** The JSON Resume download, private by default: pay goes in only when ticked for this download. */
export function ResumeDownload() {
  const [withPay, setWithPay] = useState(false);
  const id = useId();
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <a
        href={withPay ? `/career/resume.json?${includePayParam}=1` : '/career/resume.json'}
        download
        className={buttonClasses('secondary')}
      >
        Download as JSON Resume
      </a>
      <label htmlFor={id} className="flex min-h-11 items-center gap-2 text-sm">
        <input
          id={id}
          type="checkbox"
          checked={withPay}
          onChange={(event) => setWithPay(event.target.checked)}
          className="h-5 w-5 accent-brand-700"
        />
        Include pay
      </label>
    </div>
  );
}
