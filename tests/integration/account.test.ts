import { eq, sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { db } from '@/db/client';
import { deleteAccount } from '@/db/queries/account/deletion';
import { exportAccount } from '@/db/queries/account/export';
import { importAccount } from '@/db/queries/account/import';
import { saveReviewNotes } from '@/db/queries/review/notes';
import { findCredentialsByEmail } from '@/db/queries/account/users';
import { signInFailures, users } from '@/db/schema';
import { demoEmail, seedDemoAccount } from '@/db/seed/demo';
import { accountExportSchema, type AccountExport } from '@/lib/account/export-schema';
import { describeOnEachDatabase } from '../support/database';
import { comparableExport } from '../support/export-comparison';
import { createTestGoal, createTestUser } from '../support/fixtures';

const comparable = comparableExport;

/** Rows of one user in every table with a user_id column (found in the catalog, so new tables count too). */
async function rowsOwnedBy(userId: string, email: string): Promise<Record<string, number>> {
  const tables = await db()
    .select({ name: sql<string>`table_name` })
    .from(sql`information_schema.columns`)
    .where(sql`table_schema = 'public' and column_name = 'user_id'`);
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await db()
      .select({ count: sql<number>`count(*)::int` })
      .from(sql`${sql.identifier(name)}`)
      .where(sql`user_id = ${userId}`);
    counts[name] = row?.count ?? -1;
  }
  const [user] = await db()
    .select({ count: sql<number>`count(*)::int` })
    .from(users)
    .where(eq(users.id, userId));
  const [failures] = await db()
    .select({ count: sql<number>`count(*)::int` })
    .from(signInFailures)
    .where(sql`lower(${signInFailures.email}) = lower(${email})`);
  return { ...counts, users: user?.count ?? -1, sign_in_failures: failures?.count ?? -1 };
}

describeOnEachDatabase('account data: export, import, deletion', () => {
  let demoId = '';
  let demoExport: AccountExport;
  beforeAll(async () => {
    await seedDemoAccount('demo password 1');
    demoId = (await findCredentialsByEmail(demoEmail))?.id ?? '';
    await saveReviewNotes(demoId, {
      year: 2025,
      summary: 'A year of moving into analytics.',
      highlights: ['Led the returns process review'],
      achievementIds: null,
    });
    const exported = await exportAccount(demoId);
    if (!exported) throw new Error('no export');
    demoExport = exported;
  });

  it('exports a file that its own schema accepts, with every kind of record', () => {
    expect(accountExportSchema.safeParse(JSON.parse(JSON.stringify(demoExport))).success).toBe(true);
    for (const list of [
      'goals',
      'reflections',
      'skills',
      'education',
      'certifications',
      'positions',
      'reviews',
      'achievements',
    ] as const)
      expect(demoExport[list].length, list).toBeGreaterThan(0);
    expect(demoExport.goals.some((goal) => goal.parentRef !== null)).toBe(true);
    expect(demoExport.goals.flatMap((goal) => goal.updates).length).toBeGreaterThan(500);
  });

  it('round-trips losslessly into an empty account, entity by entity', async () => {
    const newcomer = await createTestUser('newcomer');
    const file = accountExportSchema.parse(JSON.parse(JSON.stringify(demoExport)));
    await importAccount(newcomer, file);
    const again = await exportAccount(newcomer);
    if (!again) throw new Error('no export');
    const [before, after] = [comparable(demoExport), comparable(again)];
    expect(after.profile).toEqual(before.profile);
    expect(after.goals).toEqual(before.goals);
    expect(after.reflections).toEqual(before.reflections);
    expect(after.skills).toEqual(before.skills);
    expect(after.education).toEqual(before.education);
    expect(after.certifications).toEqual(before.certifications);
    expect(after.positions).toEqual(before.positions);
    expect(after.reviews).toEqual(before.reviews);
    expect(after.achievements).toEqual(before.achievements);
    expect(again.achievements.filter((achievement) => achievement.position !== null).length).toBeGreaterThan(0);
    // New ids: the import never reuses the ids written in the file.
    expect(again.goals.some((goal) => demoExport.goals.some((original) => original.ref === goal.ref))).toBe(false);
  });

  it('refuses to import into an account that already has records, and changes nothing', async () => {
    const busy = await createTestUser('busy');
    await createTestGoal(busy, { title: 'Already here' });
    await expect(importAccount(busy, demoExport)).rejects.toMatchObject({
      name: 'AppError',
      code: 'conflict',
      field: 'file',
    });
    const after = await exportAccount(busy);
    expect(after?.goals.map((goal) => goal.title)).toEqual(['Already here']);
    expect(after?.skills).toEqual([]);
  });

  it('imports nothing when one row breaks a rule of the data (one transaction)', async () => {
    const target = await createTestUser('target');
    const first = demoExport.goals.find((goal) => goal.updates.length > 0);
    const [update] = first?.updates ?? [];
    if (!first || !update) throw new Error('setup');
    // Two values for the same goal and week break a unique rule, after many rows were already written.
    const broken: AccountExport = {
      ...demoExport,
      goals: [...demoExport.goals.filter((goal) => goal !== first), { ...first, updates: [update, update] }],
    };
    await expect(importAccount(target, broken)).rejects.toThrow();
    const after = await exportAccount(target);
    expect(after?.goals).toEqual([]);
    expect(after?.skills).toEqual([]);
    expect(after?.profile.name).toBeNull();
  });

  it('never touches another user’s rows, whatever ids the file carries', async () => {
    const intruder = await createTestUser('intruder');
    // A file whose goal refs are the demo account's own goal ids.
    await importAccount(intruder, demoExport);
    const demoAfter = await exportAccount(demoId);
    expect(comparable(demoAfter ?? demoExport).goals).toEqual(comparable(demoExport).goals);
    const mine = await exportAccount(intruder);
    expect(mine?.goals.length).toBe(demoExport.goals.length);
  });

  it('deletes the account and every row it owns', async () => {
    const leaving = await createTestUser('leaving');
    const [{ email } = { email: '' }] = await db()
      .select({ email: users.email })
      .from(users)
      .where(eq(users.id, leaving));
    await importAccount(leaving, demoExport);
    await db().insert(signInFailures).values({ email, ipAddress: '203.0.113.9' });
    const before = await rowsOwnedBy(leaving, email);
    expect(Object.keys(before)).toEqual(
      expect.arrayContaining([
        'goals',
        'weekly_updates',
        'skill_assessments',
        'positions',
        'pay_records',
        'trajectory_points',
        'accounts',
        'achievements',
        'achievement_goals',
        'achievement_skills',
        'people',
        'person_interactions',
        'person_goals',
        'feedback_entries',
        'feedback_skills',
        'target_roles',
        'role_requirements',
        'requirement_self_ratings',
        'requirement_goals',
      ]),
    );
    expect(before.goals).toBeGreaterThan(0);
    expect(before.weekly_updates).toBeGreaterThan(500);
    expect(before.sign_in_failures).toBe(1);
    expect([before.person_interactions, before.person_goals, before.feedback_skills]).not.toContain(0);
    expect([before.target_roles, before.requirement_self_ratings, before.requirement_goals]).not.toContain(0);

    expect(await deleteAccount(leaving)).toBe(true);
    const after = await rowsOwnedBy(leaving, email);
    expect(Object.entries(after).filter(([, count]) => count !== 0)).toEqual([]);
    // The demo account is untouched.
    expect((await exportAccount(demoId))?.goals.length).toBe(demoExport.goals.length);
    expect(await deleteAccount(leaving)).toBe(false);
  });
});
