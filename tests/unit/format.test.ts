import { describe, expect, it } from 'vitest';
import { formatNumber, labelWithUnit, oneDecimal, percent, withUnit } from '@/lib/format';

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
  it('puts the unit after the value, with a space', () => {
    expect(withUnit(2, 'courses')).toBe('2 courses');
    expect(withUnit(25, '%')).toBe('25 %');
    expect(withUnit(2000, '€')).toBe('2000 €');
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
