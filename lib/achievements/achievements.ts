// How an achievement reads (its measured result, one line for a review or a résumé) and which of a
// year's achievements a review includes.
import { defaultNumberLocale, percent, withUnit } from '@/lib/format';

type Measured = { metric: string; valueBefore: number | null; valueAfter: number | null; unit: string };

/** The change from before to after as a whole percentage ("−72%"); null without a non-zero before. */
export function percentChange(
  before: number | null,
  after: number | null,
  locale: string = defaultNumberLocale,
): string | null {
  if (before === null || after === null || before === 0) return null;
  const change = Math.round(((after - before) / Math.abs(before)) * 100);
  return `${change > 0 ? '+' : change < 0 ? '−' : ''}${percent(Math.abs(change) / 100, locale)}`;
}

/**
 * "Deploy time: 40 → 12 min (−70%)", "NPS: 41" with no before; null when nothing was measured. `to` joins
 * before and after (the PDF's words use "to").
 */
export function measuredResultText(result: Measured, to = '→', locale: string = defaultNumberLocale): string | null {
  if (result.metric === '' || result.valueAfter === null) return null;
  const after = withUnit(result.valueAfter, result.unit, locale);
  if (result.valueBefore === null) return `${result.metric}: ${after}`;
  const change = percentChange(result.valueBefore, result.valueAfter, locale);
  return `${result.metric}: ${withUnit(result.valueBefore, result.unit, locale)} ${to} ${after}${change ? ` (${change})` : ''}`;
}

type Line = Measured & { title: string; impact: string };

/** One line of an achievement: what happened, its impact and its result ("Cut deploys to 12 min. Result: …"). */
export function achievementLine(
  achievement: Line,
  to = '→',
  userText: (text: string) => string = (text) => text,
  locale: string = defaultNumberLocale,
): string {
  const sentence = (text: string) => (/[.!?…]$/.test(text) ? text : `${text}.`);
  const result = measuredResultText(
    { ...achievement, metric: userText(achievement.metric), unit: userText(achievement.unit) },
    to,
    locale,
  );
  const impact = achievement.impact.trim().replace(/\s+/g, ' ');
  return [sentence(userText(achievement.title)), impact && sentence(userText(impact)), result && `Result: ${result}.`]
    .filter(Boolean)
    .join(' ');
}

/**
 * The achievements a review includes, oldest first: the ones the user picked, or every achievement of the
 * year while they have not picked (`picked` null). Picks of entries deleted since are simply gone.
 */
export function reviewAchievements<T extends { id: string; achievedOn: string }>(
  ofTheYear: T[],
  picked: string[] | null,
): T[] {
  const chosen = picked === null ? ofTheYear : ofTheYear.filter((entry) => picked.includes(entry.id));
  return [...chosen].sort((a, b) => a.achievedOn.localeCompare(b.achievedOn));
}

/** How the review says which achievements it includes, so the default is never a surprise. */
export function reviewAchievementsNote(picked: boolean, count: number): string {
  if (!picked)
    return count === 0
      ? 'No achievements logged this year.'
      : 'Every achievement of the year is included until you pick the ones to show.';
  if (count === 0) return 'You picked none of this year’s achievements.';
  return `You picked ${count} of this year’s achievements.`;
}
