import { Area, AreaChart, CartesianGrid, ReferenceArea, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { oneDecimal } from '@/lib/format';
import { axisTicks, ChartCanvas, gridLines } from './chart-canvas';
import { beforeJoiningShade, markerStyles } from '../chart-legend';

export type TrajectoryChartPoint = { month: string; label: string; score: number } & Record<string, number | string>;
export type TrajectoryMarker = { month: string; label: string; kind: 'promotion' | 'certification' };
export type FactorSeries = { key: string; label: string; color: string };

/**
 * The index over time as stacked factor contributions, with markers at promotions and certifications and the
 * months before the user joined shaded. Its legend is HTML beside it (components/charts/chart-legend.tsx).
 */
export function TrajectoryChart({
  points,
  factors,
  markers,
  joinedMonth,
  locale,
}: {
  points: TrajectoryChartPoint[];
  factors: FactorSeries[];
  markers: TrajectoryMarker[];
  /** The month (YYYY-MM) the user joined, when the chart starts before it: the months up to it are shaded. */
  joinedMonth: string | null;
  /** The user's number locale, for the tooltip. */
  locale: string;
}) {
  const pointOf = (month: unknown) => points.find((point) => point.month === month);
  const firstMonth = points[0]?.month;
  return (
    <ChartCanvas>
      <AreaChart data={points} margin={{ top: 16, right: 16, bottom: 0, left: -16 }}>
        <CartesianGrid {...gridLines} />
        <XAxis
          dataKey="month"
          tickFormatter={(month: string) => pointOf(month)?.label ?? month}
          {...axisTicks}
          minTickGap={32}
        />
        <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} {...axisTicks} />
        <Tooltip
          formatter={(value, name) => [
            typeof value === 'number' ? oneDecimal(value, locale) : String(value),
            factors.find((factor) => factor.key === name)?.label ?? String(name),
          ]}
          // The month's total leads the parts that make it up.
          labelFormatter={(month) => {
            const point = pointOf(month);
            return point ? `${point.label}: index ${point.score}` : typeof month === 'string' ? month : '';
          }}
          labelStyle={{ fontWeight: 600 }}
          contentStyle={{ color: '#0f172a' }}
        />
        {factors.map((factor) => (
          <Area
            key={factor.key}
            type="monotone"
            dataKey={factor.key}
            stackId="index"
            stroke={factor.color}
            fill={factor.color}
            fillOpacity={0.55}
            isAnimationActive={false}
          />
        ))}
        {joinedMonth !== null && firstMonth !== undefined && firstMonth < joinedMonth && (
          <ReferenceArea
            x1={firstMonth}
            x2={joinedMonth}
            {...beforeJoiningShade}
            label={{
              value: 'Before you joined',
              position: 'insideTopLeft',
              fontSize: 12,
              // Recharts sets the label's fill inline; the theme's colour has to win over it.
              className: 'fill-slate-800! dark:fill-slate-100!',
            }}
          />
        )}
        {markers.map((marker) => (
          <ReferenceLine
            key={`${marker.kind}-${marker.month}-${marker.label}`}
            x={marker.month}
            stroke={markerStyles[marker.kind].fill}
            strokeDasharray="4 2"
            label={{
              value: markerStyles[marker.kind].symbol,
              position: 'top',
              fontSize: 12,
              fill: markerStyles[marker.kind].fill,
            }}
          />
        ))}
      </AreaChart>
    </ChartCanvas>
  );
}
