import { BalanceChart } from '@/components/charts/lazy-charts';
import { CardSection } from '@/components/ui/card';
import { TableDisclosure } from '@/components/ui/table-disclosure';
import { oneDecimal } from '@/lib/format';
import type { BalancePoint } from '@/lib/weekly/balance';

const hoursText = (hours: number | null, locale: string) => (hours === null ? '—' : `${oneDecimal(hours, locale)} h`);
const ratingText = (rating: number | null, locale: string) => (rating === null ? '—' : oneDecimal(rating, locale));

function balanceSummary(points: BalancePoint[], locale: string): string {
  const first = points[0];
  const last = points.at(-1);
  const from = (pick: (point: BalancePoint) => number | null, what: string, unit: string) => {
    const values = points.flatMap((point) => {
      const value = pick(point);
      return value === null ? [] : [`${oneDecimal(value, locale)}${unit}`];
    });
    return values.length > 0 ? `${what} from ${values[0]} to ${values.at(-1)}.` : `No ${what.toLowerCase()} recorded.`;
  };
  return [
    `Monthly mean hours worked a week, work-life balance and purpose alignment, ${first?.label ?? ''} to ${last?.label ?? ''}.`,
    from((point) => point.hours, 'Hours a week', ' h'),
    from((point) => point.balance, 'Balance', ' out of 5'),
    from((point) => point.alignment, 'Alignment', ' out of 5'),
  ].join(' ');
}

/** Hours worked and the balance rating by month, beside purpose alignment, with a table alternative. */
export function BalanceCard({ points, locale }: { points: BalancePoint[]; locale: string }) {
  return (
    <CardSection id="balance" title="Work-life balance beside purpose">
      {points.length < 2 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {points[0]
            ? `${points[0].label}: ${hoursText(points[0].hours, locale)} a week, balance ${ratingText(points[0].balance, locale)} out of 5. The trend appears from your second month.`
            : 'Record the hours you worked and rate the balance of your week in the weekly update to see them here beside your purpose alignment.'}
        </p>
      ) : (
        <>
          <BalanceChart points={points} summary={balanceSummary(points, locale)} locale={locale} />
          <TableDisclosure
            summary="Show as a table"
            table={{
              caption: 'Mean hours worked a week, balance and alignment by month',
              columns: ['Month', 'Hours a week', 'Balance (1–5)', 'Alignment (1–5)'],
              rows: points.map((point) => ({
                key: point.month,
                header: point.label,
                cells: [
                  hoursText(point.hours, locale),
                  ratingText(point.balance, locale),
                  oneDecimal(point.alignment, locale),
                ],
              })),
            }}
          />
        </>
      )}
    </CardSection>
  );
}
