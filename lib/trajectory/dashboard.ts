// What the dashboard says in words and numbers, derived from already-loaded data.
import type { HowReached } from '@/lib/career/vocabulary';
import { certificationState } from '@/lib/career/certifications';
import { trainingHoursIn, type TrainingHoursEntry } from '@/lib/career/training-hours';
import { forecastGoal } from '@/lib/goals/forecast';
import { groupBy } from '@/lib/group-by';
import { addWeeks, dateLabel, daysBetween, monthLabel, parseIsoDate, type IsoDate } from '@/lib/dates/calendar';

export const dashboardRanges = { '12m': 12, '3y': 36, all: null } as const;
export type DashboardRange = keyof typeof dashboardRanges;

/**
 * How far back "all" reaches: a working life. Older records stay in the account but are not charted, so a
 * mistyped year (1000 for 2000) cannot cost a computed and stored point for every month since (docs/trajectory.md).
 */
export const maxHistoryYears = 50;

export const defaultDashboardRange: DashboardRange = '12m';

export function parseRange(value: string | undefined): DashboardRange {
  return value === '3y' || value === 'all' ? value : defaultDashboardRange;
}

/** The month (YYYY-MM) `months` months before the month of `today`. */
function monthsBefore(today: IsoDate, months: number): string {
  const date = parseIsoDate(today);
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date.toISOString().slice(0, 7);
}

/**
 * The first month (YYYY-MM) of the range ending at `today`; for "all", the month of the account's first
 * activity, but never more than `maxHistoryYears` back nor after this month.
 */
export function rangeStartMonth(range: DashboardRange, today: IsoDate, firstActivityMonth: string | null): string {
  const months = dashboardRanges[range];
  if (months !== null) return monthsBefore(today, months - 1);
  const thisMonth = today.slice(0, 7);
  const earliest = monthsBefore(today, maxHistoryYears * 12 - 1);
  if (firstActivityMonth === null || firstActivityMonth > thisMonth) return thisMonth;
  return firstActivityMonth < earliest ? earliest : firstActivityMonth;
}

/** "2 years 3 months", "5 months", "less than a month": whole calendar months from one date to the other. */
export function durationLabel(from: IsoDate, to: IsoDate): string {
  const [fromYear, fromMonth, fromDay] = from.split('-').map(Number) as [number, number, number];
  const [toYear, toMonth, toDay] = to.split('-').map(Number) as [number, number, number];
  const months = (toYear - fromYear) * 12 + (toMonth - fromMonth) - (toDay < fromDay ? 1 : 0);
  if (months < 1) return 'less than a month';
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const part = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`;
  return [years > 0 ? part(years, 'year') : '', rest > 0 ? part(rest, 'month') : ''].filter(Boolean).join(' ');
}

type CertificationFacts = { name: string; expiresOn: IsoDate | null };
type PositionFacts = { startedOn: IsoDate; endedOn: IsoDate | null; howReached: HowReached };

export type CareerFacts = {
  timeInCurrentRole: string | null;
  sinceLastPromotion: string | null;
  trainingHoursThisYear: number;
  expiringSoon: CertificationFacts[];
};

export function careerFacts(
  positions: PositionFacts[],
  education: TrainingHoursEntry[],
  certifications: CertificationFacts[],
  today: IsoDate,
): CareerFacts {
  const current = positions
    .filter((position) => position.endedOn === null || position.endedOn >= today)
    .sort((a, b) => b.startedOn.localeCompare(a.startedOn))[0];
  const lastPromotion = positions
    .filter((position) => position.howReached === 'promotion' && position.startedOn <= today)
    .sort((a, b) => b.startedOn.localeCompare(a.startedOn))[0];
  return {
    timeInCurrentRole: current ? durationLabel(current.startedOn, today) : null,
    sinceLastPromotion: lastPromotion ? durationLabel(lastPromotion.startedOn, today) : null,
    trainingHoursThisYear: Math.round(trainingHoursIn(education, `${today.slice(0, 4)}-01`, today.slice(0, 7))),
    expiringSoon: certifications.filter(
      (certification) => certificationState(certification.expiresOn, today) === 'expiring',
    ),
  };
}

export type ConfidenceTrend = 'rising' | 'falling' | 'steady' | null;

/** Mean of the last four confidences against the four before; null with fewer than eight. */
export function confidenceTrend(confidences: number[]): ConfidenceTrend {
  if (confidences.length < 8) return null;
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const recent = mean(confidences.slice(-4));
  const before = mean(confidences.slice(-8, -4));
  if (recent - before >= 0.5) return 'rising';
  if (before - recent >= 0.5) return 'falling';
  return 'steady';
}

export type DueState = 'overdue' | 'due-soon' | null;

/** Overdue once the target date has passed; due soon within 30 days. */
export function dueState(targetDate: IsoDate | null, today: IsoDate): DueState {
  if (targetDate === null) return null;
  if (targetDate < today) return 'overdue';
  return daysBetween(today, targetDate) <= 30 ? 'due-soon' : null;
}

type OutlookGoal = {
  targetKind: 'numeric' | 'milestones' | 'done';
  startValue: number | null;
  targetValue: number | null;
  targetDate: IsoDate | null;
  status: string;
};

/** One line each for the forecast, the confidence trend and the due date, as the dashboard words them. */
export function goalOutlook(
  goal: OutlookGoal,
  updates: { weekStart: IsoDate; value: number | null; confidence: number }[],
  today: IsoDate,
): string[] {
  const lines: string[] = [];
  if (goal.targetKind === 'numeric' && goal.targetValue !== null) {
    const points = updates.flatMap((update) =>
      update.value === null ? [] : [{ weekStart: update.weekStart, value: update.value }],
    );
    const forecast = forecastGoal(points, goal.startValue ?? 0, goal.targetValue, goal.targetDate);
    if (forecast.kind === 'reached') lines.push('Target reached');
    else if (forecast.kind === 'stalled') lines.push('Stalled: not moving toward the target lately');
    else if (forecast.kind === 'not-enough-data') lines.push('Not enough updates to forecast yet');
    else if (forecast.onTrack === false)
      lines.push(
        `Behind by ${forecast.behindByWeeks} ${forecast.behindByWeeks === 1 ? 'week' : 'weeks'}: projected ${dateLabel(forecast.reachesOn)}`,
      );
    else lines.push(`On track: projected ${dateLabel(forecast.reachesOn)}`);
  }
  const trend = confidenceTrend(updates.map((update) => update.confidence));
  if (trend) lines.push(`Confidence ${trend}`);
  const due = dueState(goal.targetDate, today);
  if (due === 'overdue') lines.push('Overdue');
  if (due === 'due-soon') lines.push('Due within 30 days');
  return lines;
}

/** The last `count` weeks up to the current one, oldest first, marked by whether an update was saved. */
export type RecentWeek = { weekStart: IsoDate; updated: boolean; counted: boolean };

export function recentWeeks(
  weeksWithUpdates: IsoDate[],
  currentWeek: IsoDate,
  count: number,
  firstCounted: IsoDate,
): RecentWeek[] {
  const saved = new Set(weeksWithUpdates);
  return Array.from({ length: count }, (_, index) => {
    const weekStart = addWeeks(currentWeek, index - count + 1);
    return { weekStart, updated: saved.has(weekStart), counted: weekStart >= firstCounted };
  });
}

/**
 * The dashboard's trends (purposeAndProgress, skillComparison, monthlyBalance and the queries that feed them) are stored
 * while the history is unchanged (db/loaders/derived-values.ts). Raise this whenever a change to them
 * alters what they return, so trends stored by the old rules are recomputed.
 */
export const dashboardTrendsRulesVersion = 2; // 2: work-life balance by month (lib/weekly/balance.ts)

export type PurposeAndProgressPoint = {
  month: string;
  label: string;
  alignment: number | null;
  progress: number | null;
};

/**
 * Per month from `firstMonth` on: the mean weekly alignment rating (1–5) beside the mean goal
 * progress (0–100 %), so the two can be read together. Months with neither are left out.
 */
export function purposeAndProgress(
  reflections: { weekStart: IsoDate; alignment: number }[],
  goalProgress: { month: string; progress: number }[],
  firstMonth: string,
): PurposeAndProgressPoint[] {
  const ratingsByMonth = groupBy(
    reflections.filter((reflection) => reflection.weekStart.slice(0, 7) >= firstMonth),
    (reflection) => reflection.weekStart.slice(0, 7),
  );
  const progressByMonth = new Map(
    goalProgress.filter((row) => row.month >= firstMonth).map((row) => [row.month, row.progress]),
  );
  return [...new Set([...ratingsByMonth.keys(), ...progressByMonth.keys()])].sort().map((month) => {
    const ratings = ratingsByMonth.get(month);
    const progress = progressByMonth.get(month);
    return {
      month,
      label: monthLabel(month),
      alignment: ratings ? ratings.reduce((sum, rating) => sum + rating.alignment, 0) / ratings.length : null,
      progress: progress === undefined ? null : Math.round(progress * 100),
    };
  });
}

export type SkillComparison = { name: string; now: number; yearAgo: number };

/** Assessed skills with their level now and a year ago (0 when not yet assessed then). */
export function skillComparison(
  skills: { name: string; now: number | null; yearAgo: number | null }[],
): SkillComparison[] {
  return skills.flatMap((skill) =>
    skill.now === null ? [] : [{ name: skill.name, now: skill.now, yearAgo: skill.yearAgo ?? 0 }],
  );
}
