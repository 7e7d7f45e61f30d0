import type { Metadata } from 'next';
import { InAppLink } from '@/components/ui/in-app-link';
import { Badge } from '@/components/ui/badge';
import { buttonClasses } from '@/components/ui/button-classes';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { careerCrumb } from '@/components/career/entry-frames';
import { PageHeader } from '@/components/ui/page-header';
import { listPayRecords } from '@/db/queries/career/pay-records';
import { listPositions } from '@/db/queries/career/positions';
import { positionPayLine } from '@/lib/career/compensation-text';
import { period } from '@/lib/career/periods';
import { requestNumberLocale } from '@/lib/server/number-locale';
import { requireUserId } from '@/lib/server/auth/session';
import { employmentTypeLabels, howReachedLabels, payBasisLabels } from '@/lib/career/vocabulary';
import { dateLabel } from '@/lib/dates/calendar';

export const metadata: Metadata = { title: 'Positions timeline' };

export default async function TimelinePage() {
  const userId = await requireUserId();
  const [positions, pay, locale] = await Promise.all([
    listPositions(userId),
    listPayRecords(userId),
    requestNumberLocale(),
  ]);
  return (
    <>
      <PageHeader
        trail={[careerCrumb('positions')]}
        title="Positions timeline"
        description="Your path, newest role first."
      />
      {positions.length === 0 ? (
        <EmptyState
          title="No positions yet"
          action={
            <InAppLink href="/career/positions/new" className={buttonClasses('primary')}>
              Add a position
            </InAppLink>
          }
        >
          <p>Add your roles, current and past, to see your path and its promotions.</p>
        </EmptyState>
      ) : (
        <ol
          aria-label="Positions, newest first"
          className="relative space-y-6 border-l-2 border-slate-300 pl-6 dark:border-slate-700"
        >
          {positions.map((position) => {
            const package_ = [
              payBasisLabels[position.payBasis],
              position.hasBonus && 'bonus',
              position.hasStockOptions && 'stock options',
              position.hasBenefits && 'benefits',
            ]
              .filter(Boolean)
              .join(', ');
            const payLine = positionPayLine(position, positions, pay, locale);
            return (
              <li key={position.id} className="relative">
                <span
                  aria-hidden="true"
                  className={`absolute -left-[33px] top-1.5 h-4 w-4 rounded-full border-2 border-white dark:border-slate-950 ${position.howReached === 'promotion' ? 'bg-emerald-600' : 'bg-brand-700 dark:bg-brand-400'}`}
                />
                <Card as="article" compact>
                  <p className="text-sm text-slate-600 dark:text-slate-400">
                    {period(position.startedOn, position.endedOn, 'now', dateLabel)}
                  </p>
                  <h2 className="mt-1 flex flex-wrap items-center gap-2 text-lg font-semibold">
                    <InAppLink href={`/career/positions/${position.id}`} className="hover:underline">
                      {position.title}
                    </InAppLink>
                    {position.howReached === 'promotion' && <Badge tone="success">Promotion</Badge>}
                    {position.endedOn === null && <Badge tone="brand">Current</Badge>}
                  </h2>
                  <p className="text-slate-700 dark:text-slate-300">
                    {position.employer}
                    {position.level ? ` · ${position.level}` : ''}
                  </p>
                  <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
                    {howReachedLabels[position.howReached]} · {employmentTypeLabels[position.employmentType]} ·{' '}
                    {package_}
                  </p>
                  {payLine && <p className="mt-1 text-sm font-medium">{payLine}</p>}
                </Card>
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}
