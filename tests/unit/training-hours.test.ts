import { describe, expect, it } from 'vitest';
import { trainingHoursIn, type TrainingHoursEntry } from '@/lib/career/training-hours';

const entry = (startedOn: string | null, completedOn: string | null, hours: number | null): TrainingHoursEntry => ({
  startedOn,
  completedOn,
  hours,
});

describe('training hours spread over the months an entry ran', () => {
  it('spreads a degree’s hours evenly over its months, start and completion month included', () => {
    // September 2022 to June 2025: 34 months of 50 hours.
    const degree = [entry('2022-09-15', '2025-06-30', 1700)];
    expect(trainingHoursIn(degree, '2022-09', '2022-09')).toBeCloseTo(50);
    expect(trainingHoursIn(degree, '2022-01', '2022-12')).toBeCloseTo(200);
    expect(trainingHoursIn(degree, '2023-01', '2023-12')).toBeCloseTo(600);
    expect(trainingHoursIn(degree, '2024-01', '2024-12')).toBeCloseTo(600);
    expect(trainingHoursIn(degree, '2025-01', '2025-12')).toBeCloseTo(300);
    expect(trainingHoursIn(degree, '2000-01', '2030-12')).toBeCloseTo(1700);
  });

  it('counts only the part of a year a period covers, and nothing outside the months the entry ran', () => {
    const course = [entry('2025-11-03', '2026-02-20', 40)];
    expect(trainingHoursIn(course, '2026-01', '2026-11')).toBeCloseTo(20);
    // A trailing window from March 2025 to February 2026 takes all four months.
    expect(trainingHoursIn(course, '2025-03', '2026-02')).toBeCloseTo(40);
    expect(trainingHoursIn(course, '2026-03', '2026-12')).toBe(0);
    expect(trainingHoursIn(course, '2024-01', '2025-10')).toBe(0);
  });

  it('puts all the hours in the month when an entry starts and ends in the same month', () => {
    const workshop = [entry('2025-05-02', '2025-05-30', 16)];
    expect(trainingHoursIn(workshop, '2025-05', '2025-05')).toBe(16);
    expect(trainingHoursIn(workshop, '2025-06', '2025-12')).toBe(0);
  });

  it('puts all the hours in the completion month when the start is unknown', () => {
    const course = [entry(null, '2025-12-31', 30)];
    expect(trainingHoursIn(course, '2025-12', '2025-12')).toBe(30);
    expect(trainingHoursIn(course, '2026-01', '2026-12')).toBe(0);
    // A start after the completion (only a direct import could write it) is read the same way.
    expect(trainingHoursIn([entry('2026-03-01', '2025-12-31', 30)], '2025-01', '2025-12')).toBe(30);
  });

  it('counts nothing for an entry still in progress (no completion date) or without hours', () => {
    expect(trainingHoursIn([entry('2025-01-10', null, 300)], '2025-01', '2026-12')).toBe(0);
    expect(trainingHoursIn([entry('2025-01-10', '2025-03-01', null)], '2025-01', '2025-12')).toBe(0);
  });

  it('adds several entries together', () => {
    const entries = [entry('2025-01-01', '2025-04-30', 40), entry(null, '2025-03-15', 5)];
    expect(trainingHoursIn(entries, '2025-03', '2025-03')).toBeCloseTo(15);
    expect(trainingHoursIn(entries, '2025-01', '2025-12')).toBeCloseTo(45);
  });
});
