// Everything the yearly review reads, in a fixed number of queries.
import { buildYearlyReview, type YearlyReview } from '@/lib/review';
import type { UserProfile } from './users';
import { listCertifications, listEducation, listPositions, listSkillsWithLevels } from './career';
import { listGoalFactsOn, listGoals } from './goals';
import { loadTrajectorySeries } from './trajectory';
import { listReflectionsWithHighlightsIn, listWeeksWithUpdates } from './weekly';

export async function loadYearlyReview(user: Pick<UserProfile, 'id' | 'weekStartsOn'>, year: number, today: string): Promise<YearlyReview> {
  const yearEnd = `${year}-12-31`;
  const end = today < yearEnd ? today : yearEnd;
  const [goals, factsAtStart, factsAtEnd, skills, education, certifications, positions, weeksWithUpdates, reflections, index] = await Promise.all([
    listGoals(user.id),
    listGoalFactsOn(user.id, `${year - 1}-12-31`),
    listGoalFactsOn(user.id, end),
    listSkillsWithLevels(user.id, end),
    listEducation(user.id),
    listCertifications(user.id),
    listPositions(user.id),
    listWeeksWithUpdates(user.id),
    listReflectionsWithHighlightsIn(user.id, `${year}-01-01`, end),
    end < `${year}-01-01` ? Promise.resolve([]) : loadTrajectorySeries(user.id, `${year - 1}-12`, end.slice(0, 7)),
  ]);
  return buildYearlyReview({
    year,
    today,
    weekStartsOn: user.weekStartsOn,
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
  });
}
