import type { CareerFacts } from '@/lib/trajectory/dashboard';
import { cardClasses } from '@/components/ui/card';
import { formatNumber } from '@/lib/format';
import { dateLabel } from '@/lib/dates/calendar';

type Props = {
  facts: CareerFacts;
  /** Distinct people with an interaction from the quarter's first day to today (lib/people/quarter.ts). */
  peopleMetThisQuarter: number;
  /** The user's number locale (lib/server/number-locale.ts). */
  locale: string;
};

export function CareerFactsSection({ facts, peopleMetThisQuarter, locale }: Props) {
  const items = [
    { label: 'Time in current role', value: facts.timeInCurrentRole ?? 'No current role' },
    { label: 'Since last promotion', value: facts.sinceLastPromotion ?? 'No promotion recorded' },
    { label: 'Training hours this year', value: formatNumber(facts.trainingHoursThisYear, locale) },
    { label: 'Certifications expiring in 90 days', value: formatNumber(facts.expiringSoon.length, locale) },
    { label: 'People you met with this quarter', value: formatNumber(peopleMetThisQuarter, locale) },
  ];
  return (
    <section aria-labelledby="facts-heading" className="space-y-3">
      <h2 id="facts-heading" className="text-lg font-semibold">
        Career at a glance
      </h2>
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-5">
        {items.map((item) => (
          <div key={item.label} className={cardClasses({ compact: true })}>
            <dt className="text-sm text-slate-600 dark:text-slate-400">{item.label}</dt>
            <dd className="mt-1 text-lg font-semibold">{item.value}</dd>
          </div>
        ))}
      </dl>
      {facts.expiringSoon.length > 0 && (
        <p className="text-sm text-amber-900 dark:text-amber-200">
          Renew soon:{' '}
          {facts.expiringSoon
            .map((certification) => `${certification.name} (expires ${dateLabel(certification.expiresOn ?? '')})`)
            .join(', ')}
          .
        </p>
      )}
    </section>
  );
}
