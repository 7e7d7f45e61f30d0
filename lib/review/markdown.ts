// The yearly review as Markdown: headings and lists a person can paste anywhere. Every piece of the user's
// own text goes through lib/markdown.ts, so it reads as text and can add no structure.
import { markdownParagraphs, markdownText } from '@/lib/markdown';
import type { YearlyReview } from '@/lib/review/review';
import { achievementsSection, indexSentence, reviewSections } from '@/lib/review/sections';
import { dateLabel } from '@/lib/dates/calendar';
import { defaultNumberLocale } from '@/lib/format';

const list = (items: string[], none: string | undefined) =>
  items.length === 0 ? (none ? [`_${none}_`] : []) : items.map((item) => `- ${item}`);

export function reviewToMarkdown(
  review: YearlyReview,
  name: string | null,
  notes: { summary: string; highlights: string[] },
  isCurrentYear: boolean,
  locale: string = defaultNumberLocale,
): string {
  const summary = markdownParagraphs(notes.summary);
  const achievements = achievementsSection(review, '→', markdownText, locale);
  return [
    `# Yearly review ${review.year}${name ? ` — ${markdownText(name)}` : ''}`,
    '',
    `${dateLabel(review.start)} to ${dateLabel(review.end)}.`,
    '',
    // The picked achievements lead the review.
    `## ${achievements.title}`,
    achievements.lead ?? '',
    ...list(achievements.items, undefined),
    '',
    '## Summary',
    summary || '_No summary written._',
    '',
    '## Highlights',
    ...list(notes.highlights.map(markdownText), 'No highlights picked.'),
    '',
    '## Trajectory index',
    indexSentence(review, isCurrentYear) ?? '_Not enough data for the index this year._',
    '',
    ...reviewSections(review, '→', markdownText, locale).flatMap((section) => [
      `## ${section.title}`,
      ...(section.lead ? [section.lead] : []),
      ...list(section.items, section.none),
      '',
    ]),
  ].join('\n');
}
