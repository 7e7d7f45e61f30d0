// The demo account's next role: a senior data analyst, the way its story has been heading. Its readiness
// rises over the three years as SQL, stakeholder communication, data learning and analyst experience grow;
// Power BI, Python and the certification are the gaps left, and the Python gap is already a goal.
import { and, eq } from 'drizzle-orm';
import { addDays, type IsoDate } from '@/lib/dates/calendar';
import { exampleProfiles } from '@/lib/next-role/examples';
import { roleProfileSchema } from '@/lib/next-role/profile-schema';
import { db } from '@/db/client';
import { skills } from '@/db/schema';
import { addAssessment } from '@/db/queries/career/skills';
import { createGoalFromGap } from '@/db/queries/next-role/gap-goals';
import { createTargetRole, findTargetRole, rateExpectation } from '@/db/queries/next-role/target-roles';

const expectationRatings: [daysAgo: number, rating: number][] = [
  [700, 2],
  [300, 3],
  [30, 4],
];

export async function seedDemoNextRole(userId: string, today: IsoDate): Promise<void> {
  const example = exampleProfiles.find((entry) => entry.slug === 'senior-data-analyst');
  if (!example) throw new Error('the senior data analyst example is missing');
  const role = await createTargetRole(userId, roleProfileSchema.parse(example.profile));
  const stored = await findTargetRole(userId, role.id);
  const expectation = stored?.requirements.find((entry) => entry.requirement.type === 'expectation');
  const python = stored?.requirements.find(
    (entry) => entry.requirement.type === 'skill' && entry.requirement.skill === 'Python',
  );
  if (!expectation || !python) throw new Error('the demo role lacks its expectation or its Python skill');
  for (const [daysAgo, rating] of expectationRatings)
    await rateExpectation(userId, expectation.id, addDays(today, -daysAgo), rating);
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
