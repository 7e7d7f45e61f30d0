import type { HTMLAttributes, ReactNode } from 'react';

export type CardTone = 'plain' | 'attention' | 'danger';

/**
 * The look of a card, for elements that are not a plain container (a filter form): the `card` classes
 * (app/globals.css), since a page holds a card for every record. Tones: `attention` asks for something now
 * (an update that is due), `danger` holds what cannot be undone. `compact` is for cards in a grid (goal cards,
 * figures); the roomy default gives sections and forms more air from sm up.
 */
export function cardClasses(
  { tone = 'plain', compact = false }: { tone?: CardTone; compact?: boolean } = {},
  extra = '',
) {
  return ['card', compact && 'card-compact', tone !== 'plain' && `card-${tone}`, extra].filter(Boolean).join(' ');
}

type CardProps = HTMLAttributes<HTMLElement> & {
  as?: 'div' | 'section' | 'article';
  tone?: CardTone;
  compact?: boolean;
};

export function Card({ as: Element = 'div', tone, compact, className = '', ...props }: CardProps) {
  return <Element className={cardClasses({ tone, compact }, className)} {...props} />;
}

type CardSectionProps = {
  /** Names the heading `${id}-heading`, which labels the section (a landmark region). */
  id: string;
  title: string;
  /** A line under the title. */
  description?: ReactNode;
  /** Beside the title from sm up, under it on phones: links or buttons that act on the whole section. */
  aside?: ReactNode;
  tone?: CardTone;
  className?: string;
  children: ReactNode;
};

/** A card that is a titled section of its page. */
export function CardSection({ id, title, description, aside, tone, className = '', children }: CardSectionProps) {
  const heading = (
    <h2 id={`${id}-heading`} className="text-lg font-semibold">
      {title}
    </h2>
  );
  return (
    <Card as="section" aria-labelledby={`${id}-heading`} tone={tone} className={`space-y-4 ${className}`}>
      {description || aside ? (
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div>
            {heading}
            {description && <p className="text-sm text-slate-600 dark:text-slate-400">{description}</p>}
          </div>
          {aside}
        </div>
      ) : (
        heading
      )}
      {children}
    </Card>
  );
}
