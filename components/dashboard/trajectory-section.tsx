import Link from 'next/link';
import { TrajectoryChart, type TrajectoryMarker } from '@/components/charts/trajectory-chart';
import type { DashboardRange } from '@/lib/trajectory/dashboard';
import type { TrajectoryPoint } from '@/lib/trajectory/trajectory-index';
import { monthLabel } from '@/lib/dates/calendar';

const factorColors: Record<string, string> = {
  horizon: '#0e7490',
  learning: '#6366f1',
  credentials: '#d97706',
  advancement: '#059669',
  consistency: '#0284c7',
  purpose: '#db2777',
};

const rangeLabels: Record<DashboardRange, string> = { '12m': 'Last 12 months', '3y': '3 years', all: 'All' };


type Props = { series: TrajectoryPoint[]; markers: TrajectoryMarker[]; range: DashboardRange; change: number | null };

export function TrajectorySection({ series, markers, range, change }: Props) {
  const latest = series.at(-1);
  return (
    <section aria-labelledby="index-heading" className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 sm:p-6 dark:border-slate-800 dark:bg-slate-900">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id="index-heading" className="text-lg font-semibold">
            Trajectory index
          </h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">0 is a job, 100 a career. A mirror of what you have recorded, not a judgement.</p>
        </div>
        <nav aria-label="Chart range" className="flex flex-wrap gap-1">
          {(Object.keys(rangeLabels) as DashboardRange[]).map((option) => (
            <Link
              key={option}
              href={option === '12m' ? '/dashboard' : `/dashboard?range=${option}`}
              aria-current={option === range ? 'page' : undefined}
              className={`flex min-h-11 items-center rounded-lg border px-3 text-sm font-medium ${option === range ? 'border-brand-700 bg-brand-700 text-white dark:border-brand-400 dark:bg-brand-400 dark:text-slate-950' : 'border-slate-300 dark:border-slate-600'}`}
            >
              {rangeLabels[option]}
            </Link>
          ))}
        </nav>
      </div>

      {!latest ? (
        <p className="text-slate-600 dark:text-slate-400">
          Not enough data yet. Add a goal or your current role and the index starts from that month.
        </p>
      ) : (
        <>
          <p className="flex flex-wrap items-baseline gap-x-3">
            <span className="text-4xl font-bold">{latest.score}</span>
            <span className="text-slate-700 dark:text-slate-300">
              in {monthLabel(latest.monthEnd)}
              {change !== null && ` · ${change > 0 ? '+' : ''}${change} over 12 months`}
            </span>
          </p>
          {series.length < 2 ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">The chart draws your path from your second month here; this is where it starts.</p>
          ) : (
            <TrajectoryChart
              points={series.map((point) => ({
                month: point.monthEnd.slice(0, 7),
                label: monthLabel(point.monthEnd),
                score: point.score,
                ...Object.fromEntries(point.factors.map((factor) => [factor.key, Math.round(factor.contribution * 10) / 10])),
              }))}
              factors={latest.factors.map((factor) => ({ key: factor.key, label: factor.label, color: factorColors[factor.key] ?? '#64748b' }))}
              markers={markers}
              summary={`Trajectory index from ${series[0]?.score ?? 0} in ${monthLabel(series[0]?.monthEnd ?? latest.monthEnd)} to ${latest.score} in ${monthLabel(latest.monthEnd)}. ▲ marks a promotion, ★ a certification. The table below lists every month.`}
            />
          )}
          <h3 className="font-semibold">What makes up {latest.score}</h3>
          <ul className="grid grid-cols-1 gap-2 sm:grid-cols-2">
            {latest.factors.map((factor) => (
              <li key={factor.key} className="flex items-center justify-between gap-2 rounded-lg bg-slate-50 px-3 py-2 text-sm dark:bg-slate-800">
                <span className="flex items-center gap-2">
                  <span aria-hidden="true" className="h-3 w-3 rounded-sm" style={{ backgroundColor: factorColors[factor.key] }} />
                  {factor.label}
                </span>
                <span>
                  <strong>{factor.contribution.toFixed(1)}</strong> of {factor.weight}
                </span>
              </li>
            ))}
          </ul>
          <details className="rounded-lg border border-slate-200 dark:border-slate-700">
            <summary className="min-h-11 cursor-pointer px-3 py-2 text-sm font-semibold">Show the index as a table</summary>
            <div className="max-h-96 overflow-auto px-3 pb-3" tabIndex={0} role="region" aria-label="Trajectory index table">
              <table className="w-full text-left text-sm">
                <caption className="sr-only">Trajectory index by month, with each factor’s contribution</caption>
                <thead className="sticky top-0 bg-white dark:bg-slate-900">
                  <tr className="border-b border-slate-200 dark:border-slate-700">
                    <th scope="col" className="py-2 pr-3">Month</th>
                    <th scope="col" className="py-2 pr-3">Index</th>
                    {latest.factors.map((factor) => (
                      <th key={factor.key} scope="col" className="py-2 pr-3">
                        {factor.label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {[...series].reverse().map((point) => (
                    <tr key={point.monthEnd} className="border-b border-slate-100 dark:border-slate-800">
                      <th scope="row" className="py-1.5 pr-3 font-normal whitespace-nowrap">{monthLabel(point.monthEnd)}</th>
                      <td className="py-1.5 pr-3 font-semibold">{point.score}</td>
                      {point.factors.map((factor) => (
                        <td key={factor.key} className="py-1.5 pr-3">
                          {factor.contribution.toFixed(1)}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </section>
  );
}
