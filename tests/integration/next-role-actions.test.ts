import { beforeAll, expect, it, vi } from 'vitest';
import { NextRequest } from 'next/server';
import {
  deleteRoleAction,
  importProfileFile,
  makeGoalFromGap,
  makeRoleCurrentAction,
  rateExpectationAction,
} from '@/app/(app)/next-role/actions';
import { GET as downloadProfile } from '@/app/(app)/next-role/profile.json/route';
import { findUserProfile } from '@/db/queries/account/users';
import { listGoals } from '@/db/queries/goals/goals';
import { createTargetRole, findCurrentTargetRole, listTargetRoles } from '@/db/queries/next-role/target-roles';
import { roleProfileSchema } from '@/lib/next-role/profile-schema';
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
});
