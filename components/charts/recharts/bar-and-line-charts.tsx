import type { PurposeAndProgressPoint, SkillComparison } from '@/lib/trajectory/dashboard';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { oneDecimal, withUnit } from '@/lib/format';
import { axisTicks, ChartCanvas, gridLines } from './chart-canvas';

/** Monthly mean alignment (1–5, left axis) beside mean goal progress (0–100 %, right axis). */
export function PurposeAndProgressChart({ points, locale }: { points: PurposeAndProgressPoint[]; locale: string }) {
  return (
    <ChartCanvas>
      <LineChart data={points} margin={{ top: 8, right: 0, bottom: 0, left: -24 }}>
        <CartesianGrid {...gridLines} />
        <XAxis dataKey="label" {...axisTicks} minTickGap={32} />
        <YAxis yAxisId="alignment" domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} {...axisTicks} />
        <YAxis
          yAxisId="progress"
          orientation="right"
          domain={[0, 100]}
          ticks={[0, 50, 100]}
          unit="%"
          width={48}
          {...axisTicks}
        />
        <Tooltip
          contentStyle={{ color: '#0f172a' }}
          formatter={(value, name) => {
            if (name === 'progress')
              return [typeof value === 'number' ? withUnit(value, '%', locale) : String(value), 'Goal progress'];
            return [typeof value === 'number' ? oneDecimal(value, locale) : String(value), 'Alignment'];
          }}
        />
        <Legend
          formatter={(key: string) => (
            <span className="text-slate-700 dark:text-slate-300">
              {key === 'progress' ? 'Goal progress (%)' : 'Alignment (1–5)'}
            </span>
          )}
          wrapperStyle={{ fontSize: 12 }}
        />
        <Line
          yAxisId="alignment"
          type="monotone"
          dataKey="alignment"
          stroke="#db2777"
          strokeWidth={2}
          dot={false}
          connectNulls
          isAnimationActive={false}
        />
        <Line
          yAxisId="progress"
          type="monotone"
          dataKey="progress"
          stroke="#0891b2"
          strokeWidth={2}
          strokeDasharray="6 3"
          dot={false}
          connectNulls
          isAnimationActive={false}
        />
      </LineChart>
    </ChartCanvas>
  );
}

/** Each skill's level now beside its level a year ago. */
export function SkillsComparisonChart({ skills }: { skills: SkillComparison[] }) {
  return (
    <ChartCanvas>
      <BarChart data={skills} layout="vertical" margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
        <CartesianGrid {...gridLines} />
        <XAxis type="number" domain={[0, 5]} ticks={[0, 1, 2, 3, 4, 5]} {...axisTicks} />
        <YAxis type="category" dataKey="name" width={120} {...axisTicks} />
        <Tooltip contentStyle={{ color: '#0f172a' }} />
        <Legend
          formatter={(key: string) => (
            <span className="text-slate-700 dark:text-slate-300">{key === 'now' ? 'Now' : 'A year ago'}</span>
          )}
          wrapperStyle={{ fontSize: 12 }}
        />
        <Bar dataKey="yearAgo" fill="#94a3b8" isAnimationActive={false} />
        <Bar dataKey="now" fill="#0891b2" isAnimationActive={false} />
      </BarChart>
    </ChartCanvas>
  );
}

export type IndexPoint = { month: string; label: string; score: number };

/** The trajectory index by month on its 0–100 scale (the yearly review). */
export function IndexLineChart({ points }: { points: IndexPoint[] }) {
  return (
    <ChartCanvas>
      <LineChart data={points} margin={{ top: 8, right: 16, bottom: 0, left: -24 }}>
        <CartesianGrid {...gridLines} />
        <XAxis dataKey="label" {...axisTicks} minTickGap={32} />
        <YAxis domain={[0, 100]} ticks={[0, 50, 100]} {...axisTicks} />
        <Tooltip contentStyle={{ color: '#0f172a' }} formatter={(value) => [String(value), 'Index']} />
        <Line type="monotone" dataKey="score" stroke="#0891b2" strokeWidth={2} dot={false} isAnimationActive={false} />
      </LineChart>
    </ChartCanvas>
  );
}
