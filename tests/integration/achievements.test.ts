import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { foreignAchievementMessage, saveChosenReviewNotes } from '@/db/loaders/review-notes';
import { loadYearlyReview } from '@/db/loaders/review';
import {
  createAchievement,
  deleteAchievement,
  findAchievement,
  listAchievements,
  listAchievementsByPosition,
  listAchievementsForGoal,
  listAchievementsForSkill,
  updateAchievement,
} from '@/db/queries/achievements/achievements';
import { exportAccount } from '@/db/queries/account/export';
import { importAccount } from '@/db/queries/account/import';
import { findUserProfile } from '@/db/queries/account/users';
import { createPosition, deletePosition } from '@/db/queries/career/positions';
import { createSkill } from '@/db/queries/career/skills';
import { deleteGoal } from '@/db/queries/goals/goals';
import { findReviewNotes } from '@/db/queries/review/notes';
import { accountExportSchema } from '@/lib/account/export-schema';
import { achievementSchema, type AchievementInput } from '@/lib/achievements/schema';
import { positionSchema, skillSchema } from '@/lib/career/schema';
import { AppError, StaleEditError } from '@/lib/errors';
import { describeOnEachDatabase } from '../support/database';
import { comparableExport } from '../support/export-comparison';
import { createTestGoal, createTestUser } from '../support/fixtures';

const achievement = (overrides: Partial<AchievementInput> = {}): AchievementInput => ({
  ...achievementSchema.parse({
    title: 'Shipped the returns dashboard',
    impact: 'Product managers plan with it.',
    metric: 'Weekly views',
    valueBefore: '0',
    valueAfter: '40',
    unit: 'views',
    achievedOn: '2025-06-02',
    goalIds: [],
    skillIds: [],
    tags: ['data'],
  }),
  ...overrides,
});

const position = (title: string, startedOn: string) =>
  positionSchema.parse({
    title,
    employer: 'Acme',
    employmentType: 'full_time',
    payBasis: 'salary',
    startedOn,
    howReached: 'new_employer',
  });

async function profileOf(userId: string) {
  const profile = await findUserProfile(userId);
  if (!profile) throw new Error(`no user ${userId}`);
  return profile;
}

/** The refusal a write meets, to compare two refusals with each other. */
async function refusalOf(write: Promise<unknown>) {
  const error: unknown = await write.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return { code: error.code, field: error.field, message: error.message };
}

describeOnEachDatabase('achievements', () => {
  let ownerId = '';
  let strangerId = '';
  let goalId = '';
  let skillId = '';
  let positionId = '';
  let strangerGoalId = '';
  let strangerSkillId = '';
  let strangerPositionId = '';
  beforeAll(async () => {
    ownerId = await createTestUser('owner');
    strangerId = await createTestUser('stranger');
    goalId = (await createTestGoal(ownerId, { title: 'Become an analyst' })).id;
    skillId = (await createSkill(ownerId, skillSchema.parse({ name: 'SQL', kind: 'technical', targetLevel: '4' }))).id;
    positionId = (await createPosition(ownerId, position('Analyst', '2025-01-01')))?.id ?? '';
    strangerGoalId = (await createTestGoal(strangerId, { title: 'Someone else’s goal' })).id;
    strangerSkillId = (
      await createSkill(strangerId, skillSchema.parse({ name: 'Excel', kind: 'technical', targetLevel: '3' }))
    ).id;
    strangerPositionId = (await createPosition(strangerId, position('Clerk', '2024-01-01')))?.id ?? '';
  });

  it('creates, lists newest first with links, filters by tag, updates over its version and deletes', async () => {
    const older = await createAchievement(
      ownerId,
      achievement({ title: 'Older', achievedOn: '2025-02-01', goalIds: [goalId], tags: ['process'] }),
    );
    const newer = await createAchievement(
      ownerId,
      achievement({ title: 'Newer', skillIds: [skillId], positionId, tags: ['data', 'delivery'] }),
    );
    expect((await listAchievements(ownerId)).map((row) => row.title)).toEqual(['Newer', 'Older']);
    expect((await listAchievements(ownerId, 'process')).map((row) => row.title)).toEqual(['Older']);
    expect(await findAchievement(ownerId, newer.id)).toMatchObject({ goalIds: [], skillIds: [skillId], positionId });
    expect((await listAchievementsForGoal(ownerId, goalId)).map((row) => row.title)).toEqual(['Older']);
    expect((await listAchievementsForSkill(ownerId, skillId)).map((row) => row.title)).toEqual(['Newer']);
    expect((await listAchievementsByPosition(ownerId)).get(positionId)?.map((row) => row.title)).toEqual(['Newer']);

    const updated = await updateAchievement(
      ownerId,
      older.id,
      achievement({ title: 'Older, reworded', goalIds: [], skillIds: [skillId], achievedOn: '2025-02-01' }),
      older.version,
    );
    expect(updated).toMatchObject({ title: 'Older, reworded', version: older.version + 1 });
    expect(await findAchievement(ownerId, older.id)).toMatchObject({ goalIds: [], skillIds: [skillId] });
    // A second tab still holding the first version hears what the first one saved.
    await expect(updateAchievement(ownerId, older.id, achievement(), older.version)).rejects.toBeInstanceOf(
      StaleEditError,
    );

    expect(await deleteAchievement(ownerId, older.id)).toBe(true);
    expect(await deleteAchievement(ownerId, older.id)).toBe(false);
    expect(await findAchievement(ownerId, older.id)).toBeUndefined();
    await deleteAchievement(ownerId, newer.id);
  });

  it('is invisible to another user, who can neither read, change nor delete it', async () => {
    const mine = await createAchievement(ownerId, achievement({ goalIds: [goalId] }));
    expect(await findAchievement(strangerId, mine.id)).toBeUndefined();
    expect(await listAchievements(strangerId)).toEqual([]);
    expect(await listAchievementsForGoal(strangerId, goalId)).toEqual([]);
    expect(await updateAchievement(strangerId, mine.id, achievement({ title: 'Taken' }), mine.version)).toBeUndefined();
    expect(await deleteAchievement(strangerId, mine.id)).toBe(false);
    expect(await findAchievement(ownerId, mine.id)).toMatchObject({ title: 'Shipped the returns dashboard' });
    await deleteAchievement(ownerId, mine.id);
  });

  it('refuses a link to another user’s goal, skill or position exactly as a link to one that does not exist', async () => {
    const links: [keyof AchievementInput, string, string][] = [
      ['goalIds', strangerGoalId, randomUUID()],
      ['skillIds', strangerSkillId, randomUUID()],
      ['positionId', strangerPositionId, randomUUID()],
    ];
    for (const [field, foreign, missing] of links) {
      const linkTo = (id: string) => achievement(field === 'positionId' ? { positionId: id } : { [field]: [id] });
      const toForeign = await refusalOf(createAchievement(ownerId, linkTo(foreign)));
      expect(toForeign).toMatchObject({ code: 'invalid-reference', field });
      expect(toForeign).toEqual(await refusalOf(createAchievement(ownerId, linkTo(missing))));
    }
    // Nor can an edit link one.
    const mine = await createAchievement(ownerId, achievement());
    const edit = await refusalOf(updateAchievement(ownerId, mine.id, achievement({ goalIds: [strangerGoalId] }), 1));
    expect(edit.field).toBe('goalIds');
    expect(await listAchievementsForGoal(strangerId, strangerGoalId)).toEqual([]);
    expect(await findAchievement(ownerId, mine.id)).toMatchObject({ goalIds: [], version: 1 });
    await deleteAchievement(ownerId, mine.id);
  });

  it('keeps an achievement when its position is deleted, and drops links to a deleted goal', async () => {
    const user = await createTestUser('cascade');
    const goal = await createTestGoal(user);
    const role = await createPosition(user, position('Lead', '2023-01-01'));
    const entry = await createAchievement(user, achievement({ goalIds: [goal.id], positionId: role?.id ?? null }));
    await deletePosition(user, role?.id ?? '');
    await deleteGoal(user, goal.id);
    expect(await findAchievement(user, entry.id)).toMatchObject({ positionId: null, goalIds: [] });
  });

  it('leads the review with all of the year’s achievements until the user picks; another user’s cannot be picked', async () => {
    const user = await createTestUser('reviewer');
    const profile = await profileOf(user);
    const first = await createAchievement(user, achievement({ title: 'First', achievedOn: '2025-03-01' }));
    const second = await createAchievement(user, achievement({ title: 'Second', achievedOn: '2025-08-01' }));
    await createAchievement(user, achievement({ title: 'Next year', achievedOn: '2026-01-05' }));
    const today = '2026-01-10';
    const titles = async () => (await loadYearlyReview(profile, 2025, today)).achievements.map((row) => row.title);
    expect(await titles()).toEqual(['First', 'Second']);

    const notes = { year: 2025, summary: '', highlights: [] };
    await saveChosenReviewNotes(profile, { ...notes, achievementIds: [second.id] }, today);
    expect(await titles()).toEqual(['Second']);
    // Ticking every one of the year's is no choice: achievements logged later are included too.
    await saveChosenReviewNotes(profile, { ...notes, achievementIds: [first.id, second.id] }, today);
    expect((await findReviewNotes(user, 2025)).achievementIds).toBeNull();

    const foreign = await createAchievement(strangerId, achievement());
    for (const id of [foreign.id, randomUUID()])
      await expect(saveChosenReviewNotes(profile, { ...notes, achievementIds: [id] }, today)).rejects.toMatchObject({
        code: 'invalid-reference',
        message: foreignAchievementMessage,
      });
    await deleteAchievement(strangerId, foreign.id);
  });

  it('round-trips through the export with its links and the review’s picks', async () => {
    const user = await createTestUser('exporter');
    const goal = await createTestGoal(user, { title: 'Lead a team' });
    const skill = await createSkill(user, skillSchema.parse({ name: 'Coaching', kind: 'soft', targetLevel: '4' }));
    const role = await createPosition(user, position('Team lead', '2024-05-01'));
    const picked = await createAchievement(
      user,
      achievement({ goalIds: [goal.id], skillIds: [skill.id], positionId: role?.id ?? null, tags: ['leadership'] }),
    );
    await createAchievement(
      user,
      achievement({ title: 'Not picked', metric: '', valueBefore: null, valueAfter: null, unit: '' }),
    );
    await saveChosenReviewNotes(
      await profileOf(user),
      { year: 2025, summary: 'A year', highlights: [], achievementIds: [picked.id] },
      '2026-01-10',
    );
    const exported = await exportAccount(user);
    if (!exported) throw new Error('no export');
    expect(exported.achievements.find((row) => row.title === picked.title)).toMatchObject({
      goalRefs: [goal.id],
      skills: ['Coaching'],
      position: { employer: 'Acme', title: 'Team lead', startedOn: '2024-05-01' },
    });

    const newcomer = await createTestUser('importer');
    await importAccount(newcomer, accountExportSchema.parse(JSON.parse(JSON.stringify(exported))));
    const again = await exportAccount(newcomer);
    if (!again) throw new Error('no export');
    expect(comparableExport(again).achievements).toEqual(comparableExport(exported).achievements);
    expect(comparableExport(again).reviews).toEqual(comparableExport(exported).reviews);
    expect(again.reviews[0]?.achievementRefs).toHaveLength(1);
  });

  it('imports a version 1 file, which has no achievements, with none', async () => {
    const user = await createTestUser('old-file');
    await createTestGoal(user, { title: 'From an old file' });
    const current = await exportAccount(user);
    if (!current) throw new Error('no export');
    const { achievements: _achievements, ...withoutAchievements } = current;
    const versionOne = {
      ...withoutAchievements,
      version: 1,
      reviews: [
        { year: 2025, summary: 'Old', highlights: [], createdAt: current.exportedAt, updatedAt: current.exportedAt },
      ],
    };
    const file = accountExportSchema.parse(JSON.parse(JSON.stringify(versionOne)));
    expect(file.achievements).toEqual([]);
    expect(file.reviews[0]?.achievementRefs).toBeNull();
    const newcomer = await createTestUser('old-file-importer');
    await importAccount(newcomer, file);
    expect(await listAchievements(newcomer)).toEqual([]);
    expect((await findReviewNotes(newcomer, 2025)).achievementIds).toBeNull();
    expect((await exportAccount(newcomer))?.goals.map((goal) => goal.title)).toEqual(['From an old file']);
  });

  it('refuses a file whose achievement links to something the file does not hold', () => {
    const file = {
      format: 'trajectory-account',
      version: 2,
      exportedAt: '2026-01-01T00:00:00.000Z',
      profile: { name: null, email: 'a@example.com', timeZone: 'UTC', weekStartsOn: 1 },
      goals: [],
      reflections: [],
      skills: [],
      education: [],
      certifications: [],
      positions: [],
      achievements: [
        {
          ref: 'a1',
          title: 'Linked to nothing',
          impact: '',
          metric: '',
          valueBefore: null,
          valueAfter: null,
          unit: '',
          achievedOn: '2025-01-01',
          position: { employer: 'Acme', title: 'Ghost', startedOn: '2020-01-01' },
          goalRefs: ['missing'],
          skills: ['Nothing'],
          tags: [],
          createdAt: '2025-01-01T00:00:00.000Z',
          updatedAt: '2025-01-01T00:00:00.000Z',
        },
      ],
    };
    const parsed = accountExportSchema.safeParse(file);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual(
      expect.arrayContaining(['achievements.0.goalRefs.0', 'achievements.0.skills.0', 'achievements.0.position']),
    );
  });
});
