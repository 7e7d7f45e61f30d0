import { beforeAll, expect, it } from 'vitest';
import { findCredentialsByEmail } from '@/db/queries/users';
import { listCertifications, listEducation, listPositions, listSkillLevelsOn, listSkills } from '@/db/queries/career';
import { levelOn } from '@/lib/skills';
import { listGoals } from '@/db/queries/goals';
import { listWeeksWithUpdates } from '@/db/queries/weekly';
import { loadTrajectoryHistory } from '@/db/queries/trajectory';
import { demoEmail, seedDemoAccount } from '@/db/seed';
import { localDate } from '@/lib/weeks';
import { trajectoryIndexAt } from '@/lib/trajectory';
import { describeOnEachDatabase } from '../support/database';
import { createTestUser } from '../support/fixtures';

describeOnEachDatabase('trajectory history', () => {
  let demoId = '';
  beforeAll(async () => {
    await seedDemoAccount('demo password 1');
    demoId = (await findCredentialsByEmail(demoEmail))?.id ?? '';
  });

  it('matches a straightforward reading of the same data through the per-area queries', async () => {
    const history = await loadTrajectoryHistory(demoId);
    const goals = await listGoals(demoId);
    const byId = new Map(goals.map((goal) => [goal.id, goal]));
    expect(history.goals.length).toBe(goals.length);
    expect(history.goals.filter((goal) => goal.servesLongTermGoal).length).toBe(
      goals.filter((goal) => goal.parentGoalId !== null && byId.get(goal.parentGoalId)?.horizon === 'long').length,
    );
    // In the demo every check-in week has both goal updates and a reflection.
    expect(new Set(history.updateWeeks)).toEqual(new Set(await listWeeksWithUpdates(demoId)));
    expect(history.assessments.length).toBe((await listSkills(demoId)).reduce((sum, skill) => sum + skill.assessments.length, 0));
    expect(history.education.length).toBe((await listEducation(demoId)).length);
    expect(history.certifications.length).toBe((await listCertifications(demoId)).length);
    expect(history.positions.length).toBe((await listPositions(demoId)).length);
  });

  it('reads skill levels at a date in SQL exactly as the level rules do', async () => {
    const skills = await listSkills(demoId);
    for (const date of ['2024-01-01', localDate(new Date(), 'UTC')]) {
      const levels = await listSkillLevelsOn(demoId, date);
      for (const skill of skills) expect(levels.get(skill.id) ?? null).toBe(levelOn(skill.assessments, date));
    }
  });

  it('tells the demo story: the index today is well above where it stood three years ago', async () => {
    const history = await loadTrajectoryHistory(demoId);
    const today = localDate(new Date(), 'Europe/London');
    const now = trajectoryIndexAt(history, today)?.score ?? 0;
    const threeYearsAgo = trajectoryIndexAt(history, `${Number(today.slice(0, 4)) - 3}${today.slice(4, 8)}01`)?.score ?? 0;
    expect(now).toBeGreaterThan(60);
    expect(now - threeYearsAgo).toBeGreaterThan(20);
  });

  it('holds nothing of another user', async () => {
    const stranger = await createTestUser('stranger');
    const history = await loadTrajectoryHistory(stranger);
    expect(Object.values(history).every((rows) => rows.length === 0)).toBe(true);
    expect(trajectoryIndexAt(history, '2026-11-30')).toBeNull();
  });
});
