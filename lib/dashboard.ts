// What the dashboard says in words and numbers, derived from already-loaded data.
import type { Certification, Position } from '@/db/schema';
import { certificationState } from './certifications';
import type { TrajectoryHistory, TrajectoryPoint } from './trajectory';
import { daysBetween, parseIsoDate, type IsoDate } from './weeks';

export const dashboardRanges = { '12m': 12, '3y': 36, all: null } as const;
export type DashboardRange = keyof typeof dashboardRanges;

export function parseRange(value: string | undefined): DashboardRange {
  return value === '3y' || value === 'all' ? value : '12m';
}

/** The first month (YYYY-MM) of the range ending at `today`, or of the account's data for "all". */
export function rangeStartMonth(range: DashboardRange, today: IsoDate, history: TrajectoryHistory): string {
  const months = dashboardRanges[range];
  if (months === null) {
    const dates = [...history.goals.map((goal) => goal.startDate), ...history.positions.map((position) => position.startedOn), ...history.updateWeeks].sort();
    return (dates[0] ?? today).slice(0, 7);
  }
  const date = parseIsoDate(today);
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() - (months - 1));
  return date.toISOString().slice(0, 7);
}

/** "2 years 3 months", "5 months", "less than a month". */
export function durationLabel(from: IsoDate, to: IsoDate): string {
  const months = Math.floor(daysBetween(from, to) / 30.44);
  if (months < 1) return 'less than a month';
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const part = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`;
  return [years > 0 ? part(years, 'year') : '', rest > 0 ? part(rest, 'month') : ''].filter(Boolean).join(' ');
}

export type CareerFacts = {
  timeInCurrentRole: string | null;
  sinceLastPromotion: string | null;
  trainingHoursThisYear: number;
  expiringSoon: Pick<Certification, 'name' | 'expiresOn'>[];
};

export function careerFacts(
  positions: Pick<Position, 'startedOn' | 'endedOn' | 'howReached'>[],
  education: { completedOn: IsoDate | null; hours: number | null }[],
  certifications: Pick<Certification, 'name' | 'expiresOn'>[],
  today: IsoDate,
): CareerFacts {
  const current = positions.filter((position) => position.endedOn === null || position.endedOn >= today).sort((a, b) => b.startedOn.localeCompare(a.startedOn))[0];
  const lastPromotion = positions.filter((position) => position.howReached === 'promotion' && position.startedOn <= today).sort((a, b) => b.startedOn.localeCompare(a.startedOn))[0];
  return {
    timeInCurrentRole: current ? durationLabel(current.startedOn, today) : null,
    sinceLastPromotion: lastPromotion ? durationLabel(lastPromotion.startedOn, today) : null,
    trainingHoursThisYear: education
      .filter((entry) => entry.completedOn !== null && entry.completedOn.slice(0, 4) === today.slice(0, 4) && entry.completedOn <= today)
      .reduce((sum, entry) => sum + (entry.hours ?? 0), 0),
    expiringSoon: certifications.filter((certification) => certificationState(certification.expiresOn, today) === 'expiring'),
  };
}

/** The change of the index against the point twelve months earlier, if there is one. */
export function yearOnYear(series: TrajectoryPoint[]): number | null {
  const latest = series.at(-1);
  const yearEarlier = series.at(-13);
  return latest && yearEarlier && series.length >= 13 ? latest.score - yearEarlier.score : null;
}
