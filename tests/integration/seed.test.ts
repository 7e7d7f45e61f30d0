import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { db } from '@/db/client';
import { listGoals } from '@/db/queries/goals/goals';
import { listWeeksWithUpdates } from '@/db/queries/weekly/updates';
import { listCertifications } from '@/db/queries/career/certifications';
import { listEducation } from '@/db/queries/career/education';
import { listPositions } from '@/db/queries/career/positions';
import { listSkillsWithLevels, findSkill } from '@/db/queries/career/skills';
import { certificationState } from '@/lib/career/certifications';
import { findCredentialsByEmail, findUserProfile } from '@/db/queries/account/users';
import { demoEmail, seedDemoAccount } from '@/db/seed/demo';
import { weeklyUpdates } from '@/db/schema';
import { updateStreak } from '@/lib/dates/calendar';
import { describeOnEachDatabase } from '../support/database';

describeOnEachDatabase('demo account', () => {
  it('has about three years of weekly history across a dozen goals, and can be re-seeded', async () => {
    await seedDemoAccount('first password 1');
    const demo = await seedDemoAccount('demo password 1');
    expect(demo.email).toBe(demoEmail);
    const user = await findCredentialsByEmail(demoEmail);
    if (!user) throw new Error('no demo user');
    // Confirmed, so the printed demo account signs in at once.
    expect(user.emailVerified).toBeInstanceOf(Date);

    const goals = await listGoals(user.id);
    expect(goals.length).toBeGreaterThanOrEqual(12);
    expect(new Set(goals.map((goal) => goal.status))).toEqual(new Set(['active', 'achieved', 'abandoned', 'paused']));
    expect(goals.filter((goal) => goal.parentGoalId !== null).length).toBeGreaterThanOrEqual(5);

    const weeks = await listWeeksWithUpdates(user.id);
    expect(weeks.length).toBeGreaterThan(120);
    const newest = weeks[0] ?? '';
    expect(updateStreak(weeks, newest)).toBeGreaterThanOrEqual(6);
    // A long-time user: joined by the first of its check-ins, so the dashboard counts them as progress made here.
    const joinedOn = (await findUserProfile(user.id))?.createdAt.toISOString().slice(0, 10) ?? '';
    expect(joinedOn).not.toBe('');
    expect(joinedOn <= (weeks.at(-1) ?? '')).toBe(true);
    const [count] = await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(weeklyUpdates)
      .where(sql`${weeklyUpdates.userId} = ${user.id}`);
    expect(count?.n).toBeGreaterThan(500);

    const today = new Date().toISOString().slice(0, 10);
    const [skills, positions, certifications, education] = await Promise.all([
      listSkillsWithLevels(user.id, today),
      listPositions(user.id),
      listCertifications(user.id),
      listEducation(user.id),
    ]);
    expect(skills.length).toBeGreaterThanOrEqual(6);
    for (const skill of skills) {
      const assessments = (await findSkill(user.id, skill.id))?.assessments ?? [];
      expect(assessments.at(-1)?.level ?? 0, skill.name).toBeGreaterThan(assessments[0]?.level ?? 0);
    }
    expect(positions.map((position) => position.howReached)).toEqual(['career_change', 'promotion', 'first_role']);
    expect(certifications.map((certification) => certificationState(certification.expiresOn, today)).sort()).toEqual([
      'expired',
      'expiring',
      'valid',
    ]);
    expect(education.some((entry) => entry.kind === 'degree')).toBe(true);
  });
});
