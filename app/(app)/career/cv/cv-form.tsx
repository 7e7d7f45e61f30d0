'use client';

import { useState, type FormEvent } from 'react';
import { buttonClasses } from '@/components/ui/button-classes';
import { TextareaField } from '@/components/ui/textarea-field';
import { maxCvProfileLength } from '@/lib/career/cv-limits';

type SectionChoice = { id: string; label: string; count: number };

/**
 * The CV's choices: sections to include and an optional profile. Sent to the PDF route, which checks them
 * again; while the server draws the PDF the form says so, and a refusal's sentence is shown here.
 */
export function CvForm({ sections, defaultName }: { sections: SectionChoice[]; defaultName: string }) {
  const [state, setState] = useState<{ kind: 'idle' | 'preparing' } | { kind: 'failed'; message: string }>({
    kind: 'idle',
  });
  async function download(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setState({ kind: 'preparing' });
    try {
      const response = await fetch('/career/cv/pdf', { method: 'POST', body: new FormData(event.currentTarget) });
      if (response.status === 400) return setState({ kind: 'failed', message: await response.text() });
      if (!response.ok) throw new Error(String(response.status));
      const url = URL.createObjectURL(await response.blob());
      const link = Object.assign(document.createElement('a'), { href: url, download: 'cv.pdf' });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setState({ kind: 'idle' });
    } catch {
      setState({ kind: 'failed', message: 'The CV could not be made. Please try again.' });
    }
  }
  const preparing = state.kind === 'preparing';
  return (
    <form action="/career/cv/pdf" method="post" onSubmit={(event) => void download(event)} className="space-y-6">
      <fieldset>
        <legend className="mb-2 font-semibold">Sections to include</legend>
        <ul className="space-y-1">
          {sections.map((section) => (
            <li key={section.id}>
              <label className="flex min-h-11 items-center gap-2">
                <input
                  type="checkbox"
                  name="section"
                  value={section.id}
                  defaultChecked={section.count > 0}
                  className="h-5 w-5 accent-brand-700"
                />
                {section.label}
                <span className="text-sm text-slate-600 dark:text-slate-400">
                  ({section.count === 0 ? 'none recorded' : section.count})
                </span>
              </label>
            </li>
          ))}
        </ul>
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
          Positions list their dates, employer, level, type of employment and achievements.
        </p>
        <label className="mt-2 flex min-h-11 items-center gap-2">
          <input type="checkbox" name="pay" value="1" className="h-5 w-5 accent-brand-700" />
          Include my pay under each position
        </label>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Pay is private: it is left out unless you tick this for the CV you download now.
        </p>
      </fieldset>
      <TextareaField
        name="profile"
        label="Profile (optional)"
        hint={`A few lines under your name (${defaultName}): who you are and what you are looking for. At most ${maxCvProfileLength} characters.`}
        maxLength={maxCvProfileLength}
        rows={4}
      />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={preparing} aria-disabled={preparing} className={buttonClasses('primary')}>
          {preparing ? 'Preparing PDF…' : 'Download CV (PDF)'}
        </button>
        <span role="status" className="text-sm text-slate-700 dark:text-slate-300">
          {preparing ? 'Drawing your CV as a PDF…' : state.kind === 'failed' ? state.message : ''}
        </span>
      </div>
    </form>
  );
}
