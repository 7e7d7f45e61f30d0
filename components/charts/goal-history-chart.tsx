'use client';

import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export type GoalHistoryPoint = { weekStart: string; label: string; value: number };

/** The weekly values of one goal as a line; the page shows the same data as a table. */
export function GoalHistoryChart({ points, target, unit, summary }: { points: GoalHistoryPoint[]; target: number | null; unit: string; summary: string }) {
  return (
    <figure className="h-64 w-full" role="img" aria-label={summary}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" className="stroke-slate-200 dark:stroke-slate-700" />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} className="fill-slate-600 dark:fill-slate-400" minTickGap={24} />
          <YAxis tick={{ fontSize: 12 }} width={48} className="fill-slate-600 dark:fill-slate-400" />
          <Tooltip formatter={(value) => [`${String(value)}${unit ? ` ${unit}` : ''}`, 'Value']} labelClassName="text-slate-900" />
          {target !== null && <ReferenceLine y={target} strokeDasharray="6 3" className="stroke-emerald-600" label={{ value: 'Target', position: 'insideTopRight', fontSize: 12 }} />}
          <Line type="monotone" dataKey="value" stroke="currentColor" className="text-brand-700 dark:text-brand-300" strokeWidth={2} dot={points.length < 30} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
