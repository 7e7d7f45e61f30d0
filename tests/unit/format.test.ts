import { describe, expect, it } from 'vitest';
import { formatMoney, formatNumber, labelWithUnit, numberLocaleOf, oneDecimal, percent, withUnit } from '@/lib/format';
import { percentChange } from '@/lib/achievements/achievements';

describe('number formatting', () => {
  it('formats values without noise', () => {
    expect(formatNumber(4)).toBe('4');
    expect(formatNumber(2.5)).toBe('2.5');
    expect(formatNumber(1 / 3)).toBe('0.33');
  });

  it('drops the decimals that round away, and keeps negative values', () => {
    expect(formatNumber(1.999)).toBe('2');
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(-12.5)).toBe('-12.5');
    expect(formatNumber(0)).toBe('0');
  });

  it('shows one decimal even on whole numbers, so a column of ratings lines up', () => {
    expect(oneDecimal(4)).toBe('4.0');
    expect(oneDecimal(3.46)).toBe('3.5');
  });

  it('rounds a share to a whole percentage', () => {
    expect(percent(0)).toBe('0%');
    expect(percent(0.5)).toBe('50%');
    expect(percent(1 / 3)).toBe('33%');
    expect(percent(1)).toBe('100%');
  });
});

describe('values with units', () => {
  it('puts the unit after the value, with a space, and writes "%" as a percentage', () => {
    expect(withUnit(2, 'courses')).toBe('2 courses');
    expect(withUnit(25, '%')).toBe('25%');
    expect(withUnit(2000, '€')).toBe('2,000 €');
    expect(withUnit(1 / 3, 'hours')).toBe('0.33 hours');
  });

  it('shows the bare value when there is no unit', () => {
    expect(withUnit(4, null)).toBe('4');
    expect(withUnit(4, undefined)).toBe('4');
    expect(withUnit(4, '')).toBe('4');
  });

  it('names the unit of a column in parentheses, or not at all', () => {
    expect(labelWithUnit('Value', 'courses')).toBe('Value (courses)');
    expect(labelWithUnit('Value', null)).toBe('Value');
    expect(labelWithUnit('Value', '')).toBe('Value');
  });
});

// Intl writes a no-break space (U+00A0) or a narrow one (U+202F) where a locale puts a space in a number.
const nbsp = '\u00a0';
const narrow = '\u202f';

describe('one number formatter, in the user’s locale', () => {
  it('groups thousands and keeps at most two decimals as each locale writes them', () => {
    expect(formatNumber(1480)).toBe('1,480');
    expect(formatNumber(1480, 'en-US')).toBe('1,480');
    expect(formatNumber(1480.5, 'de-DE')).toBe('1.480,5');
    expect(formatNumber(1234567.891, 'fr-FR')).toBe(`1${narrow}234${narrow}567,89`);
    expect(formatNumber(2.5, 'en-GB')).toBe('2.5');
    expect(formatNumber(4)).toBe('4');
    expect(formatNumber(1 / 3)).toBe('0.33');
  });

  it('writes a goal value with its unit the same way as its target', () => {
    const value = formatNumber(1480, 'en-GB');
    const target = withUnit(2000, '€', 'en-GB');
    expect(`${value} of ${target}`).toBe('1,480 of 2,000 €');
    expect(withUnit(2000, 'courses', 'de-DE')).toBe('2.000 courses');
    expect(withUnit(4, null)).toBe('4');
    expect(withUnit(4, '')).toBe('4');
  });

  it('writes a "%" unit and a share as the locale writes percentages, not as a bare unit', () => {
    expect(withUnit(13, '%', 'en-GB')).toBe('13%');
    expect(withUnit(13, '%', 'de-DE')).toBe(`13${nbsp}%`);
    expect(withUnit(12.5, '%', 'en-US')).toBe('12.5%');
    expect(percent(0.5, 'en-GB')).toBe('50%');
    expect(percent(0.5, 'fr-FR')).toBe(`50${nbsp}%`);
    expect(percent(0.126)).toBe('13%');
    expect(percentChange(40, 12, 'de-DE')).toBe(`−70${nbsp}%`);
    expect(percentChange(10, 15)).toBe('+50%');
  });

  it('keeps one decimal for ratings, with the locale’s decimal sign', () => {
    expect(oneDecimal(4)).toBe('4.0');
    expect(oneDecimal(3.45, 'de-DE')).toBe('3,5');
  });

  it('writes money and plain numbers in the same locale, picked from Accept-Language', () => {
    const locale = numberLocaleOf('de-DE,de;q=0.9,en;q=0.8');
    expect(locale).toBe('de-DE');
    expect(formatMoney(2000, 'EUR', locale)).toBe(`2.000,00${nbsp}€`);
    expect(formatNumber(2000, locale)).toBe('2.000');
    expect(numberLocaleOf('not a locale!!')).toBe('en-GB');
  });
});
