// The record pages' reads (goals, the week's update, career), served from this process's memory while the history
// is unchanged (db/loaders/history-memo.ts): a second view of a page asks the database only for the session.
import 'server-only';
import { careerPageValue, goalsPageValue, weeklyPageValue } from '@/db/loaders/derived-values';
import { memoWhileHistoryUnchanged, type HistoryOwner } from '@/db/loaders/history-memo';
import { listCertifications } from '@/db/queries/career/certifications';
import { listEducation } from '@/db/queries/career/education';
import { listPayRecords } from '@/db/queries/career/pay-records';
import { listPositions } from '@/db/queries/career/positions';
import { listSkillsWithLevels } from '@/db/queries/career/skills';
import { listFeedback } from '@/db/queries/feedback/feedback';
import { listGoals } from '@/db/queries/goals/goals';
import { listPeople } from '@/db/queries/people/people';
import { findReflection, listGoalsForWeek, listWeeksWithUpdates } from '@/db/queries/weekly/updates';
import type { IsoDate } from '@/lib/dates/calendar';

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
