'use client';

import { buttonClasses } from '@/components/ui/button-classes';
import { formatRecoveryCode, recoveryCodesText } from '@/lib/auth/two-factor-code';
import { CopyButton } from './copy-button';

/** The recovery codes, shown once right after they are made (only their hashes are kept). */
export function RecoveryCodes({ codes, accountEmail }: { codes: string[]; accountEmail: string }) {
  const text = recoveryCodesText(codes, accountEmail);
  return (
    <section
      aria-labelledby="recovery-codes-heading"
      className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4 dark:border-amber-700 dark:bg-amber-950"
    >
      <h3 id="recovery-codes-heading" className="font-semibold">
        Your recovery codes
      </h3>
      <p className="text-sm">
        Each code signs you in once if you lose your phone. They are shown only now: copy or download them and keep them
        somewhere safe, apart from your phone.
      </p>
      <ul
        aria-label="Recovery codes"
        className="grid grid-cols-1 gap-1 font-mono text-base whitespace-nowrap sm:grid-cols-2"
      >
        {codes.map((code) => (
          <li key={code}>{formatRecoveryCode(code)}</li>
        ))}
      </ul>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <CopyButton text={text} label="Copy codes" copiedMessage="Recovery codes copied." />
        <a
          href={`data:text/plain;charset=utf-8,${encodeURIComponent(text)}`}
          download="trajectory-recovery-codes.txt"
          className={buttonClasses('secondary', 'w-full sm:w-auto')}
        >
          Download as .txt
        </a>
      </div>
    </section>
  );
}
