'use client';

import { InAppLink } from '@/components/ui/in-app-link';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { cardClasses } from '@/components/ui/card';

/** One entry of the career record as its card shows it, every text already written by the server. */
export type EntryCard = {
  id: string;
  href: string;
  title: string;
  badges: { label: string; tone?: BadgeTone }[];
  /** Badges before the title (a kind, as education's) rather than after it. */
  badgesFirst?: boolean;
  /** The title at the start of its row and the badges at its end. */
  spread?: boolean;
  lines: { text: string; tone: 'body' | 'muted' | 'plain' }[];
  /** A link out of the app (a certification's credential), opened in a new tab. */
  externalLink?: { href: string; label: string; detail: string };
};

const card = cardClasses({ compact: true });
const lineTones = {
  body: 'text-sm text-slate-700 dark:text-slate-300',
  muted: 'text-sm text-slate-600 dark:text-slate-400',
  plain: 'text-sm',
};

/**
 * The cards of one part of the Career page. A client component although it only draws: given its entries as
 * data, the page's React payload carries their texts instead of their markup (docs/performance.md, "Seventh
 * round").
 */
export function EntryCards({ entries, className }: { entries: EntryCard[]; className: string }) {
  return (
    <ul className={className}>
      {entries.map((entry) => {
        const badges = entry.badges.map((badge) => (
          <Badge key={badge.label} tone={badge.tone}>
            {badge.label}
          </Badge>
        ));
        return (
          <li key={entry.id} className={card}>
            <div className={`flex flex-wrap items-center gap-2${entry.spread ? ' justify-between' : ''}`}>
              {entry.badgesFirst && badges}
              <h3 className="min-w-0 font-semibold">
                <InAppLink href={entry.href} className="hover:underline">
                  {entry.title}
                </InAppLink>
              </h3>
              {!entry.badgesFirst && badges}
            </div>
            {entry.lines.map((line, index) => (
              <p key={index} className={`${index === 0 ? 'mt-1 ' : ''}${lineTones[line.tone]}`}>
                {line.text}
              </p>
            ))}
            {entry.externalLink && (
              <a
                href={entry.externalLink.href}
                rel="noopener noreferrer nofollow"
                target="_blank"
                className="text-sm font-semibold text-brand-700 underline dark:text-brand-300"
              >
                {entry.externalLink.label}
                <span className="sr-only"> {entry.externalLink.detail}</span>
              </a>
            )}
          </li>
        );
      })}
    </ul>
  );
}
