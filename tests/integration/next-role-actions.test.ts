import { beforeAll, expect, it, vi } from 'vitest';
import { NextRequest } from 'next/server';
import {
  deleteRoleAction,
  importProfileFile,
  makeGoalFromGap,
  makeRoleCurrentAction,
  rateExpectationAction,
  saveRoleProfile,
} from '@/app/(app)/next-role/actions';
import { GET as downloadProfile } from '@/app/(app)/next-role/profile.json/route';
import { findUserProfile } from '@/db/queries/account/users';
import { listGoals } from '@/db/queries/goals/goals';
import {
  createTargetRole,
  editOf,
  findCurrentTargetRole,
  findTargetRole,
  listTargetRoles,
} from '@/db/queries/next-role/target-roles';
import { profileNotSaved, roleProfileFormValues } from '@/lib/next-role/profile-form';
import { roleProfileSchema, weightsSumToZero } from '@/lib/next-role/profile-schema';
import { describeOnEachDatabase } from '../support/database';
import { createTestUser } from '../support/fixtures';

// The signed-in user is the test's user; the rest is the real path: parser, wrapper, queries.
const session = vi.hoisted(() => ({ userId: '' }));
vi.mock('@/lib/server/auth/session', () => ({
  requireUserId: () => Promise.resolve(session.userId),
  requireUser: async () => {
    const profile = await findUserProfile(session.userId);
    if (!profile) throw new Error('the test user is gone');
    return profile;
  },
}));

// Revalidating needs a request's cache; here it is only noted, so a save can be seen to refresh every page.
const revalidated = vi.hoisted(() => ({ paths: [] as string[] }));
vi.mock('next/cache', () => ({
  revalidatePath: (path: string, type?: string) => revalidated.paths.push(`${path} ${type ?? ''}`.trim()),
}));

const profile = roleProfileSchema.parse({
  title: 'Team lead',
  requirements: [
    { type: 'skill', skill: 'Coaching', skillKind: 'soft', level: 3, weight: 3 },
    { type: 'expectation', text: 'Runs the weekly team meeting', weight: 1 },
  ],
});
const form = (fields: Record<string, string | File>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

/** The redirect a saved form answers with, as Next throws it. */
async function redirectOf(answer: Promise<unknown>): Promise<string> {
  const error: unknown = await answer.then(
    (answered) => new Error(`expected a redirect, got ${JSON.stringify(answered)}`),
    (thrown: unknown) => thrown,
  );
  const digest = error instanceof Error && 'digest' in error ? String(error.digest) : '';
  if (!digest.startsWith('NEXT_REDIRECT')) throw error;
  return digest.split(';')[2] ?? '';
}

/** A profile written in the form: two requirements, the second weighed as given. */
const written = (secondWeight: string) =>
  form({
    title: 'Support team lead',
    level: 'Customer support',
    'requirements.0.id': '',
    'requirements.0.type': 'skill',
    'requirements.0.skill': 'Coaching',
    'requirements.0.skillKind': 'soft',
    'requirements.0.level': '4',
    'requirements.0.weight': '0',
    'requirements.1.id': '',
    'requirements.1.type': 'achievements',
    'requirements.1.count': '2',
    'requirements.1.withinYears': '1',
    'requirements.1.tag': '',
    'requirements.1.weight': secondWeight,
  });

describeOnEachDatabase('the next role page’s actions', () => {
  let ownerRoleId = '';
  let ownerRequirementIds: string[] = [];
  let strangerId = '';
  beforeAll(async () => {
    const ownerId = await createTestUser('aiming');
    strangerId = await createTestUser('stranger');
    ownerRoleId = (await createTargetRole(ownerId, profile)).id;
    ownerRequirementIds = (await findCurrentTargetRole(ownerId))?.requirements.map((stored) => stored.id) ?? [];
    session.userId = strangerId;
  });

  it('answers another user’s role or requirement as a missing one, and changes nothing', async () => {
    const [coachingId = '', expectationId = ''] = ownerRequirementIds;
    const answers = await Promise.all([
      makeGoalFromGap(null, form({ requirementId: coachingId })),
      rateExpectationAction(null, form({ requirementId: expectationId, rating: '4' })),
      makeRoleCurrentAction(null, form({ roleId: ownerRoleId })),
      deleteRoleAction(null, form({ roleId: ownerRoleId })),
      deleteRoleAction(null, form({ roleId: 'not-an-id' })),
    ]);
    for (const answer of answers) {
      expect(answer.ok).toBe(false);
      expect(answer.message).toMatch(/does not exist any more/);
    }
    expect(await listGoals(strangerId)).toEqual([]);
    expect(await listTargetRoles(strangerId)).toEqual([]);

    const download = await downloadProfile(
      new NextRequest(`http://localhost/next-role/profile.json?role=${ownerRoleId}`),
    );
    expect(download.status).toBe(404);
  });

  it('refuses a profile file naming the bad field, and saves nothing', async () => {
    const file = JSON.stringify({
      format: 'trajectory-role-profile',
      version: 1,
      profile: { ...profile, requirements: [{ ...profile.requirements[0], level: 9 }] },
    });
    const answer = await importProfileFile(null, form({ file: new File([file], 'lead.role.json') }));
    expect(answer).toMatchObject({ ok: false, message: 'The profile was not imported.' });
    expect(!answer.ok && answer.fieldErrors.file?.join(' ')).toMatch(/requirements › #1 › level/);
    expect(await importProfileFile(null, form({}))).toMatchObject({
      ok: false,
      fieldErrors: { file: ['Choose a role profile file (.json).'] },
    });
    expect(await listTargetRoles(strangerId)).toEqual([]);
  });

  it('writes a profile from scratch with the import’s rules: a refusal names the row and keeps every row typed', async () => {
    const writerId = await createTestUser('writer');
    session.userId = writerId;
    revalidated.paths.length = 0;
    const tooHeavy = await saveRoleProfile(null, null, written('11'));
    expect(tooHeavy).toMatchObject({ ok: false, message: profileNotSaved });
    if (tooHeavy.ok) throw new Error('expected a refusal');
    expect(tooHeavy.fieldErrors['requirements.1.weight']).toEqual(['Requirement 2: Give a weight from 0 to 10.']);
    expect(tooHeavy.values).toMatchObject({ 'requirements.1.type': 'achievements', 'requirements.1.weight': '11' });
    const weightless = await saveRoleProfile(null, null, written('0'));
    expect(weightless).toMatchObject({
      ok: false,
      message: `The profile was not saved: ${weightsSumToZero}`,
      fieldErrors: { requirements: [weightsSumToZero] },
    });
    expect(await listTargetRoles(writerId)).toEqual([]);

    expect(revalidated.paths).toEqual([]);
    expect(await redirectOf(saveRoleProfile(null, null, written('2')))).toBe('/next-role?saved=created');
    expect(revalidated.paths).toEqual(['/ layout']);
    const role = await findCurrentTargetRole(writerId);
    expect(role && { title: role.title, level: role.level }).toEqual({
      title: 'Support team lead',
      level: 'Customer support',
    });
    expect(role?.requirements.map((stored) => stored.requirement)).toEqual([
      { type: 'skill', skill: 'Coaching', skillKind: 'soft', level: 4, weight: 0 },
      { type: 'achievements', count: 2, withinYears: 1, tag: '', weight: 2 },
    ]);
  });

  it('edits a profile over the version it was loaded from; stale, weightless or another user’s edits change nothing', async () => {
    const editorId = await createTestUser('editor');
    session.userId = editorId;
    const created = await createTargetRole(editorId, profile);
    const loaded = await findTargetRole(editorId, created.id);
    if (!loaded) throw new Error('expected the role');
    const [coaching, meeting] = loaded.requirements;
    const loadedForm = { ...roleProfileFormValues(editOf(loaded)), version: String(loaded.version) };
    // Renamed, the coaching weight raised, the meeting removed and a certification added in its place.
    const edit = form({
      ...loadedForm,
      title: 'Team lead, second line',
      'requirements.0.weight': '5',
      'requirements.1.id': '',
      'requirements.1.type': 'certification',
      'requirements.1.name': 'ITIL',
      'requirements.1.weight': '1',
    });
    expect(await redirectOf(saveRoleProfile(created.id, null, edit))).toBe('/next-role?saved=edited');
    const edited = await findTargetRole(editorId, created.id);
    expect(edited?.title).toBe('Team lead, second line');
    expect(edited?.requirements.map((stored) => [stored.id === coaching?.id, stored.requirement.weight])).toEqual([
      [true, 5],
      [false, 1],
    ]);
    expect(edited?.requirements.some((stored) => stored.id === meeting?.id)).toBe(false);

    // The same form again: another save came in between, so it is refused with what that save stored.
    const stale = await saveRoleProfile(created.id, null, form({ ...loadedForm, title: 'Something else' }));
    expect(stale).toMatchObject({ ok: false, conflict: { values: { title: 'Team lead, second line' } } });
    expect(!stale.ok && stale.conflict?.values['requirements.1.name']).toBe('ITIL');

    const current = { ...roleProfileFormValues(editOf(edited ?? loaded)), version: String(edited?.version) };
    const weightless = await saveRoleProfile(
      created.id,
      null,
      form({ ...current, 'requirements.0.weight': '0', 'requirements.1.weight': '0' }),
    );
    expect(weightless).toMatchObject({ ok: false, fieldErrors: { requirements: [weightsSumToZero] } });

    session.userId = strangerId;
    const foreign = await saveRoleProfile(created.id, null, form({ ...current, title: 'Taken over' }));
    expect(foreign).toMatchObject({ ok: false, message: 'That target role does not exist.' });
    expect(await findTargetRole(editorId, created.id)).toEqual(edited);
    expect(await listTargetRoles(strangerId)).toEqual([]);
  });
});
