import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  addAssessment,
  createSkill,
  deleteAssessment,
  deleteSkill,
  findSkill,
  listSkillsWithLevels,
  updateSkill,
} from '@/db/queries/career/skills';
import {
  createCertification,
  deleteCertification,
  findCertification,
  listCertifications,
  updateCertification,
} from '@/db/queries/career/certifications';
import {
  createEducation,
  deleteEducation,
  findEducation,
  listEducation,
  updateEducation,
} from '@/db/queries/career/education';
import {
  createPosition,
  deletePosition,
  findPosition,
  listPositions,
  updatePosition,
} from '@/db/queries/career/positions';
import { certificationSchema, educationSchema, positionSchema, skillSchema } from '@/lib/career/schema';
import { currentLevel } from '@/lib/career/skills';
import { describeOnEachDatabase } from '../support/database';
import { createTestUser } from '../support/fixtures';

const skill = (name = 'SQL') => skillSchema.parse({ name, kind: 'technical', targetLevel: '4' });
const education = (title = 'Data analysis course') =>
  educationSchema.parse({
    kind: 'course',
    title,
    provider: 'Coursera',
    startedOn: '2025-01-10',
    completedOn: '2025-03-01',
    hours: '40',
  });
const certification = (name = 'Lean Six Sigma Yellow Belt') =>
  certificationSchema.parse({
    name,
    issuer: 'IASSC',
    earnedOn: '2025-05-01',
    expiresOn: '2027-05-01',
    credentialId: 'YB-1',
    credentialUrl: 'https://example.com/yb-1',
  });
const position = (overrides: Record<string, string> = {}) =>
  positionSchema.parse({
    title: 'Support agent',
    employer: 'Acme',
    employmentType: 'full_time',
    payBasis: 'hourly',
    startedOn: '2020-02-01',
    endedOn: '2022-06-30',
    howReached: 'first_role',
    ...overrides,
  });

describeOnEachDatabase('career record', () => {
  let alice = '';
  let bob = '';
  beforeAll(async () => {
    alice = await createTestUser('alice');
    bob = await createTestUser('bob');
  });

  describe('skills', () => {
    it('keeps every assessment; the current level is the latest', async () => {
      const created = await createSkill(alice, skill(), { assessedOn: '2025-01-01', level: 2, evidence: '' });
      await addAssessment(alice, created.id, { assessedOn: '2026-06-01', level: 4, evidence: 'Built the churn model' });
      await addAssessment(alice, created.id, { assessedOn: '2025-09-01', level: 3, evidence: '' });
      const found = await findSkill(alice, created.id);
      expect(found?.assessments.map((assessment) => assessment.level)).toEqual([2, 3, 4]);
      expect(currentLevel(found?.assessments ?? [])).toBe(4);
    });

    it('updates and deletes, assessments with it', async () => {
      const created = await createSkill(alice, skill('Facilitation'));
      await updateSkill(
        alice,
        created.id,
        skillSchema.parse({ name: 'Workshop facilitation', kind: 'soft', targetLevel: '5' }),
        1,
      );
      expect(await findSkill(alice, created.id)).toMatchObject({
        name: 'Workshop facilitation',
        kind: 'soft',
        targetLevel: 5,
      });
      const assessment = await addAssessment(alice, created.id, { assessedOn: '2026-01-01', level: 2, evidence: '' });
      expect(await deleteAssessment(alice, assessment?.id ?? '')).toBe(true);
      expect(await deleteSkill(alice, created.id)).toBe(true);
      expect(await findSkill(alice, created.id)).toBeUndefined();
    });

    it('refuses a second skill with the same name, in any case', async () => {
      await createSkill(alice, skill('Python'));
      await expect(createSkill(alice, skill('python'))).rejects.toMatchObject({
        name: 'AppError',
        code: 'already-exists',
        field: 'name',
      });
      await expect(createSkill(bob, skill('Python'))).resolves.toMatchObject({ name: 'Python' });
    });

    it('another user’s skill behaves like a missing one', async () => {
      const mine = await createSkill(alice, skill('Negotiation'));
      expect(await findSkill(bob, mine.id)).toBeUndefined();
      expect(await addAssessment(bob, mine.id, { assessedOn: '2026-01-01', level: 5, evidence: '' })).toBeUndefined();
      expect(await updateSkill(bob, mine.id, skill('Stolen'), 1)).toBeUndefined();
      expect(await deleteSkill(bob, mine.id)).toBe(false);
      expect((await listSkillsWithLevels(bob, '2026-11-25')).some((listed) => listed.id === mine.id)).toBe(false);
      expect(await findSkill(alice, mine.id)).toMatchObject({ name: 'Negotiation', assessments: [] });
    });
  });

  it('education: create, update, delete, and invisible to others', async () => {
    const entry = await createEducation(alice, education());
    if (!entry) throw new Error('setup');
    expect(await updateEducation(bob, entry.id, education('Hijack'), 1)).toBeUndefined();
    expect(await deleteEducation(bob, entry.id)).toBe(false);
    expect(await findEducation(bob, entry.id)).toBeUndefined();
    expect((await listEducation(bob)).length).toBe(0);
    await updateEducation(alice, entry.id, education('Advanced data analysis'), 1);
    expect(await findEducation(alice, entry.id)).toMatchObject({ title: 'Advanced data analysis', hours: 40 });
    expect(await deleteEducation(alice, entry.id)).toBe(true);
  });

  it('certifications: create, update, delete, and invisible to others', async () => {
    const created = await createCertification(alice, certification());
    if (!created) throw new Error('setup');
    expect(await updateCertification(bob, created.id, certification('Hijack'), 1)).toBeUndefined();
    expect(await deleteCertification(bob, created.id)).toBe(false);
    expect(await findCertification(bob, created.id)).toBeUndefined();
    expect((await listCertifications(bob)).length).toBe(0);
    await updateCertification(alice, created.id, certification('Green Belt'), 1);
    expect(await findCertification(alice, created.id)).toMatchObject({
      name: 'Green Belt',
      credentialUrl: 'https://example.com/yb-1',
    });
    expect(await deleteCertification(alice, created.id)).toBe(true);
  });

  describe('positions', () => {
    it('lists newest first; overlapping current roles are allowed', async () => {
      const user = await createTestUser('path');
      await createPosition(user, position());
      await createPosition(
        user,
        position({
          title: 'Team lead',
          startedOn: '2022-07-01',
          endedOn: '',
          howReached: 'promotion',
          payBasis: 'salary',
        }),
      );
      await createPosition(
        user,
        position({
          title: 'Weekend tutor',
          employer: 'Self',
          startedOn: '2023-01-01',
          endedOn: '',
          howReached: 'new_employer',
          employmentType: 'freelance',
        }),
      );
      expect((await listPositions(user)).map((listed) => listed.title)).toEqual([
        'Weekend tutor',
        'Team lead',
        'Support agent',
      ]);
    });

    it('allows only one first role per user, also when editing', async () => {
      const user = await createTestUser('first');
      const first = await createPosition(user, position());
      await expect(createPosition(user, position({ title: 'Another first' }))).rejects.toMatchObject({
        name: 'AppError',
        code: 'conflict',
        field: 'howReached',
      });
      const second = await createPosition(
        user,
        position({ title: 'Analyst', startedOn: '2023-01-01', endedOn: '', howReached: 'career_change' }),
      );
      if (!first || !second) throw new Error('setup');
      await expect(updatePosition(user, second.id, position({ title: 'Analyst' }), 1)).rejects.toMatchObject({
        name: 'AppError',
        code: 'conflict',
        field: 'howReached',
      });
      // Editing the first role itself is fine.
      await expect(updatePosition(user, first.id, position({ title: 'Support agent II' }), 1)).resolves.toMatchObject({
        title: 'Support agent II',
      });
    });

    it('another user’s position behaves like a missing one', async () => {
      const mine = await createPosition(alice, position({ howReached: 'new_employer' }));
      if (!mine) throw new Error('setup');
      expect(await findPosition(bob, mine.id)).toBeUndefined();
      expect(await updatePosition(bob, mine.id, position({ howReached: 'promotion' }), 1)).toBeUndefined();
      expect(await deletePosition(bob, mine.id)).toBe(false);
      expect(await findPosition(alice, mine.id)).toMatchObject({ title: 'Support agent' });
      expect(await findPosition(alice, randomUUID())).toBeUndefined();
    });
  });

  it('the database itself refuses an expiry before earning, negative hours and non-web links', async () => {
    await expect(createCertification(alice, { ...certification(), expiresOn: '2020-01-01' })).rejects.toThrow();
    await expect(
      createCertification(alice, { ...certification(), credentialUrl: 'javascript:alert(1)' }),
    ).rejects.toThrow();
    await expect(createEducation(alice, { ...education(), hours: -5 })).rejects.toThrow();
  });
});
