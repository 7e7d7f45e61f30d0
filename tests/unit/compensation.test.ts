import { describe, expect, it } from 'vitest';
import {
  compensationSeries,
  equityVestingWithinYear,
  payOverPeriod,
  positionCompensationAt,
  promotionRaises,
  totalCompensationAt,
  yearlyBase,
  yearlyBonus,
  type NamedPositionFacts,
  type PayFacts,
} from '@/lib/career/compensation';
import {
  currencyMinorUnits,
  fitsMinorUnits,
  isKnownCurrency,
  parsePayRecordForm,
  payRecordSchema,
} from '@/lib/career/compensation-schema';
import { payLinesForExport } from '@/lib/career/compensation-text';
import { formatMoney, formatMoneyChange, numberLocaleOf } from '@/lib/format';

const pay = (overrides: Partial<PayFacts>): PayFacts => ({
  positionId: 'analyst',
  effectiveOn: '2024-01-01',
  currency: 'EUR',
  baseKind: 'salary',
  baseAmount: 50_000,
  hoursPerWeek: null,
  bonusTarget: null,
  bonusPaid: null,
  equityValue: null,
  equityVestingStart: null,
  equityVestingYears: null,
  ...overrides,
});

const analyst: NamedPositionFacts = {
  id: 'analyst',
  title: 'Analyst',
  startedOn: '2024-01-01',
  endedOn: '2025-06-30',
  howReached: 'first_role',
};
const senior: NamedPositionFacts = {
  id: 'senior',
  title: 'Senior analyst',
  startedOn: '2025-07-01',
  endedOn: null,
  howReached: 'promotion',
};

describe('yearly compensation', () => {
  it('an hourly rate counts as rate × usual hours a week × 52', () => {
    expect(yearlyBase(pay({ baseKind: 'hourly', baseAmount: 25, hoursPerWeek: 40 }))).toBe(52_000);
    expect(yearlyBase(pay({ baseAmount: 61_000 }))).toBe(61_000);
  });

  it('the bonus paid counts once known, else the target, else nothing', () => {
    expect(yearlyBonus(pay({}))).toBe(0);
    expect(yearlyBonus(pay({ bonusTarget: 5000 }))).toBe(5000);
    expect(yearlyBonus(pay({ bonusTarget: 5000, bonusPaid: 3200 }))).toBe(3200);
    expect(yearlyBonus(pay({ bonusTarget: 5000, bonusPaid: 0 }))).toBe(0);
  });

  it('a grant vests evenly: a year of a four-year grant is a quarter, nothing before or after it', () => {
    const grant = pay({ equityValue: 40_000, equityVestingStart: '2024-01-01', equityVestingYears: 4 });
    expect(equityVestingWithinYear(grant, '2024-01-01')).toBeCloseTo(10_000);
    expect(equityVestingWithinYear(grant, '2023-01-01')).toBe(0);
    expect(equityVestingWithinYear(grant, '2028-01-01')).toBe(0);
    // Half a year before vesting starts: half a year's share falls in the year ahead.
    expect(equityVestingWithinYear(grant, '2023-07-02')).toBeCloseTo(5000, -2);
    // The last half year of vesting.
    expect(equityVestingWithinYear(grant, '2027-07-02')).toBeCloseTo(5000, -2);
  });

  it('totals base, bonus and vesting equity of the record in effect, and only while the role is held', () => {
    const records = [
      pay({ bonusTarget: 4000, equityValue: 20_000, equityVestingStart: '2024-01-01', equityVestingYears: 4 }),
      pay({ effectiveOn: '2025-01-01', baseAmount: 54_000, bonusTarget: 4000, bonusPaid: 4500 }),
    ];
    expect(positionCompensationAt(analyst, records, '2024-06-01')).toEqual({
      currency: 'EUR',
      base: 50_000,
      bonus: 4000,
      equity: 5000,
      total: 59_000,
    });
    // The raise replaces base and bonus; the earlier grant keeps vesting.
    expect(positionCompensationAt(analyst, records, '2025-02-01')?.total).toBeCloseTo(54_000 + 4500 + 5000);
    expect(positionCompensationAt(analyst, records, '2023-12-31')).toBeUndefined();
    expect(positionCompensationAt(analyst, records, '2025-07-01')).toBeUndefined();
  });

  it('keeps currencies apart and never converts them', () => {
    const side: NamedPositionFacts = { ...senior, id: 'side', howReached: 'new_employer', startedOn: '2024-01-01' };
    const records = [pay({}), pay({ positionId: 'side', currency: 'USD', baseAmount: 10_000 })];
    expect(Object.fromEntries(totalCompensationAt([analyst, side], records, '2024-03-01'))).toEqual({
      EUR: 50_000,
      USD: 10_000,
    });
  });

  it('shows the change at a promotion and marks it in the series', () => {
    const records = [
      pay({}),
      pay({ effectiveOn: '2025-01-01', baseAmount: 52_000 }),
      pay({ positionId: 'senior', effectiveOn: '2025-07-01', baseAmount: 60_000 }),
    ];
    const [raise] = promotionRaises([analyst, senior], records);
    expect(raise).toMatchObject({ title: 'Senior analyst', before: 52_000, after: 60_000, change: 8000 });
    const [series] = compensationSeries([analyst, senior], records);
    expect(series?.currency).toBe('EUR');
    expect(series?.points.map((point) => [point.date, point.total, point.promotion?.change ?? null])).toEqual([
      ['2024-01-01', 50_000, null],
      ['2025-01-01', 52_000, null],
      ['2025-07-01', 60_000, 8000],
    ]);
  });

  it('gives the total at the start and the end of a year, and the change, per currency', () => {
    const records = [pay({}), pay({ positionId: 'senior', effectiveOn: '2025-07-01', baseAmount: 60_000 })];
    expect(payOverPeriod([analyst, senior], records, '2025-01-01', '2025-12-31')).toEqual([
      { currency: 'EUR', atStart: 50_000, atEnd: 60_000, change: 10_000 },
    ]);
    expect(payOverPeriod([analyst, senior], records, '2023-01-01', '2023-12-31')).toEqual([]);
  });

  it('writes pay lines for an export that includes pay, with the raise at the promotion', () => {
    const records = [pay({}), pay({ positionId: 'senior', effectiveOn: '2025-07-01', baseAmount: 60_000 })];
    expect(payLinesForExport(senior, [analyst, senior], records, 'en-GB')).toEqual([
      'From 1 Jul 2025: €60,000.00 a year; total €60,000.00 a year',
      'Raise at promotion: +€10,000.00 a year',
    ]);
  });
});

describe('money in the user’s locale', () => {
  it('formats with the currency’s own decimals and the locale’s separators', () => {
    expect(formatMoney(1234.5, 'EUR', 'en-GB')).toBe('€1,234.50');
    expect(formatMoney(1234.5, 'EUR', 'de-DE')).toBe('1.234,50\u00a0€');
    expect(formatMoney(9000, 'JPY', 'en-GB')).toBe('JP¥9,000');
    expect(formatMoneyChange(-1200, 'USD', 'en-US')).toBe('−$1,200.00');
  });

  it('reads the locale from Accept-Language, falling back for nonsense', () => {
    expect(numberLocaleOf('de-CH,de;q=0.9,en;q=0.8')).toBe('de-CH');
    expect(numberLocaleOf('*, ;;; x-??')).toBe('en-GB');
    expect(numberLocaleOf(null)).toBe('en-GB');
  });
});

describe('pay record rules', () => {
  it('knows ISO 4217 codes and refuses others', () => {
    expect(isKnownCurrency('EUR')).toBe(true);
    expect(isKnownCurrency('XYZ')).toBe(false);
    expect(isKnownCurrency('eur')).toBe(false);
  });

  it('allows no more decimals than the currency’s minor units', () => {
    expect(currencyMinorUnits('EUR')).toBe(2);
    expect(currencyMinorUnits('JPY')).toBe(0);
    expect(currencyMinorUnits('KWD')).toBe(3);
    expect(fitsMinorUnits(10.25, 'EUR')).toBe(true);
    expect(fitsMinorUnits(10.255, 'EUR')).toBe(false);
    expect(fitsMinorUnits(1000.5, 'JPY')).toBe(false);
    expect(fitsMinorUnits(1.125, 'KWD')).toBe(true);
  });

  const form = (fields: Record<string, string | string[]>) => {
    const data = new FormData();
    for (const [name, value] of Object.entries(fields)) for (const item of [value].flat()) data.append(name, item);
    return data;
  };
  const valid = { effectiveOn: '2025-03-01', currency: 'eur', baseKind: 'salary', baseAmount: '72000,50' };

  it('reads a valid form: code upper-cased, decimal comma, benefits from the list', () => {
    const parsed = parsePayRecordForm(form({ ...valid, benefits: ['pension', 'meals'], hoursPerWeek: '40' }));
    expect(parsed.success && parsed.data).toMatchObject({
      currency: 'EUR',
      baseAmount: 72000.5,
      hoursPerWeek: null,
      benefits: ['pension', 'meals'],
    });
  });

  it('refuses unknown currencies, negative or huge amounts, too many decimals and missing hours', () => {
    const errors = (fields: Record<string, string | string[]>) => {
      const parsed = parsePayRecordForm(form({ ...valid, ...fields }));
      return parsed.success ? {} : parsed.fieldErrors;
    };
    expect(errors({ currency: 'ABC' }).currency).toEqual([
      'Enter a known currency code (ISO 4217), such as EUR or USD.',
    ]);
    expect(errors({ baseAmount: '-1' }).baseAmount).toEqual(['The base pay cannot be negative.']);
    expect(errors({ bonusTarget: '2000000000' }).bonusTarget).toBeDefined();
    expect(errors({ baseAmount: '10.123' }).baseAmount).toEqual(['EUR amounts have at most 2 decimals.']);
    expect(errors({ currency: 'JPY', baseAmount: '100.5' }).baseAmount).toEqual(['JPY amounts have no decimals.']);
    expect(errors({ baseKind: 'hourly' }).hoursPerWeek).toEqual(['Enter the usual hours a week for an hourly rate.']);
    expect(errors({ equityValue: '1000' }).equityVestingStart).toBeDefined();
    expect(errors({ benefits: ['yacht'] })['benefits.0']).toEqual(['Choose benefits from the list.']);
    expect(errors({ baseAmount: '' }).baseAmount).toEqual(['Enter the base pay.']);
  });

  it('the import’s schema holds the same rules', () => {
    const stored = {
      effectiveOn: '2025-03-01',
      currency: 'EUR',
      baseKind: 'salary',
      baseAmount: 1,
      hoursPerWeek: null,
      bonusTarget: null,
      bonusPaid: null,
      equityValue: null,
      equityVestingStart: null,
      equityVestingYears: null,
      benefits: [],
      benefitsNote: '',
    };
    expect(payRecordSchema.safeParse(stored).success).toBe(true);
    expect(payRecordSchema.safeParse({ ...stored, currency: 'QQQ' }).success).toBe(false);
    expect(payRecordSchema.safeParse({ ...stored, baseAmount: 0.001 }).success).toBe(false);
  });
});
