import Link from 'next/link';

export type LinkChoice = { href: string; label: string; current: boolean };

/** A row of links of which one is the current view (a chart's range, a review's year), marked for screen readers too. */
export function ChoiceLinks({ label, choices }: { label: string; choices: LinkChoice[] }) {
  return (
    <nav aria-label={label} className="flex flex-wrap gap-1">
      {choices.map((choice) => (
        <Link
          key={choice.href}
          href={choice.href}
          aria-current={choice.current ? 'page' : undefined}
          className={`flex min-h-11 items-center rounded-lg border px-3 text-sm font-medium ${choice.current ? 'border-brand-700 bg-brand-700 text-white dark:border-brand-400 dark:bg-brand-400 dark:text-slate-950' : 'border-slate-300 dark:border-slate-600'}`}
        >
          {choice.label}
        </Link>
      ))}
    </nav>
  );
}
