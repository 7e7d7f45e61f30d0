// The front page's picture of the dashboard: a fixed demo year drawn as plain SVG and HTML on the server,
// so the page ships no chart library and no script of its own.
import { trajectoryFactors, type TrajectoryFactorKey } from '@/lib/trajectory/trajectory-index';

const demoMonths = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const demoScores = [31, 33, 34, 38, 41, 43, 44, 49, 52, 55, 58, 64];
/** Month indexes of the demo's promotion (August) and certification (November). */
const promotionMonth = 7;
const certificationMonth = 10;

/** Each factor's share of the demo's December score (they add up to its last score). */
const demoContributions: Record<TrajectoryFactorKey, number> = {
  horizon: 15,
  learning: 14,
  credentials: 9,
  advancement: 9,
  consistency: 11,
  purpose: 6,
};

const factorBarClasses: Record<TrajectoryFactorKey, string> = {
  horizon: 'bg-cyan-700 dark:bg-cyan-400',
  learning: 'bg-indigo-500 dark:bg-indigo-400',
  credentials: 'bg-amber-600 dark:bg-amber-400',
  advancement: 'bg-emerald-600 dark:bg-emerald-400',
  consistency: 'bg-sky-600 dark:bg-sky-400',
  purpose: 'bg-pink-600 dark:bg-pink-400',
};

const width = 300;
const height = 170;
const plot = { left: 28, right: 14, top: 14, bottom: 22 };
const plotWidth = width - plot.left - plot.right;
const plotHeight = height - plot.top - plot.bottom;

function x(monthIndex: number) {
  return plot.left + (monthIndex * plotWidth) / (demoMonths.length - 1);
}

function y(score: number) {
  return plot.top + plotHeight - (score * plotHeight) / 100;
}

function pointAt(monthIndex: number) {
  return { x: x(monthIndex), y: y(demoScores[monthIndex] ?? 0) };
}

const firstScore = demoScores[0] ?? 0;
const lastScore = demoScores.at(-1) ?? 0;
const linePath = demoScores.map((score, index) => `${index === 0 ? 'M' : 'L'}${x(index)},${y(score)}`).join(' ');
const areaPath = `${linePath} L${x(demoScores.length - 1)},${y(0)} L${x(0)},${y(0)} Z`;

export const dashboardPictureSummary =
  `Sample dashboard: the trajectory index rises from ${firstScore} in January to ${lastScore} in December, ` +
  'with a promotion in August and a certification in November.';

export function DashboardPicture() {
  const promotion = pointAt(promotionMonth);
  const certification = pointAt(certificationMonth);
  return (
    <figure className="space-y-4 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6 dark:border-slate-800 dark:bg-slate-900">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3">
        <p className="font-semibold">Trajectory index</p>
        <p className="text-sm text-slate-600 dark:text-slate-400">Demo data</p>
      </div>
      <p className="flex flex-wrap items-baseline gap-x-3">
        <span className="text-4xl font-bold">{lastScore}</span>
        <span className="text-slate-700 dark:text-slate-300">
          in December · +{lastScore - firstScore} over 12 months
        </span>
      </p>
      <svg
        role="img"
        aria-labelledby="dashboard-picture-summary"
        viewBox={`0 0 ${width} ${height}`}
        className="block h-auto w-full text-slate-500 dark:text-slate-400"
      >
        {[0, 50, 100].map((score) => (
          <g key={score}>
            <line
              x1={plot.left}
              x2={width - plot.right}
              y1={y(score)}
              y2={y(score)}
              className="stroke-slate-200 dark:stroke-slate-700"
              strokeWidth="1"
            />
            <text x={plot.left - 5} y={y(score) + 3.5} textAnchor="end" fontSize="11" fill="currentColor">
              {score}
            </text>
          </g>
        ))}
        {demoMonths.map((month, index) =>
          index % 3 === 0 || index === demoMonths.length - 1 ? (
            <text key={month} x={x(index)} y={height - 5} textAnchor="middle" fontSize="11" fill="currentColor">
              {month}
            </text>
          ) : null,
        )}
        <path d={areaPath} className="fill-brand-100 dark:fill-brand-900" opacity="0.7" />
        <path
          d={linePath}
          fill="none"
          className="stroke-brand-700 dark:stroke-brand-300"
          strokeWidth="2.5"
          strokeLinejoin="round"
          strokeLinecap="round"
        />
        <text x={promotion.x} y={promotion.y - 7} textAnchor="middle" fontSize="11" fill="currentColor">
          ▲
        </text>
        <text x={certification.x} y={certification.y - 7} textAnchor="middle" fontSize="12" fill="currentColor">
          ★
        </text>
      </svg>
      <figcaption className="space-y-4 text-sm">
        <p id="dashboard-picture-summary" className="text-slate-700 dark:text-slate-300">
          {dashboardPictureSummary} <span aria-hidden="true">▲ marks the promotion, ★ the certification.</span>
        </p>
        <p className="font-semibold">What makes up {lastScore}</p>
        <ul className="grid grid-cols-1 gap-2 sm:grid-cols-2">
          {trajectoryFactors.map((factor) => (
            <li key={factor.key}>
              <span className="flex justify-between gap-2">
                <span>{factor.label}</span>
                <span className="tabular-nums">
                  {demoContributions[factor.key]} of {factor.weight}
                </span>
              </span>
              <span aria-hidden="true" className="mt-1 block h-1.5 rounded-full bg-slate-200 dark:bg-slate-700">
                <span
                  className={`block h-full rounded-full ${factorBarClasses[factor.key]}`}
                  style={{ width: `${(demoContributions[factor.key] / factor.weight) * 100}%` }}
                />
              </span>
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
