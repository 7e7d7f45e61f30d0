import { PlainDataTable, type PlainTable } from '@/components/ui/plain-table';
import type { CompensationSeries } from '@/lib/career/compensation';
import { dateLabel } from '@/lib/dates/calendar';
import { formatMoney, formatMoneyChange } from '@/lib/format';

/** One currency's total yearly compensation at each change, oldest first, with the raise at each promotion. */
export function PayOverTimeTable({ series, locale }: { series: CompensationSeries; locale: string }) {
  return <PlainDataTable table={payOverTimeTable(series, locale)} />;
}

/** The same table as plain data, for a chart's table alternative (components/ui/table-disclosure.tsx). */
export function payOverTimeTable(series: CompensationSeries, locale: string): PlainTable {
  return {
    caption: `Total yearly compensation in ${series.currency}, at each change`,
    columns: ['From', 'Total a year', 'Change', 'Promotion'],
    rows: series.points.map((point, index) => {
      const previous = series.points[index - 1];
      return {
        key: point.date,
        header: dateLabel(point.date),
        cells: [
          formatMoney(point.total, series.currency, locale),
          previous ? formatMoneyChange(point.total - previous.total, series.currency, locale) : '—',
          point.promotion
            ? `${point.promotion.title}${point.promotion.change === null ? '' : ` (${formatMoneyChange(point.promotion.change, series.currency, locale)})`}`
            : '',
        ],
      };
    }),
  };
}
