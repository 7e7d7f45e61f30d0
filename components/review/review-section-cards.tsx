'use client';

import { InAppLink } from '@/components/ui/in-app-link';
import { CardSection } from '@/components/ui/card';
import type { ReviewSection } from '@/lib/review/sections';

/** A review section as its card shows it, every text already written by the server. */
export type ReviewSectionCard = ReviewSection & {
  /** Spans both columns of the review's grid from lg up. */
  wide?: boolean;
  /** Items as a bulleted list with room between them (achievements, a sentence or more each). */
  bulleted?: boolean;
  /** A link under the items, into the app. */
  link?: { href: string; label: string };
};

const inlineLink = 'text-brand-700 underline dark:text-brand-300';

function Items({ items, none, bulleted }: { items: string[]; none: string; bulleted: boolean }) {
  if (items.length === 0) return none ? <p className="text-slate-600 dark:text-slate-400">{none}</p> : null;
  return (
    <ul className={bulleted ? 'list-disc space-y-2 pl-5' : 'space-y-1'}>
      {items.map((item, index) => (
        <li key={index} className="break-words">
          {item}
        </li>
      ))}
    </ul>
  );
}

/**
 * The yearly review's sections of text (what was achieved, learned, earned…). A client component although it
 * only draws: given its sections as data, the page's React payload carries their texts instead of their
 * markup (docs/performance.md, "Seventh round" and "Eighth round").
 */
export function ReviewSectionCards({ sections }: { sections: ReviewSectionCard[] }) {
  return sections.map((section) => {
    const card = (
      <CardSection key={section.id} id={section.id} title={section.title}>
        {section.lead && <p>{section.lead}</p>}
        <Items items={section.items} none={section.none ?? ''} bulleted={section.bulleted ?? false} />
        {section.link && (
          <p>
            <InAppLink href={section.link.href} className={inlineLink}>
              {section.link.label}
            </InAppLink>
          </p>
        )}
      </CardSection>
    );
    return section.wide ? (
      <div key={section.id} className="lg:col-span-2">
        {card}
      </div>
    ) : (
      card
    );
  });
}
