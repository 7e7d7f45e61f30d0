// The yearly review: what a year of records adds up to, from already-loaded data.
import type { GoalHorizon, GoalStatus, GoalTargetKind } from '@/lib/goals/vocabulary';
import type { HowReached } from '@/lib/career/vocabulary';
import { reviewAchievements } from '@/lib/achievements/achievements';
import { payOverPeriod, type PayFacts, type PositionFacts } from '@/lib/career/compensation';
import { goalProgress } from '@/lib/goals/progress';
import { summariseBalance } from '@/lib/weekly/balance';
import { recurringDevelopmentAreas, type FeedbackAboutSkills } from '@/lib/feedback/recurring';
import { peopleMetBetween } from '@/lib/people/quarter';
import { trainingHoursIn, type TrainingHoursEntry } from '@/lib/career/training-hours';
import { indexChange } from '@/lib/trajectory/index-change';
import type { CareerRecord } from '@/lib/next-role/readiness';
import { nextRoleInYear, type ReviewTarget } from '@/lib/review/next-role';
import { addDays, dayNumber, monthLabel, weekStartOf, type IsoDate, type WeekStartDay } from '@/lib/dates/calendar';

type ReviewGoal = {
  id: string;
  title: string;
  horizon: GoalHorizon;
  status: GoalStatus;
  statusChangedOn: IsoDate;
  startDate: IsoDate;
  targetKind: GoalTargetKind;
  startValue: number | null;
  targetValue: number | null;
};
type GoalFacts = { goalId: string; latestValue: number | null; milestonesDone: number; milestonesTotal: number };

export type ReviewInput = {
  year: number;
  today: IsoDate;
  weekStartsOn: WeekStartDay;
  goals: ReviewGoal[];
  factsAtStart: GoalFacts[];
  factsAtEnd: GoalFacts[];
  /** Each skill's level at the end of the year before and at the review's end. */
  skills: { name: string; atStart: number | null; atEnd: number | null }[];
  education: (TrainingHoursEntry & { title: string; kind: string; provider: string })[];
  certifications: { name: string; issuer: string; earnedOn: IsoDate; expiresOn: IsoDate | null }[];
  positions: { title: string; employer: string; startedOn: IsoDate; endedOn: IsoDate | null; howReached: HowReached }[];
  weeksWithUpdates: IsoDate[];
  /** Weeks before it (before the user joined) are not counted as missed. */
  firstCountedWeek: IsoDate;
  /** The day the account was created: the index's change counts from that month (lib/trajectory/index-change.ts). */
  joinedOn: IsoDate;
  reflections: { weekStart: IsoDate; highlight: string }[];
  index: { monthEnd: IsoDate; score: number }[];
  /** Weeks with hours worked or a balance rating. */
  balanceWeeks: { weekStart: IsoDate; hoursWorked: number | null; balance: number | null }[];
  feedback: FeedbackAboutSkills[];
  interactions: { personId: string; occurredOn: IsoDate }[];
  achievements: ReviewAchievement[];
  /** The achievements the user picked for this year's review; null until they pick (all of the year's lead it). */
  pickedAchievementIds: string[] | null;
  /** The pay records and the roles they belong to, for the year's line about pay. */
  pay?: { positions: PositionFacts[]; records: PayFacts[] };
  /** The current target role (null without one) and the record its readiness is read from. */
  nextRole?: { target: ReviewTarget | null; record: CareerRecord };
};

type ReviewAchievement = {
  id: string;
  title: string;
  impact: string;
  metric: string;
  valueBefore: number | null;
  valueAfter: number | null;
  unit: string;
  achievedOn: IsoDate;
  tags: string[];
};

export type YearlyReview = ReturnType<typeof buildYearlyReview>;

/**
 * The review as a file to hand over without pay, which is private: a download leaves the Pay section out
 * unless the user ticked "Include pay" for it.
 */
export function withoutPay(review: YearlyReview): YearlyReview {
  return { ...review, pay: null };
}

const inPeriod = (date: IsoDate | null, start: IsoDate, end: IsoDate): date is IsoDate =>
  date !== null && date >= start && date <= end;

/**
 * A goal's status as it stood at the review's end, which every part of the review (page, PDF, Markdown, JSON)
 * shows: its status when that was set by then; before its last change it was active, as only the last change
 * of status is recorded.
 */
export function goalStatusOn(goal: { status: GoalStatus; statusChangedOn: IsoDate }, date: IsoDate): GoalStatus {
  return goal.statusChangedOn <= date ? goal.status : 'active';
}

/** The review of `year`, up to today for the current year. A year without records gives empty lists, not an error. */
export function buildYearlyReview(input: ReviewInput) {
  const start = `${input.year}-01-01`;
  const yearEnd = `${input.year}-12-31`;
  const end = input.today < yearEnd ? input.today : yearEnd;
  const progressWith = (facts: GoalFacts[], goal: ReviewGoal, status: GoalStatus) => {
    const fact = facts.find((candidate) => candidate.goalId === goal.id);
    return goalProgress({
      ...goal,
      status,
      latestValue: fact?.latestValue ?? null,
      milestonesDone: fact?.milestonesDone ?? 0,
      milestonesTotal: fact?.milestonesTotal ?? 0,
    });
  };
  const closedBefore = (goal: ReviewGoal) =>
    goal.status !== 'active' && goal.status !== 'paused' && goal.statusChangedOn < start;
  const openInYear = input.goals.filter((goal) => goal.startDate <= end && !closedBefore(goal));
  const achieved = openInYear.filter(
    (goal) => goal.status === 'achieved' && inPeriod(goal.statusChangedOn, start, end),
  );
  const progress = (goal: ReviewGoal) => {
    const status = goalStatusOn(goal, end);
    return {
      title: goal.title,
      horizon: goal.horizon,
      status,
      atStart: goal.startDate < start ? progressWith(input.factsAtStart, goal, 'active') : 0,
      atEnd: progressWith(input.factsAtEnd, goal, status === 'achieved' ? 'achieved' : 'active'),
    };
  };

  const weekStarts: IsoDate[] = [];
  for (let week = weekStartOf(start, input.weekStartsOn); week <= end; week = addDays(week, 7))
    if (addDays(week, 6) >= start && week >= input.firstCountedWeek) weekStarts.push(week);
  const updated = new Set(input.weeksWithUpdates);
  const completedTraining = input.education.filter((entry) => inPeriod(entry.completedOn, start, end));
  // Each entry's hours spread over the months it ran (lib/career/training-hours.ts), as the index counts them.
  const trainingHours = Math.round(trainingHoursIn(input.education, start.slice(0, 7), end.slice(0, 7)));
  const indexInYear = input.index.filter(
    (point) => point.monthEnd >= `${input.year - 1}-12-31` && point.monthEnd <= `${input.year}-12-31`,
  );
  const startPoint = indexInYear.find((point) => point.monthEnd === `${input.year - 1}-12-31`);
  const highlights = [
    ...input.reflections
      .filter((reflection) => inPeriod(reflection.weekStart, start, end) && reflection.highlight.trim() !== '')
      .map((reflection) => reflection.highlight.trim()),
    ...achieved.map((goal) => `Achieved: ${goal.title}`),
  ];

  // Only the fields a review shows: the loaders hand over whole rows (ids, owner, timestamps), which must not
  // reach the review's downloads.
  const certifications = input.certifications.map(({ name, issuer, earnedOn, expiresOn }) => ({
    name,
    issuer,
    earnedOn,
    expiresOn,
  }));
  const positions = input.positions.map(({ title, employer, startedOn, endedOn, howReached }) => ({
    title,
    employer,
    startedOn,
    endedOn,
    howReached,
  }));
  const ofTheYear = input.achievements.filter((achievement) => inPeriod(achievement.achievedOn, start, end));
  const review = {
    year: input.year,
    start,
    end,
    // The picked achievements lead the review and every export of it.
    achievements: reviewAchievements(ofTheYear, input.pickedAchievementIds).map(
      ({ title, impact, metric, valueBefore, valueAfter, unit, achievedOn, tags }) => ({
        title,
        impact,
        metric,
        valueBefore,
        valueAfter,
        unit,
        achievedOn,
        tags,
      }),
    ),
    achievementsPicked: input.pickedAchievementIds !== null,
    achievementChoices: ofTheYear.map(({ id, title, achievedOn }) => ({ id, title, achievedOn })),
    goalsAchieved: achieved.map((goal) => ({
      title: goal.title,
      horizon: goal.horizon,
      achievedOn: goal.statusChangedOn,
    })),
    // Short-term goals open in the year and not achieved in it: in progress, paused or abandoned at its end.
    shortTermGoals: openInYear.filter((goal) => !achieved.includes(goal) && goal.horizon === 'short').map(progress),
    longTermGoals: openInYear.filter((goal) => goal.horizon === 'long').map(progress),
    skillsGained: input.skills.flatMap(({ name, atStart, atEnd }) =>
      atEnd !== null && atEnd > (atStart ?? 0) ? [{ name, from: atStart, to: atEnd }] : [],
    ),
    training: {
      hours: trainingHours,
      completed: completedTraining.map((entry) => ({
        title: entry.title,
        kind: entry.kind,
        provider: entry.provider,
        completedOn: entry.completedOn,
        hours: entry.hours,
      })),
    },
    certificationsEarned: certifications.filter((certification) => inPeriod(certification.earnedOn, start, end)),
    certificationsExpiring: certifications.filter(
      (certification) =>
        certification.expiresOn !== null &&
        certification.expiresOn > end &&
        dayNumber(certification.expiresOn) - dayNumber(end) <= 90,
    ),
    certificationsExpired: certifications.filter((certification) => inPeriod(certification.expiresOn, start, end)),
    roles: positions
      .filter((position) => position.startedOn <= end && (position.endedOn === null || position.endedOn >= start))
      .sort((a, b) => a.startedOn.localeCompare(b.startedOn)),
    promotions: positions.filter(
      (position) => position.howReached === 'promotion' && inPeriod(position.startedOn, start, end),
    ),
    consistency: { weeksUpdated: weekStarts.filter((week) => updated.has(week)).length, weeks: weekStarts.length },
    balance: summariseBalance(input.balanceWeeks.filter((week) => inPeriod(week.weekStart, start, end))),
    index: {
      atStart: startPoint?.score ?? null,
      atEnd: indexInYear.filter((point) => point.monthEnd >= start).at(-1)?.score ?? null,
      change: indexChange(indexInYear, `${input.year - 1}-12`, input.joinedOn),
      months: indexInYear
        .filter((point) => point.monthEnd >= start)
        .map((point) => ({ month: point.monthEnd.slice(0, 7), label: monthLabel(point.monthEnd), score: point.score })),
    },
    highlightCandidates: [...new Set(highlights)],
    // Null once left out of a download (withoutPay); an empty list means no pay was recorded.
    pay: (input.pay ? payOverPeriod(input.pay.positions, input.pay.records, start, end) : []) as ReturnType<
      typeof payOverPeriod
    > | null,
    feedback: feedbackOfYear(input.feedback.filter((entry) => inPeriod(entry.receivedOn, start, end))),
    peopleMet: peopleMetBetween(input.interactions, start, end),
    nextRole: input.nextRole ? nextRoleInYear(input.nextRole.target, input.nextRole.record, start, end) : null,
  };
  const hasRecords =
    ofTheYear.length +
      review.goalsAchieved.length +
      review.shortTermGoals.length +
      review.longTermGoals.length +
      review.skillsGained.length +
      review.training.completed.length +
      review.training.hours +
      review.certificationsEarned.length +
      review.roles.length +
      review.consistency.weeksUpdated +
      review.feedback.praise +
      review.feedback.developmentAreas +
      review.peopleMet >
    0;
  return { ...review, hasRecords };
}

/** The year's feedback: praise against development areas, and the areas that came up in two or more entries. */
function feedbackOfYear(entries: FeedbackAboutSkills[]) {
  const praise = entries.filter((entry) => entry.kind === 'praise').length;
  return {
    praise,
    developmentAreas: entries.length - praise,
    recurringAreas: recurringDevelopmentAreas(entries).map((area) => ({ name: area.name, entries: area.entries })),
  };
}
