// The record pages' reads (goals, the week's update, career and its lists, the CV, achievements, the next role), served from this process's memory while the history
// is unchanged (db/loaders/history-memo.ts): a second view of a page asks the database only for the session.
import 'server-only';
import {
  achievementsPageValue,
  careerPageValue,
  cvPageValue,
  feedbackPageValue,
  goalsPageValue,
  nextRolePageValue,
  peoplePageValue,
  weeklyPageValue,
} from '@/db/loaders/derived-values';
import { memoWhileHistoryUnchanged, type HistoryOwner } from '@/db/loaders/history-memo';
import { listCertifications } from '@/db/queries/career/certifications';
import { listEducation } from '@/db/queries/career/education';
import { listPayRecords } from '@/db/queries/career/pay-records';
import { listPositions } from '@/db/queries/career/positions';
import { listSkillsWithLevels } from '@/db/queries/career/skills';
import { listFeedback } from '@/db/queries/feedback/feedback';
import { listAchievements, listLinkChoices } from '@/db/queries/achievements/achievements';
import { findCurrentTargetRole, listTargetRoles } from '@/db/queries/next-role/target-roles';
import type { UserProfile } from '@/db/queries/account/users';
import { loadCvRecord } from '@/db/loaders/cv';
import { loadReadinessOn, loadReadinessSeries } from '@/db/loaders/readiness';
import { listGoals } from '@/db/queries/goals/goals';
import { listPeople } from '@/db/queries/people/people';
import { findReflection, listGoalsForWeek, listWeeksWithUpdates } from '@/db/queries/weekly/updates';
import type { IsoDate } from '@/lib/dates/calendar';
import { lastMonths } from '@/lib/next-role/readiness-chart';

/** Every goal with its latest value and milestone counts (the goals page). */
export function loadGoalsView(history: HistoryOwner) {
  return memoWhileHistoryUnchanged(history, goalsPageValue, '', () => listGoals(history.userId));
}

/** The week's goals, its reflection and the weeks with updates (the weekly update page). */
export function loadWeeklyView(history: HistoryOwner, weekStart: IsoDate) {
  return memoWhileHistoryUnchanged(history, weeklyPageValue, weekStart, async () => {
    const [goals, reflection, weeks] = await Promise.all([
      listGoalsForWeek(history.userId, weekStart),
      findReflection(history.userId, weekStart),
      listWeeksWithUpdates(history.userId),
    ]);
    return { goals, reflection, weeks };
  });
}

/** Skills with their levels on `today`, education, certifications, positions, pay, feedback and people (the career page). */
export function loadCareerView(history: HistoryOwner, today: IsoDate) {
  return memoWhileHistoryUnchanged(history, careerPageValue, today, async () => {
    const { userId } = history;
    const [skills, education, certifications, positions, pay, feedback, people] = await Promise.all([
      listSkillsWithLevels(userId, today),
      listEducation(userId),
      listCertifications(userId),
      listPositions(userId),
      listPayRecords(userId),
      listFeedback(userId),
      listPeople(userId),
    ]);
    return { skills, education, certifications, positions, pay, feedback, people };
  });
}

/** The CV's records on `today`, under the person's name and email as they are now. */
export function loadCvView(history: HistoryOwner, user: Pick<UserProfile, 'id' | 'name' | 'email'>, today: IsoDate) {
  return memoWhileHistoryUnchanged(history, cvPageValue, [today, user.name, user.email].join(' '), () =>
    loadCvRecord(user, today),
  );
}

/** Every achievement, and the goals, skills and positions one can be linked to (the achievements page). */
export function loadAchievementsView(history: HistoryOwner) {
  return memoWhileHistoryUnchanged(history, achievementsPageValue, '', async () => {
    const [all, choices] = await Promise.all([listAchievements(history.userId), listLinkChoices(history.userId)]);
    return { all, choices };
  });
}

/** Every person met, with their goals (the people page). */
export function loadPeopleView(history: HistoryOwner) {
  return memoWhileHistoryUnchanged(history, peoplePageValue, '', () => listPeople(history.userId));
}

/** Every piece of feedback received (the feedback page). */
export function loadFeedbackView(history: HistoryOwner) {
  return memoWhileHistoryUnchanged(history, feedbackPageValue, '', () => listFeedback(history.userId));
}

/** Every target role, the current one with its readiness on `today` and by month over the chart's months. */
export function loadNextRoleView(history: HistoryOwner, today: IsoDate, chartMonths: number) {
  return memoWhileHistoryUnchanged(history, nextRolePageValue, `${today} ${chartMonths}`, async () => {
    const { userId } = history;
    const [roles, current] = await Promise.all([listTargetRoles(userId), findCurrentTargetRole(userId)]);
    if (!current) return { roles, current: null, readiness: null, series: [] };
    const { firstMonth, lastMonth } = lastMonths(today, chartMonths);
    const [readiness, series] = await Promise.all([
      loadReadinessOn(userId, current, today),
      loadReadinessSeries(userId, current.id, firstMonth, lastMonth),
    ]);
    return { roles, current, readiness, series };
  });
}
