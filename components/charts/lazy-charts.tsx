'use client';
// The charts as pages use them: each reserves its box in the page's HTML (ChartFrame) and loads its Recharts
// drawing (./recharts/) only when it scrolls near, so no page's first paint waits for Recharts.
import { lazy, type ComponentProps } from 'react';
import { ChartFrame } from './chart-frame';
import { TrajectoryPreview } from './trajectory-preview';

const Trajectory = lazy(() =>
  import('./recharts/trajectory-chart').then((chart) => ({ default: chart.TrajectoryChart })),
);
const PurposeAndProgress = lazy(() =>
  import('./recharts/bar-and-line-charts').then((chart) => ({ default: chart.PurposeAndProgressChart })),
);
const SkillsComparison = lazy(() =>
  import('./recharts/bar-and-line-charts').then((chart) => ({ default: chart.SkillsComparisonChart })),
);
const IndexLine = lazy(() =>
  import('./recharts/bar-and-line-charts').then((chart) => ({ default: chart.IndexLineChart })),
);
const Balance = lazy(() => import('./recharts/balance-chart').then((chart) => ({ default: chart.BalanceChart })));
const Compensation = lazy(() =>
  import('./recharts/compensation-chart').then((chart) => ({ default: chart.CompensationChart })),
);
const GoalHistory = lazy(() =>
  import('./recharts/goal-history-chart').then((chart) => ({ default: chart.GoalHistoryChart })),
);

/** A chart's own props and the sentence that describes it to assistive technology. */
type Described<ChartProps> = ChartProps & { summary: string };

/**
 * The index over time as stacked factor contributions, with promotions, certifications and months before joining;
 * first as its preview (components/charts/trajectory-preview.tsx), since it is on the dashboard's first screen.
 * The preview is drawn here from the chart's own data rather than passed in drawn: its SVG would be sent again
 * in the page's React payload beside the data it is drawn from.
 */
export function TrajectoryChart({ summary, ...chart }: Described<ComponentProps<typeof Trajectory>>) {
  return (
    <ChartFrame summary={summary} className="h-72" preview={<TrajectoryPreview {...chart} />}>
      <Trajectory {...chart} />
    </ChartFrame>
  );
}

/** Monthly mean alignment (1–5, left axis) beside mean goal progress (0–100 %, right axis). */
export function PurposeAndProgressChart({ summary, ...chart }: Described<ComponentProps<typeof PurposeAndProgress>>) {
  return (
    <ChartFrame summary={summary} className="h-56">
      <PurposeAndProgress {...chart} />
    </ChartFrame>
  );
}

/** Each skill's level now beside its level a year ago; the box grows with the number of skills. */
export function SkillsComparisonChart({ summary, ...chart }: Described<ComponentProps<typeof SkillsComparison>>) {
  return (
    <ChartFrame summary={summary} style={{ height: Math.max(160, chart.skills.length * 44 + 60) }}>
      <SkillsComparison {...chart} />
    </ChartFrame>
  );
}

/** The trajectory index by month on its 0–100 scale (the yearly review). */
export function IndexLineChart({ summary, ...chart }: Described<ComponentProps<typeof IndexLine>>) {
  return (
    <ChartFrame summary={summary} className="h-48">
      <IndexLine {...chart} />
    </ChartFrame>
  );
}

/** Monthly mean hours worked under mean balance and purpose alignment. */
export function BalanceChart({ summary, ...chart }: Described<ComponentProps<typeof Balance>>) {
  return (
    <ChartFrame summary={summary} className="h-56">
      <Balance {...chart} />
    </ChartFrame>
  );
}

/** Total yearly compensation in one currency as steps over time, with promotions marked. */
export function CompensationChart({ summary, ...chart }: Described<ComponentProps<typeof Compensation>>) {
  return (
    <ChartFrame summary={summary} className="h-64">
      <Compensation {...chart} />
    </ChartFrame>
  );
}

/** The weekly values of one goal as a line; the page shows the same data as a table. */
export function GoalHistoryChart({ summary, ...chart }: Described<ComponentProps<typeof GoalHistory>>) {
  return (
    <ChartFrame summary={summary} className="h-64">
      <GoalHistory {...chart} />
    </ChartFrame>
  );
}
