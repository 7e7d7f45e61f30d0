// The demo account's next role: a senior data analyst, the way its story has been heading, aimed at for three
// years. Its readiness rises over them as SQL, statistics, stakeholder communication, data learning and analyst
// experience grow; Power BI, Python and the certification are the gaps left, and the Python gap is already a goal.
// The yearly review shows a gap closed in last year's (statistics) and in this year's (the expectation), on
// whatever day the demo is seeded.
import { and, eq } from 'drizzle-orm';
import { addDays, type IsoDate } from '@/lib/dates/calendar';
import { exampleProfiles } from '@/lib/next-role/examples';
import { roleProfileSchema } from '@/lib/next-role/profile-schema';
import { db } from '@/db/client';
import { skills, targetRoles } from '@/db/schema';
import { addAssessment, createSkill } from '@/db/queries/career/skills';
import { createGoalFromGap } from '@/db/queries/next-role/gap-goals';
import { createTargetRole, findTargetRole, rateExpectation } from '@/db/queries/next-role/target-roles';

const later = (a: IsoDate, b: IsoDate) => (a > b ? a : b);
const earlier = (a: IsoDate, b: IsoDate) => (a < b ? a : b);

export async function seedDemoNextRole(userId: string, today: IsoDate): Promise<void> {
  const example = exampleProfiles.find((entry) => entry.slug === 'senior-data-analyst');
  if (!example) throw new Error('the senior data analyst example is missing');
  const role = await createTargetRole(userId, roleProfileSchema.parse(example.profile));
  await db()
    .update(targetRoles)
    .set({ createdAt: new Date(`${addDays(today, -1095)}T09:00:00Z`) })
    .where(eq(targetRoles.id, role.id));
  const thisYearStart = `${today.slice(0, 4)}-01-01`;
  // "Usually" a month ago, but never before this year began, so this year's review closes the gap.
  const expectationRatings: [IsoDate, number][] = [
    [addDays(today, -700), 2],
    [addDays(today, -300), 3],
    [later(addDays(today, -30), thisYearStart), 4],
  ];
  // Statistics met some 200 days ago, but no later than last autumn, so last year's review closes that gap.
  const statisticsMetOn = earlier(addDays(today, -200), `${Number(today.slice(0, 4)) - 1}-10-14`);
  const statistics = await createSkill(
    userId,
    { name: 'Statistics', kind: 'technical', targetLevel: 3 },
    { assessedOn: addDays(statisticsMetOn, -300), level: 2, evidence: 'Statistics refresher for the churn model' },
  );
  await addAssessment(userId, statistics.id, {
    assessedOn: statisticsMetOn,
    level: 3,
    evidence: 'Ran the A/B test of the new returns form',
  });
  const stored = await findTargetRole(userId, role.id);
  const expectation = stored?.requirements.find((entry) => entry.requirement.type === 'expectation');
  const python = stored?.requirements.find(
    (entry) => entry.requirement.type === 'skill' && entry.requirement.skill === 'Python',
  );
  if (!expectation || !python) throw new Error('the demo role lacks its expectation or its Python skill');
  for (const [ratedOn, rating] of expectationRatings) await rateExpectation(userId, expectation.id, ratedOn, rating);
  // The bootcamp started 50 days ago: the gap became a goal, and the skill its first assessment.
  await createGoalFromGap(userId, python.id, addDays(today, -45));
  const [skill] = await db()
    .select({ id: skills.id })
    .from(skills)
    .where(and(eq(skills.userId, userId), eq(skills.name, 'Python')));
  if (!skill) throw new Error('the Python gap did not add the skill');
  await addAssessment(userId, skill.id, { assessedOn: addDays(today, -40), level: 1, evidence: 'Bootcamp, week one' });
  await addAssessment(userId, skill.id, {
    assessedOn: addDays(today, -10),
    level: 2,
    evidence: 'Cleaned the ticket export with pandas',
  });
}
