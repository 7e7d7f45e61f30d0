// Will a numeric goal reach its target by its target date? A least-squares line
// through its recent weekly values, projected forward.
import { addDays, daysBetween, type IsoDate } from '@/lib/dates/calendar';

export type ForecastPoint = { weekStart: IsoDate; value: number };

export type Forecast =
  | { kind: 'not-enough-data'; pointsNeeded: number }
  | { kind: 'reached' }
  | { kind: 'stalled' } // not moving toward the target
  | { kind: 'projected'; reachesOn: IsoDate; onTrack: boolean | null; behindByWeeks: number };

export const forecastSettings = { minimumPoints: 3, recentPoints: 12 } as const;

/** Slope (per day) and intercept of the least-squares line through the points, x in days from the first. */
function fitLine(points: ForecastPoint[]): { slope: number; intercept: number } {
  const origin = points[0]?.weekStart ?? '';
  const xs = points.map((point) => daysBetween(origin, point.weekStart));
  const ys = points.map((point) => point.value);
  const n = points.length;
  const meanX = xs.reduce((a, b) => a + b, 0) / n;
  const meanY = ys.reduce((a, b) => a + b, 0) / n;
  let numerator = 0;
  let denominator = 0;
  xs.forEach((x, index) => {
    numerator += (x - meanX) * ((ys[index] ?? 0) - meanY);
    denominator += (x - meanX) ** 2;
  });
  const slope = denominator === 0 ? 0 : numerator / denominator;
  return { slope, intercept: meanY - slope * meanX };
}

export function forecastGoal(
  points: ForecastPoint[],
  start: number,
  target: number,
  targetDate: IsoDate | null,
): Forecast {
  const sorted = [...points].sort((a, b) => a.weekStart.localeCompare(b.weekStart));
  const latest = sorted.at(-1);
  const rising = target >= start;
  if (latest && (rising ? latest.value >= target : latest.value <= target)) return { kind: 'reached' };
  if (sorted.length < forecastSettings.minimumPoints) {
    return { kind: 'not-enough-data', pointsNeeded: forecastSettings.minimumPoints - sorted.length };
  }
  const recent = sorted.slice(-forecastSettings.recentPoints);
  const { slope, intercept } = fitLine(recent);
  if (rising ? slope <= 0 : slope >= 0) return { kind: 'stalled' };
  const origin = recent[0]?.weekStart ?? '';
  const reachesOn = addDays(origin, Math.ceil((target - intercept) / slope));
  if (targetDate === null) return { kind: 'projected', reachesOn, onTrack: null, behindByWeeks: 0 };
  const lateDays = daysBetween(targetDate, reachesOn);
  return { kind: 'projected', reachesOn, onTrack: lateDays <= 0, behindByWeeks: Math.max(0, Math.ceil(lateDays / 7)) };
}
