// The benchmark's heavy account: ten years of weekly updates on 40 goals, 150
// skills assessed monthly, 40 certifications, 15 positions, 200 training entries.
import { hashPassword } from '@/lib/auth/password';
import { addDays, addWeeks, currentWeekStart, localDate } from '@/lib/dates/calendar';
import { db, inTransaction } from '@/db/client';
import {
  certifications,
  educationEntries,
  goals,
  positions,
  skillAssessments,
  skills,
  users,
  weeklyReflections,
  weeklyUpdates,
} from '@/db/schema';

export const heavyEmail = 'heavy@trajectory.local';

async function insertInChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let start = 0; start < rows.length; start += 1000) await insert(rows.slice(start, start + 1000));
}

export async function seedHeavyAccount(password: string): Promise<void> {
  const today = localDate(new Date(), 'UTC');
  const thisWeek = currentWeekStart(new Date(), 'UTC', 1);
  const weeks = Array.from({ length: 520 }, (_, index) => addWeeks(thisWeek, index - 520));
  const passwordHash = await hashPassword(password);
  await inTransaction(async () => {
    const [user] = await db()
      .insert(users)
      .values({ email: heavyEmail, name: 'Heavy User', passwordHash, emailVerified: new Date() })
      .returning({ id: users.id });
    if (!user) throw new Error('heavy user insert failed');
    const userId = user.id;

    const goalRows = await db()
      .insert(goals)
      .values(
        Array.from({ length: 40 }, (_, index) => ({
          userId,
          title: `Goal ${index + 1}`,
          horizon: index % 4 === 0 ? ('long' as const) : ('short' as const),
          category: 'learning' as const,
          targetKind: 'numeric' as const,
          startValue: 0,
          targetValue: 1000,
          unit: 'points',
          startDate: weeks[0] ?? today,
          targetDate: addDays(today, 365),
          status: 'active' as const,
          statusChangedOn: weeks[0] ?? today,
        })),
      )
      .returning({ id: goals.id });
    const updates = goalRows.flatMap((goal) =>
      weeks.map((weekStart, index) => ({
        userId,
        goalId: goal.id,
        weekStart,
        value: index * 1.5,
        confidence: 1 + (index % 5),
        note: '',
      })),
    );
    await insertInChunks(updates, (chunk) => db().insert(weeklyUpdates).values(chunk));
    await insertInChunks(
      weeks.map((weekStart, index) => ({ userId, weekStart, alignment: 1 + (index % 5), note: '', highlight: '' })),
      (chunk) => db().insert(weeklyReflections).values(chunk),
    );

    const skillRows = await db()
      .insert(skills)
      .values(
        Array.from({ length: 150 }, (_, index) => ({
          userId,
          name: `Skill ${index + 1}`,
          kind: index % 2 ? ('soft' as const) : ('technical' as const),
          targetLevel: 5,
        })),
      )
      .returning({ id: skills.id });
    const assessments = skillRows.flatMap((skill) =>
      Array.from({ length: 120 }, (_, month) => ({
        userId,
        skillId: skill.id,
        assessedOn: addDays(today, -30 * (120 - month)),
        level: 1 + Math.floor(month / 30),
        evidence: '',
      })),
    );
    await insertInChunks(assessments, (chunk) => db().insert(skillAssessments).values(chunk));

    await db()
      .insert(certifications)
      .values(
        Array.from({ length: 40 }, (_, index) => ({
          userId,
          name: `Certification ${index + 1}`,
          earnedOn: addDays(today, -90 * index),
          expiresOn: index % 2 ? addDays(today, 365 - 30 * index) : null,
        })),
      );
    await db()
      .insert(positions)
      .values(
        Array.from({ length: 15 }, (_, index) => ({
          userId,
          title: `Role ${index + 1}`,
          employer: 'Bench Corp',
          employmentType: 'full_time' as const,
          payBasis: 'salary' as const,
          startedOn: addDays(today, -250 * (15 - index)),
          endedOn: index === 14 ? null : addDays(today, -250 * (14 - index) - 1),
          howReached: index === 0 ? ('first_role' as const) : ('promotion' as const),
        })),
      );
    await db()
      .insert(educationEntries)
      .values(
        Array.from({ length: 200 }, (_, index) => ({
          userId,
          kind: 'course' as const,
          title: `Course ${index + 1}`,
          completedOn: addDays(today, -18 * index),
          hours: 10,
        })),
      );
  });
}
