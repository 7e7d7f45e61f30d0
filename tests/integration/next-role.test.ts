import { beforeAll, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { loadReadinessOn, loadReadinessSeries } from '@/db/loaders/readiness';
import { addAssessment, createSkill } from '@/db/queries/career/skills';
import { setGoalStatus } from '@/db/queries/goals/goals';
import { createGoalFromGap } from '@/db/queries/next-role/gap-goals';
import {
  createTargetRole,
  deleteTargetRole,
  editOf,
  findCurrentTargetRole,
  findTargetRole,
  listTargetRoles,
  makeTargetRoleCurrent,
  profileOf,
  rateExpectation,
  updateTargetRole,
} from '@/db/queries/next-role/target-roles';
import { readinessPoints } from '@/db/schema';
import { exportAccount } from '@/db/queries/account/export';
import { importAccount } from '@/db/queries/account/import';
import { accountExportSchema } from '@/lib/account/export-schema';
import { AppError, StaleEditError } from '@/lib/errors';
import { roleProfileSchema, type RoleProfile } from '@/lib/next-role/profile-schema';
import { describeOnEachDatabase } from '../support/database';
import { createTestUser } from '../support/fixtures';

const teamLead: RoleProfile = roleProfileSchema.parse({
  title: 'Team lead',
  level: 'Support',
  requirements: [
    { type: 'skill', skill: 'Coaching', skillKind: 'soft', level: 4, weight: 3 },
    { type: 'expectation', text: 'Runs the weekly team meeting', weight: 1 },
  ],
});
const analyst: RoleProfile = roleProfileSchema.parse({
  title: 'Analyst',
  requirements: [{ type: 'certification', name: 'PL-300', weight: 1 }],
});

async function found<T>(value: Promise<T | undefined>): Promise<T> {
  const result = await value;
  if (result === undefined) throw new Error('expected a row');
  return result;
}

describeOnEachDatabase('target roles and readiness', () => {
  let ownerId = '';
  let strangerId = '';
  beforeAll(async () => {
    ownerId = await createTestUser('owner');
    strangerId = await createTestUser('stranger');
  });

  it('keeps roles with their requirements; the first is current, and one at a time', async () => {
    const first = await createTargetRole(ownerId, teamLead);
    const second = await createTargetRole(ownerId, analyst);
    expect((await listTargetRoles(ownerId)).map((role) => [role.title, role.isCurrent])).toEqual([
      ['Team lead', true],
      ['Analyst', false],
    ]);
    expect(profileOf(await found(findTargetRole(ownerId, first.id)))).toEqual(teamLead);

    expect(await makeTargetRoleCurrent(ownerId, second.id)).toBe(true);
    expect((await findCurrentTargetRole(ownerId))?.title).toBe('Analyst');
    expect(await deleteTargetRole(ownerId, second.id)).toBe(true);
    expect((await findCurrentTargetRole(ownerId))?.title).toBe('Team lead');
  });

  it('an edit keeps a requirement’s self-ratings when its id is kept, and refuses a stale version', async () => {
    const role = await found(findCurrentTargetRole(ownerId));
    const [coaching, meeting] = role.requirements;
    if (!coaching || !meeting) throw new Error('requirements missing');
    expect(await rateExpectation(ownerId, meeting.id, '2026-01-05', 2)).toBe(true);
    expect(await rateExpectation(ownerId, meeting.id, '2026-01-05', 3)).toBe(true);
    // Only expectations are rated.
    expect(await rateExpectation(ownerId, coaching.id, '2026-01-05', 3)).toBe(false);

    await updateTargetRole(
      ownerId,
      role.id,
      {
        ...profileOf(role),
        title: 'Support team lead',
        requirements: [
          { id: meeting.id, requirement: meeting.requirement },
          { id: null, requirement: { type: 'certification', name: 'ITIL', weight: 1 } },
        ],
      },
      role.version,
    );
    const edited = await found(findTargetRole(ownerId, role.id));
    expect(edited.title).toBe('Support team lead');
    expect(edited.requirements.map((stored) => stored.requirement.type)).toEqual(['expectation', 'certification']);
    expect(edited.requirements[0]?.selfRatings).toEqual([{ ratedOn: '2026-01-05', rating: 3 }]);
    await expect(
      updateTargetRole(ownerId, role.id, { ...profileOf(role), requirements: [] }, role.version),
    ).rejects.toBeInstanceOf(StaleEditError);
    await updateTargetRole(
      ownerId,
      role.id,
      {
        ...profileOf(role),
        requirements: role.requirements.map((stored) => ({ id: stored.id, requirement: stored.requirement })),
      },
      edited.version,
    );
  });

  it('stores readiness by month, reuses it while nothing changes and recomputes it when the record moves', async () => {
    const role = await found(findCurrentTargetRole(ownerId));
    const skill = await createSkill(ownerId, { name: 'coaching', kind: 'soft', targetLevel: 4 });
    await addAssessment(ownerId, skill.id, { assessedOn: '2025-03-10', level: 2, evidence: '' });
    const before = await loadReadinessSeries(ownerId, role.id, '2025-01', '2025-06');
    // Coaching at 2 of 4 (3/4 of the weight at half credit); the meeting rating comes only in 2026.
    expect(before.map((point) => point.percent)).toEqual([0, 0, 38, 38, 38, 38]);
    const stored = await db().select().from(readinessPoints).where(eq(readinessPoints.targetRoleId, role.id));
    expect(stored).toHaveLength(6);

    await addAssessment(ownerId, skill.id, {
      assessedOn: '2025-05-20',
      level: 4,
      evidence: 'Ran the team for a month',
    });
    const after = await loadReadinessSeries(ownerId, role.id, '2025-01', '2025-06');
    expect(after.map((point) => point.percent)).toEqual([0, 0, 38, 38, 75, 75]);

    const now = await loadReadinessOn(ownerId, role, '2026-02-01');
    expect(now.requirements.map((entry) => entry.state)).toEqual(['met', 'partly']);
    expect(now.requirements[0]?.evidence).toEqual([
      { kind: 'assessment', label: 'Coaching assessed at 4 of 5', date: '2025-05-20' },
    ]);

    // An edit of the profile is a change of the history too: the stored points are counted again from it.
    const unweighted = editOf(role).requirements.map(({ id, requirement }) =>
      requirement.type === 'expectation' ? { id, requirement: { ...requirement, weight: 0 } } : { id, requirement },
    );
    await updateTargetRole(ownerId, role.id, { ...editOf(role), requirements: unweighted }, role.version);
    const edited = await loadReadinessSeries(ownerId, role.id, '2025-01', '2025-06');
    expect(edited.map((point) => point.percent)).toEqual([0, 0, 50, 50, 100, 100]);
    const restored = await found(findTargetRole(ownerId, role.id));
    await updateTargetRole(ownerId, role.id, editOf(role), restored.version);
  });

  it('turns a gap into a linked goal under "Become <role>", adding the skill it names, once', async () => {
    const role = await createTargetRole(
      ownerId,
      roleProfileSchema.parse({
        title: 'Head of support',
        requirements: [{ type: 'skill', skill: 'Budgeting', skillKind: 'technical', level: 3, weight: 1 }],
      }),
    );
    const stored = await found(findTargetRole(ownerId, role.id));
    const requirementId = stored.requirements[0]?.id ?? '';
    const { goal, created } = await createGoalFromGap(ownerId, requirementId, '2026-11-26');
    expect(created).toBe(true);
    expect(goal).toMatchObject({
      title: 'Reach Competent in Budgeting',
      horizon: 'short',
      category: 'skill',
      startValue: 0,
      targetValue: 3,
    });
    const again = await createGoalFromGap(ownerId, requirementId, '2026-11-26');
    expect(again).toMatchObject({ created: false, goal: { id: goal.id } });

    const withGoal = await found(findTargetRole(ownerId, role.id));
    expect(withGoal.requirements[0]?.goals.map((linked) => linked.title)).toEqual(['Reach Competent in Budgeting']);
    await setGoalStatus(ownerId, goal.id, 'achieved', '2026-11-26');
    const readiness = await loadReadinessOn(ownerId, await found(findTargetRole(ownerId, role.id)), '2026-11-26');
    expect(readiness.requirements[0]?.evidence.map((item) => item.label)).toEqual([
      'Goal achieved: Reach Competent in Budgeting',
    ]);
  });

  it('travels in the account export and comes back whole in another account', async () => {
    const file = await found(exportAccount(ownerId));
    expect(file.targetRoles.map((role) => [role.title, role.isCurrent])).toEqual([
      ['Team lead', true],
      ['Head of support', false],
    ]);
    const copy = await createTestUser('copy');
    await importAccount(copy, accountExportSchema.parse(JSON.parse(JSON.stringify(file))));
    const copied = await found(exportAccount(copy));
    const withoutGoalIds = (roles: typeof file.targetRoles) =>
      roles.map((role) => ({
        ...role,
        requirements: role.requirements.map((entry) => ({ ...entry, goalRefs: entry.goalRefs.length })),
      }));
    expect(withoutGoalIds(copied.targetRoles)).toEqual(withoutGoalIds(file.targetRoles));
    const headOfSupport = (await listTargetRoles(copy)).find((role) => role.title === 'Head of support');
    const linked = await found(findTargetRole(copy, headOfSupport?.id ?? ''));
    expect(linked.requirements[0]?.goals).toMatchObject([
      { title: 'Reach Competent in Budgeting', status: 'achieved' },
    ]);
  });

  it('refuses a file whose role links a goal it does not hold, or has two current roles', async () => {
    const file = await found(exportAccount(ownerId));
    const [first] = file.targetRoles;
    if (!first) throw new Error('no role exported');
    const broken = {
      ...file,
      targetRoles: [
        { ...first, requirements: first.requirements.map((entry) => ({ ...entry, goalRefs: ['nowhere'] })) },
        { ...first, title: 'Also current' },
      ],
    };
    const parsed = accountExportSchema.safeParse(JSON.parse(JSON.stringify(broken)));
    expect(parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual(
      expect.arrayContaining([
        ['targetRoles', 'has more than one current role'],
        ['targetRoles.0.requirements.0.goalRefs.0', 'refers to no goal in this file'],
      ]),
    );
  });

  it('treats another user’s role and requirement as missing', async () => {
    const role = await found(findCurrentTargetRole(ownerId));
    const requirementId = role.requirements[0]?.id ?? '';
    expect(await findTargetRole(strangerId, role.id)).toBeUndefined();
    expect(await findCurrentTargetRole(strangerId)).toBeUndefined();
    expect(await makeTargetRoleCurrent(strangerId, role.id)).toBe(false);
    expect(await deleteTargetRole(strangerId, role.id)).toBe(false);
    expect(await rateExpectation(strangerId, role.requirements[1]?.id ?? '', '2026-02-01', 5)).toBe(false);
    expect(await loadReadinessSeries(strangerId, role.id, '2025-01', '2025-03')).toEqual([]);
    const refusal = await createGoalFromGap(strangerId, requirementId, '2026-11-26').catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(AppError);
    expect(refusal).toMatchObject({ code: 'not-found' });
    await expect(
      updateTargetRole(strangerId, role.id, { ...profileOf(role), requirements: [] }, role.version),
    ).rejects.toMatchObject({ code: 'not-found' });
    expect(await found(findTargetRole(ownerId, role.id))).toMatchObject({ title: role.title, version: role.version });
  });
});
