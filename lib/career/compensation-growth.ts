// Real growth of total yearly compensation, for the trajectory index's advancement-and-compensation
// factor (docs/trajectory.md). "Real" means above prices: the app holds no price index, so a steady
// inflation is assumed and taken off; a raise that only keeps up with prices is no growth.
import { totalCompensationAt, type PayFacts, type PositionFacts } from '@/lib/career/compensation';
import { addDays, daysBetween, type IsoDate } from '@/lib/dates/calendar';

export const payGrowthRules = {
  /** Central banks' usual target: what pay must rise by a year just to stay the same in real terms. */
  assumedInflationPerYear: 0.02,
  /** Real growth a year that earns full marks. */
  realGrowthPerYearForFullMarks: 0.08,
  /** Less pay history than this says nothing about growth yet. */
  minimumDays: 365,
} as const;

/**
 * Real yearly growth of total compensation up to `to`, over the pay history since `since` (or since pay
 * was first known in that currency, when later), annualised; per currency, the best of those held at
 * `to`. Null when no currency has at least a year of pay history to compare: the factor then falls back
 * to the roles' package flags.
 */
export function realPayGrowthPerYear(
  positions: readonly PositionFacts[],
  records: readonly PayFacts[],
  since: IsoDate,
  to: IsoDate,
): number | null {
  const now = totalCompensationAt(positions, records, to);
  let best: number | null = null;
  for (const [currency, total] of now) {
    const start = firstDateWithPay(positions, records, currency, since, to);
    if (start === undefined) continue;
    const days = daysBetween(start, to);
    const then = totalCompensationAt(positions, records, start).get(currency);
    if (days < payGrowthRules.minimumDays || !then) continue;
    const nominal = (total / then) ** (365 / days) - 1;
    const real = (1 + nominal) / (1 + payGrowthRules.assumedInflationPerYear) - 1;
    best = best === null ? real : Math.max(best, real);
  }
  return best;
}

/** The first date from `since` to `to` with a total in the currency: `since` itself, or a later change. */
function firstDateWithPay(
  positions: readonly PositionFacts[],
  records: readonly PayFacts[],
  currency: string,
  since: IsoDate,
  to: IsoDate,
): IsoDate | undefined {
  const candidates = [
    since,
    ...records.map((record) => record.effectiveOn),
    ...positions.map((position) => position.startedOn),
    ...positions.flatMap((position) => (position.endedOn ? [addDays(position.endedOn, 1)] : [])),
  ]
    .filter((date) => date >= since && date <= to)
    .sort();
  return candidates.find((date) => totalCompensationAt(positions, records, date).has(currency));
}

/** The growth as a score from 0 to 1: no real growth or a cut scores 0, the target or more scores 1. */
export function payGrowthScore(realGrowth: number): number {
  return Math.min(1, Math.max(0, realGrowth / payGrowthRules.realGrowthPerYearForFullMarks));
}
