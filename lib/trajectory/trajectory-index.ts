// The trajectory index: 0 (job) to 100 (career), per month, over a trailing
// twelve-month window. Weights, windows and reasons: docs/trajectory.md.
import type { GoalHorizon, GoalStatus } from '@/lib/goals/vocabulary';
import type { HowReached, PayBasis } from '@/lib/career/vocabulary';
import type { PayFacts } from '@/lib/career/compensation';
import { payGrowthScore, realPayGrowthPerYear } from '@/lib/career/compensation-growth';
import { certificationState } from '@/lib/career/certifications';
import { groupBy } from '@/lib/group-by';
import { addDays, daysBetween, type IsoDate } from '@/lib/dates/calendar';
import { yearBefore } from '@/lib/career/skills';
import { trainingHoursIn, type TrainingHoursEntry } from '@/lib/career/training-hours';

export type TrajectoryHistory = {
  goals: {
    horizon: GoalHorizon;
    servesLongTermGoal: boolean;
    startDate: IsoDate;
    status: GoalStatus;
    statusChangedOn: IsoDate;
  }[];
  updateWeeks: IsoDate[];
  reflections: { weekStart: IsoDate; alignment: number }[];
  education: TrainingHoursEntry[];
  assessments: { skillId: string; assessedOn: IsoDate; level: number }[];
  certifications: { earnedOn: IsoDate; expiresOn: IsoDate | null }[];
  positions: {
    id: string;
    startedOn: IsoDate;
    endedOn: IsoDate | null;
    howReached: HowReached;
    payBasis: PayBasis;
    hasBonus: boolean;
    hasStockOptions: boolean;
    hasBenefits: boolean;
  }[];
  payRecords: PayFacts[];
};

export const trajectoryFactors = [
  { key: 'horizon', label: 'Time horizon', weight: 20 },
  { key: 'learning', label: 'Continuous learning', weight: 20 },
  { key: 'credentials', label: 'Credentials', weight: 15 },
  { key: 'advancement', label: 'Advancement and compensation', weight: 15 },
  { key: 'consistency', label: 'Consistency', weight: 15 },
  { key: 'purpose', label: 'Purpose alignment', weight: 15 },
] as const;

export type TrajectoryFactorKey = (typeof trajectoryFactors)[number]['key'];
export type TrajectoryFactorValues = Record<TrajectoryFactorKey, number>;

/**
 * Index points are stored per month (db/loaders/derived-values.ts). Raise this whenever a change
 * here alters what a month scores, so points computed by the old rules are recomputed.
 */
export const trajectoryRulesVersion = 4;
export type FactorScore = {
  key: TrajectoryFactorKey;
  label: string;
  weight: number;
  value: number;
  contribution: number;
};
export type TrajectoryPoint = { monthEnd: IsoDate; score: number; factors: FactorScore[] };

/** What full marks mean for the factors measured as amounts. */
export const trajectoryTargets = {
  trainingHoursPerYear: 100,
  levelGainsPerYear: 4,
  validCertificationsForFullMarks: 2,
  advancementsInThreeYears: 1,
  minimumConsistencyWeeks: 13,
} as const;

const clamp = (value: number) => Math.min(1, Math.max(0, value));
const within = (date: IsoDate, from: IsoDate, to: IsoDate) => date > from && date <= to;
/** The month (YYYY-MM) after the month of `date`. */
const monthAfter = (date: IsoDate) => {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 1)).toISOString().slice(0, 7);
};

function horizonFactor(history: TrajectoryHistory, from: IsoDate, to: IsoDate): number {
  // Goals that were open at some point in the window.
  const open = history.goals.filter(
    (goal) => goal.startDate <= to && (goal.status === 'active' || goal.statusChangedOn > from),
  );
  if (open.length === 0) return 0;
  const directed = open.filter((goal) => goal.horizon === 'long' || goal.servesLongTermGoal).length;
  return directed / open.length;
}

// A series asks for the same history month after month: group and sort its assessments once.
const assessmentsBySkill = new WeakMap<TrajectoryHistory['assessments'], { assessedOn: IsoDate; level: number }[][]>();

function sortedAssessmentsBySkill(history: TrajectoryHistory) {
  let grouped = assessmentsBySkill.get(history.assessments);
  if (!grouped) {
    grouped = [...groupBy(history.assessments, (assessment) => assessment.skillId).values()].map((list) =>
      list.sort((a, b) => a.assessedOn.localeCompare(b.assessedOn)),
    );
    assessmentsBySkill.set(history.assessments, grouped);
  }
  return grouped;
}

function learningFactor(history: TrajectoryHistory, from: IsoDate, to: IsoDate): number {
  // Each entry's hours spread over the months it ran; the twelve months up to the month of `to` take their
  // share. On a day inside a month (the month still running) the month after `from`'s is the first of them,
  // as it is at a month end: counting `from`'s own month too would add a thirteenth month.
  const hours = trainingHoursIn(history.education, monthAfter(from), to.slice(0, 7));
  let gains = 0;
  for (const sorted of sortedAssessmentsBySkill(history)) {
    let before: number | undefined;
    let first: number | undefined;
    let end: number | undefined;
    for (const assessment of sorted) {
      if (assessment.assessedOn <= from) before = assessment.level;
      else if (assessment.assessedOn <= to) {
        first ??= assessment.level;
        end = assessment.level;
      } else break;
    }
    const start = before ?? first;
    if (end !== undefined && start !== undefined) gains += Math.max(0, end - start);
  }
  return (
    0.6 * clamp(hours / trajectoryTargets.trainingHoursPerYear) +
    0.4 * clamp(gains / trajectoryTargets.levelGainsPerYear)
  );
}

function credentialsFactor(history: TrajectoryHistory, to: IsoDate): number {
  const valid = history.certifications.filter(
    (c) => c.earnedOn <= to && certificationState(c.expiresOn, to) !== 'expired',
  ).length;
  return clamp(valid / trajectoryTargets.validCertificationsForFullMarks);
}

/** The best current role's package from its yes/no flags: what is known when no pay is recorded. */
function packageFlagsScore(history: TrajectoryHistory, to: IsoDate): number {
  const current = history.positions.filter((p) => p.startedOn <= to && (p.endedOn === null || p.endedOn >= to));
  return Math.max(
    0,
    ...current.map(
      (p) =>
        (p.payBasis === 'salary' ? 0.5 : 0) +
        ((Number(p.hasBonus) + Number(p.hasStockOptions) + Number(p.hasBenefits)) / 3) * 0.5,
    ),
  );
}

function advancementFactor(history: TrajectoryHistory, to: IsoDate): number {
  const threeYearsBefore = yearBefore(yearBefore(yearBefore(to)));
  const moves = history.positions.filter(
    (p) => ['promotion', 'career_change'].includes(p.howReached) && within(p.startedOn, threeYearsBefore, to),
  ).length;
  const current = history.positions.filter((p) => p.startedOn <= to && (p.endedOn === null || p.endedOn >= to));
  if (current.length === 0 && moves === 0) return 0;
  // Real pay growth over the same three years when pay is recorded; the package flags otherwise.
  const growth = realPayGrowthPerYear(history.positions, history.payRecords, threeYearsBefore, to);
  const compensation = growth === null ? packageFlagsScore(history, to) : payGrowthScore(growth);
  return 0.6 * clamp(moves / trajectoryTargets.advancementsInThreeYears) + 0.4 * compensation;
}

function consistencyFactor(history: TrajectoryHistory, from: IsoDate, to: IsoDate): number {
  const updated = new Set(history.updateWeeks);
  const weeks = history.updateWeeks.filter((week) => within(week, from, to)).length;
  const firstEver = [...history.updateWeeks].sort()[0];
  if (!firstEver || firstEver > to) return 0;
  // Only weeks since the first ever update count, so a new user is not punished for the year before they
  // came; but at least a quarter, so two weeks of check-ins do not read as a steady habit. Weeks are counted
  // from the first update's week start, every seven days.
  const start = firstEver > from ? firstEver : addDays(from, 1);
  const firstWeek = Math.ceil(daysBetween(firstEver, start) / 7);
  let lastWeek = Math.floor(daysBetween(firstEver, to) / 7);
  // The week `to` falls in is still running on that day: it is not missed before a later week begins.
  if (!updated.has(addDays(firstEver, lastWeek * 7))) lastWeek -= 1;
  const possible = Math.max(trajectoryTargets.minimumConsistencyWeeks, lastWeek - firstWeek + 1);
  return clamp(weeks / possible);
}

function purposeFactor(history: TrajectoryHistory, from: IsoDate, to: IsoDate): number {
  const ratings = history.reflections.filter((r) => within(r.weekStart, from, to)).map((r) => r.alignment);
  if (ratings.length === 0) return 0;
  const mean = ratings.reduce((sum, rating) => sum + rating, 0) / ratings.length;
  return clamp((mean - 1) / 4);
}

/** True when there is anything to mirror at that date: a goal or a role. */
export function hasEnoughData(history: TrajectoryHistory, to: IsoDate): boolean {
  return (
    history.goals.some((goal) => goal.startDate <= to) || history.positions.some((position) => position.startedOn <= to)
  );
}

/**
 * Each factor's value (0–1) on a date over the twelve months before it; null when there is not enough data yet.
 * A month is judged at its last day, the month still running as of today (`indexDates`).
 */
export function trajectoryFactorValuesAt(history: TrajectoryHistory, date: IsoDate): TrajectoryFactorValues | null {
  if (!hasEnoughData(history, date)) return null;
  const from = yearBefore(date);
  return {
    horizon: horizonFactor(history, from, date),
    learning: learningFactor(history, from, date),
    credentials: credentialsFactor(history, date),
    advancement: advancementFactor(history, date),
    consistency: consistencyFactor(history, from, date),
    purpose: purposeFactor(history, from, date),
  };
}

/** The weighted score and contributions for a month's factor values. */
export function trajectoryPoint(monthEnd: IsoDate, values: TrajectoryFactorValues): TrajectoryPoint {
  const factors = trajectoryFactors.map(({ key, label, weight }) => ({
    key,
    label,
    weight,
    value: values[key],
    contribution: values[key] * weight,
  }));
  const score = Math.round(factors.reduce((sum, factor) => sum + factor.contribution, 0));
  return { monthEnd, score, factors };
}

/** The index at the end of a month over the twelve months before it; null when there is not enough data yet. */
export function trajectoryIndexAt(history: TrajectoryHistory, monthEnd: IsoDate): TrajectoryPoint | null {
  const values = trajectoryFactorValuesAt(history, monthEnd);
  return values && trajectoryPoint(monthEnd, values);
}

/** The last day of each month from `firstMonth` (YYYY-MM) to `lastMonth`, inclusive. */
export function monthEnds(firstMonth: string, lastMonth: string): IsoDate[] {
  const ends: IsoDate[] = [];
  let [year, month] = firstMonth.split('-').map(Number) as [number, number];
  const [lastYear, lastMonthNumber] = lastMonth.split('-').map(Number) as [number, number];
  while (year < lastYear || (year === lastYear && month <= lastMonthNumber)) {
    ends.push(new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10));
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return ends;
}

/**
 * The dates a series judges its months at, from `firstMonth` (YYYY-MM) to the month of `asOf`: each month's
 * last day, but the month still running on `asOf` as of that day, since its remaining days have not happened.
 * The point's monthEnd is then `asOf`, labelled with its month as the others are.
 */
export function indexDates(firstMonth: string, asOf: IsoDate): IsoDate[] {
  return monthEnds(firstMonth, asOf.slice(0, 7)).map((end) => (end > asOf ? asOf : end));
}

/** One point per month with enough data, up to `asOf` (see `indexDates`). */
export function trajectorySeries(history: TrajectoryHistory, firstMonth: string, asOf: IsoDate): TrajectoryPoint[] {
  return indexDates(firstMonth, asOf).flatMap((date) => trajectoryIndexAt(history, date) ?? []);
}
