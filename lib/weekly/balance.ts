// Work-life balance: the hours worked and the balance rating of each weekly reflection, read per month
// (the dashboard) and over a year (the review). docs/trajectory.md says why neither enters the index.
import { defaultNumberLocale, oneDecimal } from '@/lib/format';
import { z } from 'zod';
import { groupBy } from '@/lib/group-by';
import { monthLabel, type IsoDate } from '@/lib/dates/calendar';
import { balanceLabels, maxHoursWorked } from './balance-scale';

export const hoursWorkedMessage = `Enter the hours you worked, from 0 to ${maxHoursWorked}, in whole hours or with one decimal.`;

const hasAtMostOneDecimal = (hours: number) => Math.abs(Math.round(hours * 10) - hours * 10) < 1e-9;

/** Hours worked as stored and imported: 0–120, whole or with one decimal. */
export const hoursWorked = z
  .number()
  .finite()
  .min(0, hoursWorkedMessage)
  .max(maxHoursWorked, hoursWorkedMessage)
  .refine(hasAtMostOneDecimal, hoursWorkedMessage);

/** Hours typed in the weekly form ("37.5" or "37,5"); empty means not given. */
export const hoursWorkedField = z
  .string()
  .trim()
  .optional()
  .transform((value, context) => {
    if (!value) return null;
    if (!/^\d{1,3}(?:[.,]\d)?$/.test(value)) {
      context.addIssue({ code: 'custom', message: hoursWorkedMessage });
      return z.NEVER;
    }
    return Number(value.replace(',', '.'));
  })
  .pipe(hoursWorked.nullable());

/** The balance rating of the weekly form: 1–5, or not given. */
export const balanceField = z
  .string()
  .trim()
  .optional()
  .transform((value, context) => {
    if (!value) return null;
    if (!/^[1-5]$/.test(value)) {
      context.addIssue({ code: 'custom', message: 'Rate the balance of the week from Draining to Sustainable.' });
      return z.NEVER;
    }
    return Number(value);
  });

export type BalanceWeek = { weekStart: IsoDate; alignment: number; hoursWorked: number | null; balance: number | null };

export type BalancePoint = {
  month: string;
  label: string;
  /** Mean weekly hours of the weeks that recorded them; null when none did. */
  hours: number | null;
  /** Mean balance rating (1–5) of the weeks rated; null when none was. */
  balance: number | null;
  /** Mean purpose alignment of the same month, to read beside the balance. */
  alignment: number;
};

const mean = (values: number[]) =>
  values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
const present = (values: (number | null)[]) => values.filter((value): value is number => value !== null);

/** Per month from `firstMonth` on, the months with hours or a balance rating: their means beside alignment. */
export function monthlyBalance(weeks: readonly BalanceWeek[], firstMonth: string): BalancePoint[] {
  const byMonth = groupBy(
    weeks.filter((week) => week.weekStart.slice(0, 7) >= firstMonth),
    (week) => week.weekStart.slice(0, 7),
  );
  return [...byMonth.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([month, inMonth]) => {
      const hours = mean(present(inMonth.map((week) => week.hoursWorked)));
      const balance = mean(present(inMonth.map((week) => week.balance)));
      if (hours === null && balance === null) return [];
      const alignment = mean(inMonth.map((week) => week.alignment)) ?? 0;
      return [{ month, label: monthLabel(month), hours, balance, alignment }];
    });
}

export type BalanceTrend = 'improving' | 'declining' | 'steady';

/** Fewer rated weeks than this say nothing about a direction. */
export const minWeeksForTrend = 4;
/** How far the later half's mean must move from the earlier half's to count as a change, on the 1–5 scale. */
export const trendThreshold = 0.5;

export type BalanceSummary = {
  weeksWithHours: number;
  averageHours: number | null;
  weeksRated: number;
  averageBalance: number | null;
  /** The later half of the rated weeks against the earlier half; null with fewer than four rated weeks. */
  trend: BalanceTrend | null;
};

/** The balance of a stretch of weeks (a year): average hours, average rating and which way the rating went. */
export function summariseBalance(weeks: readonly Omit<BalanceWeek, 'alignment'>[]): BalanceSummary {
  const chronological = [...weeks].sort((a, b) => a.weekStart.localeCompare(b.weekStart));
  const hours = present(chronological.map((week) => week.hoursWorked));
  const ratings = present(chronological.map((week) => week.balance));
  const half = Math.floor(ratings.length / 2);
  const change =
    ratings.length < minWeeksForTrend
      ? null
      : (mean(ratings.slice(ratings.length - half)) ?? 0) - (mean(ratings.slice(0, half)) ?? 0);
  return {
    weeksWithHours: hours.length,
    averageHours: roundToTenth(mean(hours)),
    weeksRated: ratings.length,
    averageBalance: roundToTenth(mean(ratings)),
    trend:
      change === null
        ? null
        : change >= trendThreshold
          ? 'improving'
          : change <= -trendThreshold
            ? 'declining'
            : 'steady',
  };
}

function roundToTenth(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10) / 10;
}

/** The summary in one sentence, for the review's page, PDF and Markdown. */
export function balanceSentence(summary: BalanceSummary, locale: string = defaultNumberLocale): string | null {
  if (summary.averageHours === null && summary.averageBalance === null) return null;
  const weeks = (count: number) => `${count} ${count === 1 ? 'week' : 'weeks'}`;
  const parts = [
    summary.averageHours === null
      ? null
      : `${oneDecimal(summary.averageHours, locale)} hours worked a week on average (${weeks(summary.weeksWithHours)} recorded)`,
    summary.averageBalance === null
      ? null
      : `balance ${oneDecimal(summary.averageBalance, locale)} out of 5 on average, “${balanceLabels[Math.round(summary.averageBalance)] ?? ''}” (${weeks(summary.weeksRated)} rated)`,
    summary.trend === null ? null : `${summary.trend} over the year`,
  ].filter((part): part is string => part !== null);
  const sentence = parts.join('; ');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}
