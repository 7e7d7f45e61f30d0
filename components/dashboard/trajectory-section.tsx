import { TrajectoryChart } from '@/components/charts/lazy-charts';
import type { TrajectoryMarker } from '@/components/charts/recharts/trajectory-chart';
import {
  ChartLegend,
  ColorSwatch,
  markerStyles,
  ShadeSwatch,
  SymbolMark,
  type ChartLegendItem,
} from '@/components/charts/chart-legend';
import { CardSection } from '@/components/ui/card';
import { ChoiceLinks } from '@/components/ui/choice-links';
import { TableDisclosure } from '@/components/ui/table-disclosure';
import type { DashboardRange } from '@/lib/trajectory/dashboard';
import type { TrajectoryPoint } from '@/lib/trajectory/trajectory-index';
import { indexChangeText, monthAgainstJoining, type IndexChange } from '@/lib/trajectory/index-change';
import { dateLabel, monthLabel, type IsoDate } from '@/lib/dates/calendar';
import { oneDecimal } from '@/lib/format';

const factorColors: Record<string, string> = {
  horizon: '#0e7490',
  learning: '#6366f1',
  credentials: '#d97706',
  advancement: '#059669',
  consistency: '#0284c7',
  purpose: '#db2777',
};

const rangeLabels: Record<DashboardRange, string> = { '12m': 'Last 12 months', '3y': '3 years', all: 'All' };

type Props = {
  series: TrajectoryPoint[];
  markers: TrajectoryMarker[];
  range: DashboardRange;
  /** The change a user reads as their progress (lib/trajectory/index-change.ts). */
  change: IndexChange;
  /** The day the account was created: months before it are history the user entered, shown apart. */
  joinedOn: IsoDate;
  /** The user's number locale (lib/server/number-locale.ts). */
  locale: string;
};

const periodLabels = { before: 'Before you joined', joined: 'You joined', since: 'Since you joined' } as const;

function legendItems(factors: { key: string; label: string }[], markers: TrajectoryMarker[], shaded: boolean) {
  const items: ChartLegendItem[] = factors.map((factor) => ({
    key: factor.key,
    label: factor.label,
    mark: <ColorSwatch color={factorColors[factor.key] ?? '#64748b'} />,
  }));
  for (const kind of ['promotion', 'certification'] as const) {
    const style = markerStyles[kind];
    if (markers.some((marker) => marker.kind === kind))
      items.push({ key: kind, label: style.label, mark: <SymbolMark symbol={style.symbol} className={style.text} /> });
  }
  if (shaded)
    items.push({ key: 'before-joining', label: 'Before you joined: history you entered', mark: <ShadeSwatch /> });
  return items;
}

export function TrajectorySection({ series, markers, range, change, joinedOn, locale }: Props) {
  const latest = series.at(-1);
  const changeText = indexChangeText(change, 'over 12 months');
  const period = (point: TrajectoryPoint) => monthAgainstJoining(point.monthEnd.slice(0, 7), joinedOn);
  const startsBeforeJoining = series[0] !== undefined && period(series[0]) === 'before';
  // The chart's data, the same for its server-drawn first paint and for Recharts.
  const chartOf = (newest: TrajectoryPoint) => ({
    points: series.map((point) => ({
      month: point.monthEnd.slice(0, 7),
      label: monthLabel(point.monthEnd),
      score: point.score,
      ...Object.fromEntries(point.factors.map((factor) => [factor.key, Math.round(factor.contribution * 10) / 10])),
    })),
    factors: newest.factors.map((factor) => ({
      key: factor.key,
      label: factor.label,
      color: factorColors[factor.key] ?? '#64748b',
    })),
    markers,
    joinedMonth: startsBeforeJoining ? joinedOn.slice(0, 7) : null,
  });
  const chart = latest && series.length >= 2 ? chartOf(latest) : null;
  const markerSentence = [
    markers.some((marker) => marker.kind === 'promotion') ? '▲ marks a promotion' : null,
    markers.some((marker) => marker.kind === 'certification') ? '★ marks a certification' : null,
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <CardSection
      id="index"
      title="Trajectory index"
      description="0 is a job, 100 a career. A mirror of what you have recorded, not a judgement."
      aside={
        <ChoiceLinks
          label="Chart range"
          choices={(Object.keys(rangeLabels) as DashboardRange[]).map((option) => ({
            href: option === '12m' ? '/dashboard' : `/dashboard?range=${option}`,
            label: rangeLabels[option],
            current: option === range,
          }))}
        />
      }
    >
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
              {changeText !== null && ` · ${changeText}`}
            </span>
          </p>
          {chart === null ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">
              The chart draws your path from your second month here; this is where it starts.
            </p>
          ) : (
            <>
              <TrajectoryChart
                {...chart}
                locale={locale}
                summary={[
                  `Trajectory index from ${series[0]?.score ?? 0} in ${monthLabel(series[0]?.monthEnd ?? latest.monthEnd)} to ${latest.score} in ${monthLabel(latest.monthEnd)}.`,
                  startsBeforeJoining
                    ? `The months before you joined on ${dateLabel(joinedOn)} are shaded: they come from the history you entered.`
                    : '',
                  markerSentence ? `${markerSentence}.` : '',
                  'The table below lists every month.',
                ]
                  .filter(Boolean)
                  .join(' ')}
              />
              <ChartLegend label="Chart legend" items={legendItems(latest.factors, markers, startsBeforeJoining)} />
            </>
          )}
          <h3 className="font-semibold">What makes up {latest.score}</h3>
          <ul className="factor-list">
            {latest.factors.map((factor) => (
              <li key={factor.key}>
                <span>
                  <span aria-hidden="true" style={{ backgroundColor: factorColors[factor.key] }} />
                  {factor.label}
                </span>
                <span>
                  <strong>{oneDecimal(factor.contribution, locale)}</strong> of {factor.weight}
                </span>
              </li>
            ))}
          </ul>
          <TableDisclosure
            summary="Show the index as a table"
            table={{
              caption: 'Trajectory index by month, with each factor’s contribution',
              scrollLabel: 'Trajectory index table',
              columns: [
                'Month',
                'Index',
                ...latest.factors.map((factor) => factor.label),
                ...(startsBeforeJoining ? ['Period'] : []),
              ],
              rows: [...series].reverse().map((point) => ({
                key: point.monthEnd,
                header: monthLabel(point.monthEnd),
                cells: [
                  { strong: String(point.score) },
                  ...point.factors.map((factor) => oneDecimal(factor.contribution, locale)),
                  ...(startsBeforeJoining ? [periodLabels[period(point)]] : []),
                ],
              })),
            }}
          />
        </>
      )}
    </CardSection>
  );
}
