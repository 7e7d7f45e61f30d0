// Readiness by month as a small line: the points of an SVG polyline in a fixed box, drawn on the server
// so the page sends no chart script. Percent 0 is the bottom, 100 the top.
export type ReadinessChartPoint = { monthEnd: string; percent: number };

export const readinessChartBox = { width: 320, height: 120, padding: 8 } as const;

/** "x,y x,y …" for the points, spread evenly across the box; one point is drawn as a flat line. */
export function readinessLine(points: readonly ReadinessChartPoint[]): string {
  const { width, height, padding } = readinessChartBox;
  const inner = { width: width - 2 * padding, height: height - 2 * padding };
  const y = (percent: number) => padding + inner.height * (1 - Math.min(100, Math.max(0, percent)) / 100);
  const format = (value: number) => Number(value.toFixed(1));
  if (points.length === 1 && points[0])
    return `${padding},${format(y(points[0].percent))} ${width - padding},${format(y(points[0].percent))}`;
  const step = points.length > 1 ? inner.width / (points.length - 1) : 0;
  return points.map((point, index) => `${format(padding + index * step)},${format(y(point.percent))}`).join(' ');
}

/** The months of a chart ending with the month of `today`: `count` of them, as YYYY-MM. */
export function lastMonths(today: string, count: number): { firstMonth: string; lastMonth: string } {
  const [year, month] = today.split('-').map(Number);
  const last = (year ?? 0) * 12 + (month ?? 1) - 1;
  const first = last - (count - 1);
  const monthText = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  return { firstMonth: monthText(first), lastMonth: monthText(last) };
}

/** What the line says, for a screen reader and as the chart's caption; `percentText` writes 62 as the locale does. */
export function readinessTrendSentence(
  points: readonly ReadinessChartPoint[],
  monthLabel: (month: string) => string,
  percentText: (percent: number) => string,
) {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return 'No readiness measured yet.';
  const change = last.percent - first.percent;
  const direction = change > 0 ? `up ${change} points` : change < 0 ? `down ${-change} points` : 'unchanged';
  return `Readiness by month from ${monthLabel(first.monthEnd)} to ${monthLabel(last.monthEnd)}: ${percentText(first.percent)} to ${percentText(last.percent)}, ${direction}.`;
}

/** The stored month ends, with the month still running read as of today rather than its last day. */
export function withTodayAsLastPoint(
  points: readonly ReadinessChartPoint[],
  today: string,
  percentToday: number,
): ReadinessChartPoint[] {
  return points.map((point) => (point.monthEnd >= today ? { monthEnd: today, percent: percentToday } : point));
}
