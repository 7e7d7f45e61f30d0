// Total yearly compensation from dated pay records, and how it changed at each promotion. Amounts stay in
// their own currency: totals are kept per currency and never converted. Explained in docs/career.md.
import type { HowReached, PayBasis } from '@/lib/career/vocabulary';
import { addDays, daysBetween, type IsoDate } from '@/lib/dates/calendar';

export const weeksPerYear = 52;
const daysPerYear = 365;

export type PayFacts = {
  positionId: string;
  effectiveOn: IsoDate;
  currency: string;
  baseKind: PayBasis;
  baseAmount: number;
  hoursPerWeek: number | null;
  bonusTarget: number | null;
  bonusPaid: number | null;
  equityValue: number | null;
  equityVestingStart: IsoDate | null;
  equityVestingYears: number | null;
};

export type PositionFacts = {
  id: string;
  startedOn: IsoDate;
  endedOn: IsoDate | null;
  howReached: HowReached;
};

/** Base pay over a year: the salary, or the hourly rate × usual hours a week × 52. */
export function yearlyBase(record: PayFacts): number {
  return record.baseKind === 'hourly'
    ? record.baseAmount * (record.hoursPerWeek ?? 0) * weeksPerYear
    : record.baseAmount;
}

/** The bonus of the year: what was paid when known, else the target, else nothing. */
export function yearlyBonus(record: PayFacts): number {
  return record.bonusPaid ?? record.bonusTarget ?? 0;
}

/** What of a grant vests in the year from `from` (365 days), vesting evenly by day over its years. */
export function equityVestingWithinYear(record: PayFacts, from: IsoDate): number {
  const { equityValue, equityVestingStart, equityVestingYears } = record;
  if (!equityValue || !equityVestingStart || !equityVestingYears) return 0;
  const vestingDays = equityVestingYears * daysPerYear;
  const start = Math.max(0, daysBetween(equityVestingStart, from));
  const end = Math.min(vestingDays, daysBetween(equityVestingStart, addDays(from, daysPerYear)));
  return end > start ? (equityValue * (end - start)) / vestingDays : 0;
}

export type YearlyCompensation = { currency: string; base: number; bonus: number; equity: number; total: number };

const byEffectiveDate = (a: PayFacts, b: PayFacts) => a.effectiveOn.localeCompare(b.effectiveOn);

/** The record in effect at a date: the latest on or before it. */
export function payRecordAt(records: readonly PayFacts[], date: IsoDate): PayFacts | undefined {
  return [...records].sort(byEffectiveDate).findLast((record) => record.effectiveOn <= date);
}

const heldAt = (position: PositionFacts, date: IsoDate) =>
  position.startedOn <= date && (position.endedOn === null || position.endedOn >= date);

/**
 * One position's yearly compensation at a date: base and bonus of the record in effect, plus what vests in
 * the year ahead of every grant recorded for it so far in that currency (a grant is entered once, in the
 * record of its date). Undefined when the role is not held then or has no pay recorded yet.
 */
export function positionCompensationAt(
  position: PositionFacts,
  records: readonly PayFacts[],
  date: IsoDate,
): YearlyCompensation | undefined {
  if (!heldAt(position, date)) return undefined;
  const own = records.filter((record) => record.positionId === position.id);
  const current = payRecordAt(own, date);
  if (!current) return undefined;
  const equity = own
    .filter((record) => record.effectiveOn <= date && record.currency === current.currency)
    .reduce((sum, record) => sum + equityVestingWithinYear(record, date), 0);
  const base = yearlyBase(current);
  const bonus = yearlyBonus(current);
  return { currency: current.currency, base, bonus, equity, total: base + bonus + equity };
}

/** Total yearly compensation at a date over every role held then, per currency (never converted). */
export function totalCompensationAt(
  positions: readonly PositionFacts[],
  records: readonly PayFacts[],
  date: IsoDate,
): Map<string, number> {
  const totals = new Map<string, number>();
  for (const position of positions) {
    const pay = positionCompensationAt(position, records, date);
    if (pay) totals.set(pay.currency, (totals.get(pay.currency) ?? 0) + pay.total);
  }
  return totals;
}

/** A position with its title, for what names the role. */
export type NamedPositionFacts = PositionFacts & { title: string };

export type PromotionRaise = {
  positionId: string;
  title: string;
  /** The date the new pay applies: the promotion's start, or its first pay record when that is later. */
  date: IsoDate;
  currency: string;
  before: number | null;
  after: number;
  change: number | null;
};

/** The total compensation just before and at each promotion with pay recorded, in the new role's currency. */
export function promotionRaises(
  positions: readonly NamedPositionFacts[],
  records: readonly PayFacts[],
): PromotionRaise[] {
  return positions
    .filter((position) => position.howReached === 'promotion')
    .flatMap((position) => {
      const first = records.filter((record) => record.positionId === position.id).sort(byEffectiveDate)[0];
      if (!first) return [];
      const date = first.effectiveOn > position.startedOn ? first.effectiveOn : position.startedOn;
      const pay = positionCompensationAt(position, records, date);
      if (!pay) return [];
      const after = totalCompensationAt(positions, records, date).get(pay.currency) ?? pay.total;
      const before = totalCompensationAt(positions, records, addDays(position.startedOn, -1)).get(pay.currency) ?? null;
      return [
        {
          positionId: position.id,
          title: position.title,
          date,
          currency: pay.currency,
          before,
          after,
          change: before === null ? null : after - before,
        },
      ];
    })
    .sort((a, b) => a.date.localeCompare(b.date));
}

export type CompensationPoint = { date: IsoDate; total: number; promotion: PromotionRaise | null };
export type CompensationSeries = { currency: string; points: CompensationPoint[] };

/**
 * Total yearly compensation over time, one series per currency: a point at each date the pay changed
 * (a record took effect, a role began or ended), the promotions marked with their change.
 */
export function compensationSeries(
  positions: readonly NamedPositionFacts[],
  records: readonly PayFacts[],
): CompensationSeries[] {
  const raises = promotionRaises(positions, records);
  const paid = new Set(records.map((record) => record.positionId));
  const dates = new Set(records.map((record) => record.effectiveOn));
  for (const position of positions.filter((role) => paid.has(role.id))) {
    dates.add(position.startedOn);
    if (position.endedOn) dates.add(addDays(position.endedOn, 1));
  }
  const series = new Map<string, CompensationPoint[]>();
  for (const date of [...dates].sort()) {
    for (const [currency, total] of totalCompensationAt(positions, records, date)) {
      const points = series.get(currency) ?? [];
      const promotion = raises.find((raise) => raise.date === date && raise.currency === currency) ?? null;
      // A date where nothing changed (a record repeating the same pay) adds no point unless it marks a promotion.
      if (points.at(-1)?.total !== total || promotion) points.push({ date, total, promotion });
      series.set(currency, points);
    }
  }
  return [...series].map(([currency, points]) => ({ currency, points }));
}

export type PayOverPeriod = { currency: string; atStart: number | null; atEnd: number | null; change: number | null };

/** Total yearly compensation at the start and the end of a period, per currency, and the change between. */
export function payOverPeriod(
  positions: readonly PositionFacts[],
  records: readonly PayFacts[],
  start: IsoDate,
  end: IsoDate,
): PayOverPeriod[] {
  const atStart = totalCompensationAt(positions, records, start);
  const atEnd = totalCompensationAt(positions, records, end);
  return [...new Set([...atStart.keys(), ...atEnd.keys()])].sort().map((currency) => {
    const before = atStart.get(currency) ?? null;
    const after = atEnd.get(currency) ?? null;
    return {
      currency,
      atStart: before,
      atEnd: after,
      change: before === null || after === null ? null : after - before,
    };
  });
}
