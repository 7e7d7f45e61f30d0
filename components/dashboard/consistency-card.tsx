import { ChartLegend, type ChartLegendItem } from '@/components/charts/chart-legend';
import { CardSection } from '@/components/ui/card';
import type { RecentWeek } from '@/lib/trajectory/dashboard';
import { shortMonthLabel, weekLabel } from '@/lib/dates/calendar';
import { WeekSquares, type WeekSquare, type WeekState } from './week-squares';

const fills: Record<WeekState, string> = {
  updated: 'bg-brand-600 dark:bg-brand-400',
  missed: 'bg-slate-200 dark:bg-slate-700',
  before: 'border border-dashed border-slate-400 dark:border-slate-500',
};

function stateOf(week: RecentWeek): WeekState {
  return week.updated ? 'updated' : week.counted ? 'missed' : 'before';
}

function squaresOf(weeks: RecentWeek[]): WeekSquare[] {
  return weeks.map((week, index) => {
    const previous = weeks[index - 1];
    const startsMonth = !previous || previous.weekStart.slice(0, 7) !== week.weekStart.slice(0, 7);
    return {
      range: weekLabel(week.weekStart),
      state: stateOf(week),
      month: startsMonth ? shortMonthLabel(week.weekStart) : null,
    };
  });
}

function Square({ className }: { className: string }) {
  return <span className={`inline-block h-3 w-3 rounded-sm ${className}`} />;
}

/**
 * The last weeks, oldest first, as squares that wrap into rows (13 a row on phones, 26 from md up), with the
 * month each new month starts at above its first week, this week ringed and named, and a legend of the colours.
 */
export function ConsistencyCard({ weeks }: { weeks: RecentWeek[] }) {
  const counted = weeks.filter((week) => week.counted);
  const updated = counted.filter((week) => week.updated).length;
  const legend: ChartLegendItem[] = [
    { key: 'updated', label: 'Update saved', mark: <Square className={fills.updated} /> },
    { key: 'missed', label: 'No update', mark: <Square className={fills.missed} /> },
    ...(counted.length < weeks.length
      ? [{ key: 'before', label: 'Before you started', mark: <Square className={fills.before} /> }]
      : []),
    {
      key: 'this-week',
      label: 'This week',
      mark: (
        <Square
          className={`mx-0.5 ${fills.missed} ring-2 ring-slate-900 ring-offset-1 dark:ring-white dark:ring-offset-slate-900`}
        />
      ),
    },
  ];
  return (
    <CardSection id="consistency" title="Weekly consistency" className="lg:col-span-2">
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Updates in <strong>{updated}</strong> of{' '}
        {counted.length === weeks.length
          ? `the last ${weeks.length} weeks`
          : `the ${counted.length} ${counted.length === 1 ? 'week' : 'weeks'} since you started`}
        .
      </p>
      <div>
        <WeekSquares weeks={squaresOf(weeks)} />
        <p aria-hidden="true" className="mt-1 text-right text-xs font-semibold text-slate-700 dark:text-slate-300">
          This week ↑
        </p>
      </div>
      <ChartLegend label="Legend of the weeks" items={legend} />
    </CardSection>
  );
}
