import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { withUnit } from '@/lib/format';
import { axisTicks, ChartCanvas, gridLines } from './chart-canvas';

export type GoalHistoryPoint = { weekStart: string; label: string; value: number };

/** The weekly values of one goal as a line; the page shows the same data as a table. */
export function GoalHistoryChart({
  points,
  target,
  unit,
  locale,
}: {
  points: GoalHistoryPoint[];
  target: number | null;
  unit: string;
  /** The user's number locale, for the tooltip. */
  locale: string;
}) {
  return (
    <ChartCanvas>
      <LineChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid {...gridLines} />
        <XAxis dataKey="label" {...axisTicks} minTickGap={24} />
        <YAxis tick={{ fontSize: 12 }} width={48} className="fill-slate-600 dark:fill-slate-400" />
        <Tooltip
          formatter={(value) => [typeof value === 'number' ? withUnit(value, unit, locale) : String(value), 'Value']}
          labelClassName="text-slate-900"
        />
        {target !== null && (
          <ReferenceLine
            y={target}
            strokeDasharray="6 3"
            className="stroke-emerald-600"
            label={{ value: 'Target', position: 'insideTopRight', fontSize: 12 }}
          />
        )}
        <Line
          type="monotone"
          dataKey="value"
          stroke="currentColor"
          className="text-brand-700 dark:text-brand-300"
          strokeWidth={2}
          dot={points.length < 30}
          isAnimationActive={false}
        />
      </LineChart>
    </ChartCanvas>
  );
}
