import { payOverTimeTable } from '@/components/career/pay-over-time-table';
import { CompensationChart } from '@/components/charts/lazy-charts';
import {
  ChartLegend,
  compensationLineColor,
  LineSwatch,
  markerStyles,
  SymbolMark,
} from '@/components/charts/chart-legend';
import { CardSection } from '@/components/ui/card';
import { TableDisclosure } from '@/components/ui/table-disclosure';
import type { CompensationSeries } from '@/lib/career/compensation';
import { dateLabel, parseIsoDate, type IsoDate } from '@/lib/dates/calendar';
import { formatMoney, formatMoneyChange } from '@/lib/format';

type Props = { series: CompensationSeries[]; locale: string; today: IsoDate };

function summaryOf({ currency, points }: CompensationSeries, locale: string): string {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return '';
  const promotions = points.filter((point) => point.promotion).length;
  return `Total yearly compensation in ${currency} from ${formatMoney(first.total, currency, locale)} on ${dateLabel(first.date)} to ${formatMoney(last.total, currency, locale)} from ${dateLabel(last.date)}.${promotions ? ` ▲ marks the change at ${promotions === 1 ? 'a promotion' : `${promotions} promotions`}.` : ''} The table below lists every change.`;
}

/** Total yearly compensation over time, one chart per currency (never converted), promotions marked. */
export function CompensationSection({ series, locale, today }: Props) {
  return (
    <CardSection
      id="compensation"
      title="Total yearly compensation"
      description="Base pay, bonus and equity vesting in the year, from your pay records. Private to you."
    >
      {series.map((one) => {
        const last = one.points.at(-1);
        // The last total holds until today: the line reaches the present.
        const chartPoints = [
          ...one.points,
          ...(last && last.date < today ? [{ ...last, date: today, promotion: null }] : []),
        ];
        return (
          <section key={one.currency} aria-label={`Compensation in ${one.currency}`} className="space-y-3">
            {series.length > 1 && <h3 className="font-semibold">In {one.currency}</h3>}
            {last && (
              <p>
                <span className="text-2xl font-bold">{formatMoney(last.total, one.currency, locale)}</span>{' '}
                <span className="text-slate-700 dark:text-slate-300">a year since {dateLabel(last.date)}</span>
              </p>
            )}
            <CompensationChart
              currency={one.currency}
              locale={locale}
              summary={summaryOf(one, locale)}
              points={chartPoints.map((point) => ({
                time: parseIsoDate(point.date).getTime(),
                label: dateLabel(point.date),
                total: point.total,
                promotion: point.promotion
                  ? `${point.promotion.title}${point.promotion.change === null ? '' : ` ${formatMoneyChange(point.promotion.change, one.currency, locale)}`}`
                  : null,
              }))}
            />
            <ChartLegend
              label={`Legend of the ${one.currency} chart`}
              items={[
                { key: 'total', label: 'Total a year', mark: <LineSwatch color={compensationLineColor} /> },
                ...(one.points.some((point) => point.promotion)
                  ? [
                      {
                        key: 'promotion',
                        label: 'Promotion: the change it brought',
                        mark: (
                          <SymbolMark symbol={markerStyles.promotion.symbol} className={markerStyles.promotion.text} />
                        ),
                      },
                    ]
                  : []),
              ]}
            />
            <TableDisclosure
              summary={`Show ${one.currency} compensation as a table`}
              table={payOverTimeTable(one, locale)}
            />
          </section>
        );
      })}
    </CardSection>
  );
}
