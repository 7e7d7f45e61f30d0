import type { ReactNode, Ref, ToggleEventHandler } from 'react';

/** Closed until asked for: the table alternative of a chart, for example. */
export function Disclosure({
  summary,
  children,
  ref,
  onToggle,
}: {
  summary: string;
  children: ReactNode;
  ref?: Ref<HTMLDetailsElement>;
  onToggle?: ToggleEventHandler<HTMLDetailsElement>;
}) {
  return (
    <details ref={ref} onToggle={onToggle} className="rounded-lg border border-slate-200 dark:border-slate-700">
      <summary className="min-h-11 cursor-pointer px-3 py-2 text-sm font-semibold">{summary}</summary>
      <div className="px-3 pb-3">{children}</div>
    </details>
  );
}
