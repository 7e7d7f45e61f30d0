import { InAppLink } from '@/components/ui/in-app-link';

/** A page above the current one: where its link goes and what the link says. */
export type Crumb = { href: string; label: string };

/**
 * The way back from a page outside the main navigation (an entry, a form that adds one, the timeline):
 * the pages above it, from the top, as links in a navigation landmark named "Breadcrumb". The arrow and
 * separators are drawn, not read: each link's name is its page's name.
 */
export function Breadcrumb({ trail }: { trail: readonly Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm">
      <ol className="flex flex-wrap items-center gap-x-1.5">
        <li aria-hidden="true" className="text-slate-500 dark:text-slate-400">
          ←
        </li>
        {trail.map((crumb, index) => (
          <li key={crumb.href} className="flex min-w-0 items-center gap-x-1.5">
            {index > 0 && (
              <span aria-hidden="true" className="text-slate-500 dark:text-slate-400">
                /
              </span>
            )}
            <InAppLink
              href={crumb.href}
              className="inline-flex min-h-11 min-w-0 items-center break-words text-brand-700 underline dark:text-brand-300"
            >
              {crumb.label}
            </InAppLink>
          </li>
        ))}
      </ol>
    </nav>
  );
}
