// Everything the yearly review reads, in a fixed number of queries.
import 'server-only';
import { buildYearlyReview, type YearlyReview } from '@/lib/review/review';
import { firstCountedWeek } from '@/lib/weekly/status';
import { localDate } from '@/lib/dates/calendar';
import type { UserProfile } from '@/db/queries/account/users';
import { listAchievementsIn } from '@/db/queries/achievements/achievements';
import { findReviewNotes } from '@/db/queries/review/notes';
import { listCertifications } from '@/db/queries/career/certifications';
import { listEducation } from '@/db/queries/career/education';
import { listPayRecords } from '@/db/queries/career/pay-records';
import { listPositions } from '@/db/queries/career/positions';
import { listSkillsWithLevels } from '@/db/queries/career/skills';
import { listGoalFactsOn } from '@/db/queries/goals/history';
import { listGoals } from '@/db/queries/goals/goals';
import { listFeedback } from '@/db/queries/feedback/feedback';
import { listInteractionsBetween } from '@/db/queries/people/people';
import { loadTrajectorySeries } from '@/db/loaders/trajectory-series';
import { loadCareerRecord } from '@/db/queries/next-role/career-record';
import { findCurrentTargetRole, trackedRequirements } from '@/db/queries/next-role/target-roles';
import { listBalanceWeeksIn, listReflectionsWithHighlightsIn, listWeeksWithUpdates } from '@/db/queries/weekly/updates';

export async function loadYearlyReview(
  user: Pick<UserProfile, 'id' | 'weekStartsOn' | 'timeZone' | 'createdAt'>,
  year: number,
  today: string,
): Promise<YearlyReview> {
  const yearEnd = `${year}-12-31`;
  const end = today < yearEnd ? today : yearEnd;
  const [
    goals,
    factsAtStart,
    factsAtEnd,
    skills,
    education,
    certifications,
    positions,
    weeksWithUpdates,
    reflections,
    index,
    balanceWeeks,
    achievements,
    notes,
    payRecords,
    target,
  ] = await Promise.all([
    listGoals(user.id),
    listGoalFactsOn(user.id, `${year - 1}-12-31`),
    listGoalFactsOn(user.id, end),
    // The levels at the end of the year before and at the review's end: the year's gains, not the last twelve months'.
    listSkillsWithLevels(user.id, end, `${year - 1}-12-31`),
    listEducation(user.id),
    listCertifications(user.id),
    listPositions(user.id),
    listWeeksWithUpdates(user.id),
    listReflectionsWithHighlightsIn(user.id, `${year}-01-01`, end),
    end < `${year}-01-01` ? Promise.resolve([]) : loadTrajectorySeries(user.id, `${year - 1}-12`, end),
    listBalanceWeeksIn(user.id, `${year}-01-01`, end),
    listAchievementsIn(user.id, `${year}-01-01`, end),
    findReviewNotes(user.id, year),
    listPayRecords(user.id),
    findCurrentTargetRole(user.id),
  ]);
  const [feedback, interactions, careerRecord] = await Promise.all([
    listFeedback(user.id),
    listInteractionsBetween(user.id, `${year}-01-01`, end),
    // Readiness reads the record as it stood on each date; without a target there is nothing to read it for.
    target ? loadCareerRecord(user.id) : null,
  ]);
  return buildYearlyReview({
    year,
    today,
    weekStartsOn: user.weekStartsOn,
    goals,
    factsAtStart,
    factsAtEnd,
    skills: skills.map((skill) => ({ name: skill.name, atStart: skill.yearAgo, atEnd: skill.now })),
    education,
    certifications,
    positions,
    weeksWithUpdates,
    firstCountedWeek: firstCountedWeek(localDate(user.createdAt, user.timeZone), weeksWithUpdates, user.weekStartsOn),
    joinedOn: localDate(user.createdAt, user.timeZone),
    reflections,
    index,
    balanceWeeks,
    achievements,
    pickedAchievementIds: notes.achievementIds,
    pay: { positions, records: payRecords },
    feedback,
    interactions,
    nextRole:
      target && careerRecord
        ? {
            target: {
              title: target.title,
              level: target.level,
              createdOn: localDate(target.createdAt, user.timeZone),
              requirements: trackedRequirements(target),
            },
            record: careerRecord,
          }
        : undefined,
  });
}
