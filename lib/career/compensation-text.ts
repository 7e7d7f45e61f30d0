// Pay records in words, for pages and for the exports that show pay only when the user ticks it
// (the JSON Resume, the CV): one place decides how a record and a position's pay read.
import {
  positionCompensationAt,
  promotionRaises,
  type PayFacts,
  type NamedPositionFacts,
} from '@/lib/career/compensation';
import { benefitKindLabels, type BenefitKind } from '@/lib/career/vocabulary';
import { dateLabel } from '@/lib/dates/calendar';
import { formatMoney, formatMoneyChange, formatNumber } from '@/lib/format';

/** Base pay in words: "€85,000 a year", "€42.50 an hour × 38 h a week". */
export function basePayText(record: PayFacts, locale?: string): string {
  const amount = formatMoney(record.baseAmount, record.currency, locale);
  return record.baseKind === 'hourly'
    ? `${amount} an hour × ${formatNumber(record.hoursPerWeek ?? 0, locale)} h a week`
    : `${amount} a year`;
}

export function bonusText(record: PayFacts, locale?: string): string {
  const parts = [
    record.bonusTarget !== null ? `target ${formatMoney(record.bonusTarget, record.currency, locale)}` : '',
    record.bonusPaid !== null ? `paid ${formatMoney(record.bonusPaid, record.currency, locale)}` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : '—';
}

export function equityText(record: PayFacts, locale?: string): string {
  if (record.equityValue === null) return '—';
  const years = record.equityVestingYears ?? 0;
  const from = record.equityVestingStart ? ` from ${dateLabel(record.equityVestingStart)}` : '';
  return `${formatMoney(record.equityValue, record.currency, locale)} vesting over ${years} ${years === 1 ? 'year' : 'years'}${from}`;
}

export function benefitsText(record: { benefits: readonly string[]; benefitsNote: string }): string {
  const named = record.benefits.map((kind) => benefitKindLabels[kind as BenefitKind] ?? kind);
  const all = record.benefitsNote ? [...named, record.benefitsNote] : named;
  return all.length ? all.join(', ') : '—';
}

/**
 * The pay lines of one position for an export the user chose to include pay in: each record with the
 * total yearly compensation it made, oldest first, and the raise at the promotion into it.
 */
export function payLinesForExport(
  position: NamedPositionFacts,
  positions: readonly NamedPositionFacts[],
  records: readonly PayFacts[],
  locale?: string,
): string[] {
  const own = records.filter((record) => record.positionId === position.id);
  const raise = promotionRaises(positions, records).find((entry) => entry.positionId === position.id);
  const lines = own.map((record) => {
    const total = positionCompensationAt(position, records, record.effectiveOn)?.total;
    const totalText = total === undefined ? '' : `; total ${formatMoney(total, record.currency, locale)} a year`;
    return `From ${dateLabel(record.effectiveOn)}: ${basePayText(record, locale)}${totalText}`;
  });
  if (raise?.change != null)
    lines.push(`Raise at promotion: ${formatMoneyChange(raise.change, raise.currency, locale)} a year`);
  return lines;
}

/**
 * A position's pay in one line, for the Career page and the timeline: its total a year when it began and
 * at its latest change, and the raise at the promotion into it. Null when no pay is recorded for it.
 */
export function positionPayLine(
  position: NamedPositionFacts,
  positions: readonly NamedPositionFacts[],
  records: readonly PayFacts[],
  locale?: string,
): string | null {
  const totals = records
    .filter((record) => record.positionId === position.id)
    .flatMap((record) => {
      const pay = positionCompensationAt(position, records, record.effectiveOn);
      return pay ? [formatMoney(pay.total, pay.currency, locale)] : [];
    });
  const first = totals[0];
  const last = totals.at(-1);
  if (!first || !last) return null;
  const raise = promotionRaises(positions, records).find((entry) => entry.positionId === position.id);
  const raiseText =
    raise?.change != null ? ` · ${formatMoneyChange(raise.change, raise.currency, locale)} at the promotion` : '';
  return `Pay: ${first === last ? first : `${first} → ${last}`} a year in total${raiseText}`;
}
