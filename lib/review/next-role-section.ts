// The review's Next role section in words, for the page, the Markdown and the PDF (through reviewSections).
import { dateLabel } from '@/lib/dates/calendar';
import { percent } from '@/lib/format';
import type { Evidence } from '@/lib/next-role/readiness';
import type { RequirementChange } from '@/lib/review/next-role';
import type { YearlyReview } from '@/lib/review/review';
import type { ReviewSection } from '@/lib/review/sections';

export const nextRoleSectionId = 'next-role';

const points = (change: number) =>
  change === 0
    ? 'no change'
    : `${change > 0 ? 'up' : 'down'} ${Math.abs(change)} point${Math.abs(change) === 1 ? '' : 's'}`;

export function nextRoleSection(
  review: YearlyReview,
  to: string,
  userText: (text: string) => string,
  locale: string,
): ReviewSection {
  const { nextRole } = review;
  if (nextRole === null)
    return { id: nextRoleSectionId, title: 'Next role', lead: `No target role in ${review.year}.`, items: [] };
  const readiness = (value: number) => percent(value / 100, locale);
  const role = `${userText(nextRole.title)}${nextRole.level ? ` (${userText(nextRole.level)})` : ''}`;
  const since =
    nextRole.start.basis === 'year-start'
      ? `at the start of ${review.year}`
      : `when you set it on ${dateLabel(nextRole.start.date)}`;
  const left =
    nextRole.gapsLeft === 0 ? 'No gaps left.' : `${nextRole.gapsLeft} gap${nextRole.gapsLeft === 1 ? '' : 's'} left.`;
  const evidence = (items: Evidence[]) =>
    items.length === 0
      ? ''
      : `; evidence: ${items.map((item) => `${userText(item.label)}${item.date ? ` (${dateLabel(item.date)})` : ''}`).join('; ')}`;
  const line = (prefix: string, change: RequirementChange, needed: string) =>
    `${prefix}: ${userText(change.requirement)}, ${userText(change.from)} ${to} ${userText(change.to)}${needed}${evidence(change.evidence)}`;
  return {
    id: nextRoleSectionId,
    title: 'Next role',
    lead: `Readiness for ${role}: ${readiness(nextRole.start.percent)} ${since} ${to} ${readiness(nextRole.end.percent)} on ${dateLabel(nextRole.end.date)}, ${points(nextRole.change)}. ${left}`,
    items: [
      ...nextRole.gapsClosed.map((change) => line('Gap closed', change, '')),
      ...nextRole.gapsNarrowed.map((change) => line('Gap narrowed', change, ` (needs ${userText(change.need)})`)),
    ],
    none: 'No gap closed or narrowed this year.',
  };
}
