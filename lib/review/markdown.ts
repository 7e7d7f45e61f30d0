// The yearly review as Markdown: headings and lists a person can paste anywhere.
import type { YearlyReview } from '@/lib/review/review';
import { indexSentence, reviewSections } from '@/lib/review/sections';
import { dateLabel } from '@/lib/dates/calendar';

const list = (items: string[], none: string | undefined) =>
  items.length === 0 ? (none ? [`_${none}_`] : []) : items.map((item) => `- ${item}`);

export function reviewToMarkdown(
  review: YearlyReview,
  name: string | null,
  notes: { summary: string; highlights: string[] },
  isCurrentYear: boolean,
): string {
  return [
    `# Yearly review ${review.year}${name ? ` — ${name}` : ''}`,
    '',
    `${dateLabel(review.start)} to ${dateLabel(review.end)}.`,
    '',
    '## Summary',
    notes.summary || '_No summary written._',
    '',
    '## Highlights',
    ...list(notes.highlights, 'No highlights picked.'),
    '',
    '## Trajectory index',
    indexSentence(review, isCurrentYear) ?? '_Not enough data for the index this year._',
    '',
    ...reviewSections(review).flatMap((section) => [
      `## ${section.title}`,
      ...(section.lead ? [section.lead] : []),
      ...list(section.items, section.none),
      '',
    ]),
  ].join('\n');
}
