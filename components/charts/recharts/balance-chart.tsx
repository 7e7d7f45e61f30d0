import type { BalancePoint } from '@/lib/weekly/balance';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { oneDecimal } from '@/lib/format';
import { axisTicks, ChartCanvas, gridLines } from './chart-canvas';

const seriesNames: Record<string, string> = {
  hours: 'Hours a week',
  balance: 'Balance (1–5)',
  alignment: 'Alignment (1–5)',
};

/** Monthly mean hours worked (bars, right axis) under mean balance and purpose alignment (lines, 1–5, left axis). */
export function BalanceChart({ points, locale }: { points: BalancePoint[]; locale: string }) {
  // A round top (40, 50, 60 … hours) halved for the middle tick.
  const topHours = Math.ceil(Math.max(40, ...points.map((point) => point.hours ?? 0)) / 10) * 10;
  return (
    <ChartCanvas>
      <ComposedChart data={points} margin={{ top: 8, right: 0, bottom: 0, left: -24 }}>
        <CartesianGrid {...gridLines} />
        <XAxis dataKey="label" {...axisTicks} minTickGap={32} />
        <YAxis yAxisId="rating" domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} {...axisTicks} />
        <YAxis
          yAxisId="hours"
          orientation="right"
          domain={[0, topHours]}
          ticks={[0, topHours / 2, topHours]}
          unit=" h"
          width={52}
          {...axisTicks}
        />
        <Tooltip
          contentStyle={{ color: '#0f172a' }}
          formatter={(value, name) => [
            typeof value === 'number' ? oneDecimal(value, locale) : String(value),
            seriesNames[String(name)] ?? String(name),
          ]}
        />
        <Legend
          formatter={(key: string) => (
            <span className="text-slate-700 dark:text-slate-300">{seriesNames[key] ?? key}</span>
          )}
          wrapperStyle={{ fontSize: 12 }}
        />
        {/* Half-transparent slate reads as a quiet background in light and dark alike. */}
        <Bar yAxisId="hours" dataKey="hours" fill="#94a3b8" fillOpacity={0.5} isAnimationActive={false} />
        <Line
          yAxisId="rating"
          type="monotone"
          dataKey="balance"
          stroke="#16a34a"
          strokeWidth={2}
          dot={false}
          connectNulls
          isAnimationActive={false}
        />
        <Line
          yAxisId="rating"
          type="monotone"
          dataKey="alignment"
          stroke="#db2777"
          strokeWidth={2}
          strokeDasharray="6 3"
          dot={false}
          connectNulls
          isAnimationActive={false}
        />
      </ComposedChart>
    </ChartCanvas>
  );
}
