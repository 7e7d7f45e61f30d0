import { InAppLink } from '@/components/ui/in-app-link';

export type LinkChoice = { href: string; label: string; current: boolean };

/**
 * A row of links of which one is the current view (a chart's range, a review's year), marked for screen readers
 * too; drawn by the `choice-links` class (app/globals.css), the current one by its `aria-current`.
 */
export function ChoiceLinks({ label, choices }: { label: string; choices: LinkChoice[] }) {
  return (
    <nav aria-label={label} className="choice-links">
      {choices.map((choice) => (
        <InAppLink key={choice.href} href={choice.href} aria-current={choice.current ? 'page' : undefined}>
          {choice.label}
        </InAppLink>
      ))}
    </nav>
  );
}
