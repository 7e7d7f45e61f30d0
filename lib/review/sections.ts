// The review's sections in words, shared by the page, the Markdown and the PDF so they say the same.
import { achievementLine, reviewAchievementsNote } from '@/lib/achievements/achievements';
import { defaultNumberLocale, formatMoney, formatMoneyChange, percent, withUnit } from '@/lib/format';
import type { YearlyReview } from '@/lib/review/review';
import { indexChangeText } from '@/lib/trajectory/index-change';
import { dateLabel } from '@/lib/dates/calendar';
import { balanceSentence } from '@/lib/weekly/balance';
import { statusLabels } from '@/lib/goals/vocabulary';
import { nextRoleSection } from '@/lib/review/next-role-section';

export type ReviewSection = { id: string; title: string; lead?: string; items: string[]; none?: string };

/**
 * `to` joins a before and an after ("→" on screen; the PDF's standard font has no arrow); `userText` writes the
 * user's own words: as they are on a page, escaped in Markdown; `locale` writes the numbers as the user reads them.
 */
export function reviewSections(
  review: YearlyReview,
  to = '→',
  userText: (text: string) => string = (text) => text,
  locale: string = defaultNumberLocale,
): ReviewSection[] {
  const progress = (goal: YearlyReview['longTermGoals'][number]) =>
    `${userText(goal.title)}: ${percent(goal.atStart, locale)} ${to} ${percent(goal.atEnd, locale)} (${statusLabels[goal.status].toLowerCase()})`;
  return [
    nextRoleSection(review, to, userText, locale),
    {
      id: 'achieved',
      title: 'Goals achieved',
      items: review.goalsAchieved.map((goal) => `${userText(goal.title)} (${dateLabel(goal.achievedOn)})`),
      none: 'None this year.',
    },
    {
      id: 'long-term',
      title: 'Long-term goals',
      items: review.longTermGoals.map(progress),
      none: 'No long-term goals this year.',
    },
    {
      id: 'short-term',
      title: 'Short-term goals',
      items: review.shortTermGoals.map(progress),
      none: 'No other short-term goals this year.',
    },
    {
      id: 'skills',
      title: 'Skills gained',
      items: review.skillsGained.map(
        (skill) => `${userText(skill.name)}: level ${skill.from ?? '–'} ${to} ${skill.to}`,
      ),
      none: 'No level changes recorded.',
    },
    {
      id: 'training',
      title: 'Training',
      lead: `${withUnit(review.training.hours, 'hours', locale)} of training, each course’s hours spread over the months it ran.`,
      items: review.training.completed.map(
        (entry) =>
          `${userText(entry.title)}${entry.provider ? `, ${userText(entry.provider)}` : ''}${entry.hours ? ` (${withUnit(entry.hours, 'h', locale)})` : ''}`,
      ),
      none: 'No training completed.',
    },
    {
      id: 'certifications',
      title: 'Certifications',
      items: [
        ...review.certificationsEarned.map(
          (c) => `Earned: ${userText(c.name)}${c.issuer ? ` (${userText(c.issuer)})` : ''}, ${dateLabel(c.earnedOn)}`,
        ),
        ...review.certificationsExpiring.map(
          (c) => `Expiring soon: ${userText(c.name)}, ${dateLabel(c.expiresOn ?? '')}`,
        ),
        ...review.certificationsExpired.map((c) => `Expired: ${userText(c.name)}, ${dateLabel(c.expiresOn ?? '')}`),
      ],
      none: 'No changes this year.',
    },
    {
      id: 'roles',
      title: 'Positions and promotions',
      items: review.roles.map(
        (role) =>
          `${userText(role.title)}, ${userText(role.employer)} (from ${dateLabel(role.startedOn)}${role.endedOn ? ` to ${dateLabel(role.endedOn)}` : ''})${review.promotions.includes(role) ? ', a promotion' : ''}`,
      ),
      none: 'No roles recorded.',
    },
    balanceSection(review, locale),
    // Left out of a download unless pay was ticked for it.
    ...(review.pay === null
      ? []
      : [
          {
            id: 'pay',
            title: 'Pay',
            items: review.pay.map((line) => {
              const money = (amount: number | null) =>
                amount === null ? 'none' : formatMoney(amount, line.currency, locale);
              const change = line.change === null ? '' : ` (${formatMoneyChange(line.change, line.currency, locale)})`;
              return `Total yearly compensation in ${line.currency}: ${money(line.atStart)} at the start of the year ${to} ${money(line.atEnd)} at its end${change}`;
            }),
            none: 'No pay recorded.',
          },
        ]),
    {
      id: 'feedback',
      title: 'Feedback received',
      lead: feedbackSentence(review.feedback),
      items: review.feedback.recurringAreas.map(
        (area) => `Recurring development area: ${userText(area.name)} (${area.entries} entries)`,
      ),
    },
    {
      id: 'people',
      title: 'People',
      lead:
        review.peopleMet === 0
          ? 'No meetings with your people recorded.'
          : `Met with ${review.peopleMet} ${review.peopleMet === 1 ? 'person' : 'people'}.`,
      items: [],
    },
    {
      id: 'consistency',
      title: 'Weekly consistency',
      lead:
        review.consistency.weeks === 0
          ? review.end < review.start
            ? 'This year has not begun.'
            : 'No weeks to count: you started after this year.'
          : `Updates in ${review.consistency.weeksUpdated} of ${review.consistency.weeks} weeks.`,
      items: [],
    },
  ];
}

function balanceSection(review: YearlyReview, locale: string): ReviewSection {
  const sentence = balanceSentence(review.balance, locale);
  return sentence === null
    ? { id: 'balance', title: 'Work-life balance', items: [], none: 'No hours or balance recorded this year.' }
    : { id: 'balance', title: 'Work-life balance', lead: sentence, items: [] };
}

/**
 * The achievements the review includes, each as one line with its date; it leads the page and every export.
 * Its lead says how they were chosen (all of the year's until the user picks).
 */
export function achievementsSection(
  review: YearlyReview,
  to = '→',
  userText: (text: string) => string = (text) => text,
  locale: string = defaultNumberLocale,
): ReviewSection {
  return {
    id: 'achievements',
    title: 'Achievements',
    lead: reviewAchievementsNote(review.achievementsPicked, review.achievements.length),
    items: review.achievements.map(
      (achievement) => `${achievementLine(achievement, to, userText, locale)} (${dateLabel(achievement.achievedOn)})`,
    ),
  };
}

function feedbackSentence({ praise, developmentAreas }: YearlyReview['feedback']): string {
  if (praise + developmentAreas === 0) return 'No feedback recorded.';
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return `${count(praise + developmentAreas, 'entry', 'entries')}: ${praise} praise, ${count(developmentAreas, 'development area', 'development areas')}.`;
}

/**
 * The index's start and end in one sentence, with its change counted as the dashboard counts it (only from
 * when the user joined); null when the year has no index.
 */
export function indexSentence(review: YearlyReview, isCurrentYear: boolean): string | null {
  if (review.index.atEnd === null) return null;
  const end = `${review.index.atEnd} ${isCurrentYear ? 'now' : `at the end of ${review.year}`} (0 is a job, 100 a career)`;
  const { change, atStart } = review.index;
  switch (change.kind) {
    case 'since-joining':
    case 'none-since-joining':
      return `${end}: ${indexChangeText(change, `in ${review.year}`)}.`;
    case 'before-joining':
      // The year's starting index is the one at the end of the December before it.
      return `From ${atStart} at the end of ${review.year - 1} to ${end}: ${indexChangeText(change, `in ${review.year}`)}.`;
    default:
      return atStart === null
        ? `${end}; there was no index yet when the year began.`
        : `From ${atStart} at the end of ${review.year - 1} to ${end}.`;
  }
}
