import { describe, expect, it } from 'vitest';
import { period, trainingPeriod } from '@/lib/career/periods';
import { dateLabel, monthLabel } from '@/lib/dates/calendar';

describe('when a course or training ran, in words', () => {
  it('says "in progress" for an entry without an end, with its start when known', () => {
    expect(trainingPeriod({ startedOn: null, completedOn: null })).toBe('in progress');
    expect(trainingPeriod({ startedOn: '2023-01-09', completedOn: null })).toBe('9 Jan 2023 – in progress');
    expect(trainingPeriod({ startedOn: '2023-01-09', completedOn: null }, monthLabel)).toBe('Jan 2023 – in progress');
  });

  it('gives a finished entry its span, or the end alone when the start is unknown or reads the same', () => {
    expect(trainingPeriod({ startedOn: '2024-02-05', completedOn: '2024-06-28' })).toBe('5 Feb 2024 – 28 Jun 2024');
    expect(trainingPeriod({ startedOn: null, completedOn: '2024-02-01' })).toBe('1 Feb 2024');
    expect(trainingPeriod({ startedOn: '2024-05-02', completedOn: '2024-05-03' }, monthLabel)).toBe('May 2024');
    expect(trainingPeriod({ startedOn: '2024-05-02', completedOn: '2024-05-03' })).toBe('2 May 2024 – 3 May 2024');
  });
});

describe('when a role ran, in words', () => {
  it('is ongoing in the caller’s word, and empty without dates', () => {
    expect(period('2023-04-01', null, 'now', dateLabel)).toBe('1 Apr 2023 – now');
    expect(period('2020-01-06', '2023-03-31', 'now', monthLabel)).toBe('Jan 2020 – Mar 2023');
    expect(period(null, null, 'now', dateLabel)).toBe('');
  });
});
