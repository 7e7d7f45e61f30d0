// The yearly review as Markdown: headings and lists a person can paste anywhere.
import { percent } from './progress';
import type { YearlyReview } from './review';
import { dateLabel } from './weeks';

const list = (items: string[], none: string) => (items.length === 0 ? [`_${none}_`] : items.map((item) => `- ${item}`));

export function reviewToMarkdown(review: YearlyReview, name: string | null, notes: { summary: string; highlights: string[] }): string {
  const lines = [
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
    review.index.atEnd === null
      ? '_Not enough data for the index this year._'
      : `From ${review.index.atStart ?? '—'} at the start of the year to ${review.index.atEnd} at the end (0 is a job, 100 a career).`,
    '',
    '## Goals achieved',
    ...list(review.goalsAchieved.map((goal) => `${goal.title} (${dateLabel(goal.achievedOn)})`), 'None this year.'),
    '',
    '## Long-term goals',
    ...list(review.longTermGoals.map((goal) => `${goal.title}: ${percent(goal.atStart)} → ${percent(goal.atEnd)}`), 'No long-term goals this year.'),
    '',
    '## Goals in progress',
    ...list(review.goalsInProgress.map((goal) => `${goal.title}: ${percent(goal.atStart)} → ${percent(goal.atEnd)}`), 'None.'),
    '',
    '## Skills gained',
    ...list(review.skillsGained.map((skill) => `${skill.name}: level ${skill.from ?? '—'} → ${skill.to}`), 'No level changes recorded.'),
    '',
    '## Training',
    `${review.training.hours} hours completed.`,
    ...list(review.training.completed.map((entry) => `${entry.title}${entry.provider ? `, ${entry.provider}` : ''}${entry.hours ? ` (${entry.hours} h)` : ''}`), 'No training completed.'),
    '',
    '## Certifications',
    ...list(
      [
        ...review.certificationsEarned.map((c) => `Earned: ${c.name}${c.issuer ? ` (${c.issuer})` : ''}, ${dateLabel(c.earnedOn)}`),
        ...review.certificationsExpiring.map((c) => `Expiring soon: ${c.name}, ${dateLabel(c.expiresOn ?? '')}`),
        ...review.certificationsExpired.map((c) => `Expired: ${c.name}, ${dateLabel(c.expiresOn ?? '')}`),
      ],
      'No changes this year.',
    ),
    '',
    '## Positions and promotions',
    ...list(
      review.roles.map((role) => `${role.title}, ${role.employer} (from ${dateLabel(role.startedOn)}${role.endedOn ? ` to ${dateLabel(role.endedOn)}` : ''})${review.promotions.includes(role) ? ' — promotion' : ''}`),
      'No roles recorded.',
    ),
    '',
    '## Weekly consistency',
    `Updates in ${review.consistency.weeksUpdated} of ${review.consistency.weeks} weeks.`,
    '',
  ];
  return lines.join('\n');
}
