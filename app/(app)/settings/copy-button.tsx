'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';

/** Copies `text` and says whether it worked, in a status line screen readers hear. */
export function CopyButton({ text, label, copiedMessage }: { text: string; label: string; copiedMessage: string }) {
  const [said, setSaid] = useState('');
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setSaid(copiedMessage);
    } catch {
      setSaid('Could not copy: select the text and copy it yourself.');
    }
  }
  return (
    <div className="space-y-1">
      <Button variant="secondary" onClick={() => void copy()} className="w-full sm:w-auto">
        {label}
      </Button>
      <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
        {said}
      </p>
    </div>
  );
}
