import { CartesianGrid, Line, LineChart, ReferenceDot, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMoney } from '@/lib/format';
import { axisTicks, ChartCanvas, gridLines } from './chart-canvas';
import { compensationLineColor, markerStyles } from '../chart-legend';

export type CompensationChartPoint = {
  /** Milliseconds since 1970 of the date the total applies from, for a time axis. */
  time: number;
  label: string;
  total: number;
  /** The promotion whose raise starts here, named, with its change already written out. */
  promotion: string | null;
};

const promotionColor = markerStyles.promotion.fill;

/** Total yearly compensation in one currency as steps over time; ▲ marks the change at a promotion. */
export function CompensationChart({
  points,
  currency,
  locale,
}: {
  points: CompensationChartPoint[];
  currency: string;
  locale: string;
}) {
  const money = (value: number) => formatMoney(value, currency, locale);
  const compact = new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact' });
  const shortMoney = (value: number) => compact.format(value);
  const labelOf = (time: unknown) => points.find((point) => point.time === time)?.label ?? '';
  return (
    <ChartCanvas>
      <LineChart data={points} margin={{ top: 20, right: 16, bottom: 0, left: 8 }}>
        <CartesianGrid {...gridLines} />
        <XAxis
          dataKey="time"
          type="number"
          scale="time"
          domain={['dataMin', 'dataMax']}
          tickFormatter={(time: number) =>
            new Date(time).toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' })
          }
          {...axisTicks}
          minTickGap={32}
        />
        <YAxis tickFormatter={shortMoney} width={64} {...axisTicks} />
        <Tooltip
          formatter={(value) => [typeof value === 'number' ? money(value) : String(value), 'Total a year']}
          labelFormatter={labelOf}
          contentStyle={{ color: '#0f172a' }}
        />
        <Line
          type="stepAfter"
          dataKey="total"
          stroke={compensationLineColor}
          strokeWidth={2}
          dot={{ r: 3 }}
          isAnimationActive={false}
        />
        {points
          .filter((point) => point.promotion)
          .map((point) => (
            <ReferenceDot
              key={point.time}
              x={point.time}
              y={point.total}
              r={6}
              fill={promotionColor}
              stroke="white"
              label={{ value: markerStyles.promotion.symbol, position: 'top', fill: promotionColor, fontSize: 12 }}
            />
          ))}
      </LineChart>
    </ChartCanvas>
  );
}
