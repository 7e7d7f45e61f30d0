import { CardSection } from '@/components/ui/card';
import { TableDisclosure } from '@/components/ui/table-disclosure';
import { monthLabel } from '@/lib/dates/calendar';
import { percent } from '@/lib/format';
import {
  readinessChartBox,
  readinessLine,
  readinessTrendSentence,
  type ReadinessChartPoint,
} from '@/lib/next-role/readiness-chart';

const gridLines = [0, 50, 100];

/** Readiness by month as a line drawn on the server (no chart script), with the months as a table. */
export function ReadinessChart({ points, locale }: { points: ReadinessChartPoint[]; locale: string }) {
  const { width, height, padding } = readinessChartBox;
  const percentText = (value: number) => percent(value / 100, locale);
  const sentence = readinessTrendSentence(points, monthLabel, percentText);
  const gridY = (percent: number) => padding + (height - 2 * padding) * (1 - percent / 100);
  return (
    <CardSection id="readiness-over-time" title="Readiness over time" description={sentence}>
      {points.length > 0 && (
        <>
          <figure className="space-y-1">
            <svg
              viewBox={`0 0 ${width} ${height}`}
              role="img"
              aria-label={sentence}
              className="h-auto w-full max-w-xl text-brand-700 dark:text-brand-300"
            >
              {gridLines.map((percent) => (
                <line
                  key={percent}
                  x1={padding}
                  x2={width - padding}
                  y1={gridY(percent)}
                  y2={gridY(percent)}
                  className="stroke-slate-200 dark:stroke-slate-700"
                  strokeWidth={1}
                />
              ))}
              <polyline
                points={readinessLine(points)}
                fill="none"
                stroke="currentColor"
                strokeWidth={2.5}
                strokeLinejoin="round"
                strokeLinecap="round"
              />
            </svg>
            <div aria-hidden className="flex max-w-xl justify-between text-xs text-slate-600 dark:text-slate-400">
              <span>{monthLabel(points[0]?.monthEnd ?? '')}</span>
              <span>{monthLabel(points.at(-1)?.monthEnd ?? '')}</span>
            </div>
            <figcaption className="max-w-xl text-xs text-slate-600 dark:text-slate-400">
              Readiness from {percentText(0)} at the bottom to {percentText(100)} at the top; the faint lines mark{' '}
              {percentText(0)}, {percentText(50)} and {percentText(100)}.
            </figcaption>
          </figure>
          <TableDisclosure
            summary="Show as a table"
            table={{
              caption: 'Readiness at the end of each month',
              columns: ['Month', 'Readiness'],
              rows: [...points].reverse().map((point) => ({
                key: point.monthEnd,
                header: monthLabel(point.monthEnd),
                cells: [percentText(point.percent)],
              })),
            }}
          />
        </>
      )}
    </CardSection>
  );
}
