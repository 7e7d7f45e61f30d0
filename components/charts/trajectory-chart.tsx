'use client';

import { Area, AreaChart, CartesianGrid, Legend, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { oneDecimal } from '@/lib/format';
import { axisTicks, ChartFrame, gridLines } from './chart-frame';

export type TrajectoryChartPoint = { month: string; label: string; score: number } & Record<string, number | string>;
export type TrajectoryMarker = { month: string; label: string; kind: 'promotion' | 'certification' };
export type FactorSeries = { key: string; label: string; color: string };

/** The index over time as stacked factor contributions, with markers at promotions and certifications. */
export function TrajectoryChart({
  points,
  factors,
  markers,
  summary,
  locale,
}: {
  points: TrajectoryChartPoint[];
  factors: FactorSeries[];
  markers: TrajectoryMarker[];
  summary: string;
  /** The user's number locale, for the tooltip. */
  locale: string;
}) {
  return (
    <ChartFrame summary={summary} className="h-80">
      <AreaChart data={points} margin={{ top: 16, right: 16, bottom: 0, left: -16 }}>
        <CartesianGrid {...gridLines} />
        <XAxis
          dataKey="month"
          tickFormatter={(month: string) => points.find((point) => point.month === month)?.label ?? month}
          {...axisTicks}
          minTickGap={32}
        />
        <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} {...axisTicks} />
        <Tooltip
          formatter={(value, name) => [
            typeof value === 'number' ? oneDecimal(value, locale) : String(value),
            factors.find((factor) => factor.key === name)?.label ?? String(name),
          ]}
          labelFormatter={(month) =>
            points.find((point) => point.month === month)?.label ?? (typeof month === 'string' ? month : '')
          }
          contentStyle={{ color: '#0f172a' }}
        />
        <Legend
          formatter={(key: string) => (
            <span className="text-slate-700 dark:text-slate-300">
              {factors.find((factor) => factor.key === key)?.label ?? key}
            </span>
          )}
          wrapperStyle={{ fontSize: 12 }}
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
        {markers.map((marker) => (
          <ReferenceLine
            key={`${marker.kind}-${marker.month}-${marker.label}`}
            x={marker.month}
            stroke={marker.kind === 'promotion' ? '#059669' : '#d97706'}
            strokeDasharray="4 2"
            label={{
              value: marker.kind === 'promotion' ? '▲' : '★',
              position: 'top',
              fontSize: 12,
              fill: marker.kind === 'promotion' ? '#059669' : '#d97706',
            }}
          />
        ))}
      </AreaChart>
    </ChartFrame>
  );
}
