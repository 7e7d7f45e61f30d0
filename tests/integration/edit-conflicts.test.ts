// Every edit form of a stored record saves only over the version it was loaded from (docs/architecture.md,
// "Edits from two tabs"): the goal, the four career entries, feedback and people, through one shared check.
import { beforeAll, expect, it } from 'vitest';
import { createCertification, findCertification, updateCertification } from '@/db/queries/career/certifications';
import { createEducation, findEducation, updateEducation } from '@/db/queries/career/education';
import { createPosition, findPosition, updatePosition } from '@/db/queries/career/positions';
import { createSkill, findSkill, updateSkill } from '@/db/queries/career/skills';
import { findGoal, listMilestones, updateGoal } from '@/db/queries/goals/goals';
import { createFeedback, findFeedback, updateFeedback } from '@/db/queries/feedback/feedback';
import { createPerson, findPerson, updatePerson } from '@/db/queries/people/people';
import { feedbackSchema } from '@/lib/feedback/schema';
import { personSchema } from '@/lib/people/schema';
import { certificationSchema, educationSchema, positionSchema, skillSchema } from '@/lib/career/schema';
import { StaleEditError } from '@/lib/errors';
import { goalInputSchema } from '@/lib/goals/schema';
import { describeOnEachDatabase } from '../support/database';
import { createTestGoal, createTestUser } from '../support/fixtures';

type Stored = { version: number } & Record<string, unknown>;

/** One kind of record: how to make one, edit it over a version, and read it back; `field` tells edits apart. */
type EditedRecord = {
  name: string;
  field: string;
  create: (userId: string) => Promise<string>;
  update: (userId: string, id: string, fieldValue: string, loadedVersion: number) => Promise<unknown>;
  find: (userId: string, id: string) => Promise<Stored | undefined>;
};

const records: EditedRecord[] = [
  {
    name: 'a goal',
    field: 'title',
    create: async (userId) =>
      (await createTestGoal(userId, { targetKind: 'milestones', milestones: [{ title: 'First step' }] })).id,
    update: async (userId, id, title, loadedVersion) => {
      const [step] = await listMilestones(userId, id);
      const input = goalInputSchema.parse({
        title,
        horizon: 'short',
        category: 'learning',
        targetKind: 'milestones',
        startDate: '2026-01-05',
        milestones: [{ id: step?.id, title: `${title}: first step` }],
      });
      return updateGoal(userId, id, input, loadedVersion);
    },
    find: findGoal,
  },
  {
    name: 'a skill',
    field: 'name',
    create: async (userId) =>
      (await createSkill(userId, skillSchema.parse({ name: 'SQL', kind: 'technical', targetLevel: '4' }))).id,
    update: (userId, id, name, loadedVersion) =>
      updateSkill(userId, id, skillSchema.parse({ name, kind: 'technical', targetLevel: '4' }), loadedVersion),
    find: findSkill,
  },
  {
    name: 'an education entry',
    field: 'title',
    create: async (userId) => {
      const entry = await createEducation(userId, education('Data analysis course'));
      if (!entry) throw new Error('setup');
      return entry.id;
    },
    update: (userId, id, title, loadedVersion) => updateEducation(userId, id, education(title), loadedVersion),
    find: findEducation,
  },
  {
    name: 'a certification',
    field: 'name',
    create: async (userId) => {
      const entry = await createCertification(userId, certification('Yellow Belt'));
      if (!entry) throw new Error('setup');
      return entry.id;
    },
    update: (userId, id, name, loadedVersion) => updateCertification(userId, id, certification(name), loadedVersion),
    find: findCertification,
  },
  {
    name: 'a position',
    field: 'title',
    create: async (userId) => {
      const entry = await createPosition(userId, position('Support agent'));
      if (!entry) throw new Error('setup');
      return entry.id;
    },
    update: (userId, id, title, loadedVersion) => updatePosition(userId, id, position(title), loadedVersion),
    find: findPosition,
  },
  {
    name: 'a feedback entry',
    field: 'text',
    create: async (userId) => (await createFeedback(userId, feedback('Well done'))).id,
    update: (userId, id, text, loadedVersion) => updateFeedback(userId, id, feedback(text), loadedVersion),
    find: findFeedback,
  },
  {
    name: 'a person',
    field: 'name',
    create: async (userId) => (await createPerson(userId, person('Maria'))).id,
    update: (userId, id, name, loadedVersion) => updatePerson(userId, id, person(name), loadedVersion),
    find: findPerson,
  },
];

function feedback(text: string) {
  return feedbackSchema.parse({
    receivedOn: '2026-01-05',
    fromName: 'Sam',
    relation: 'peer',
    kind: 'praise',
    text,
    skillIds: [],
  });
}
function person(name: string) {
  return personSchema.parse({ name, relation: 'mentor', goalIds: [] });
}

function education(title: string) {
  return educationSchema.parse({ kind: 'course', title, provider: 'Coursera', startedOn: '2025-01-10', hours: '40' });
}
function certification(name: string) {
  return certificationSchema.parse({ name, issuer: 'IASSC', earnedOn: '2025-05-01', credentialId: 'YB-1' });
}
function position(title: string) {
  return positionSchema.parse({
    title,
    employer: 'Acme',
    employmentType: 'full_time',
    payBasis: 'hourly',
    startedOn: '2020-02-01',
    howReached: 'new_employer',
  });
}

async function staleEditOf(save: Promise<unknown>): Promise<StaleEditError> {
  const error = await save.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof StaleEditError)) throw new Error(`expected a stale edit, got ${String(error)}`);
  return error;
}

describeOnEachDatabase('an edit from two tabs', () => {
  let userId = '';
  let otherUser = '';
  beforeAll(async () => {
    userId = await createTestUser('two-tab-edits');
    otherUser = await createTestUser('someone-else');
  });

  for (const record of records) {
    it(`${record.name}: an edit over a newer save is a conflict showing the stored values, and nothing changes`, async () => {
      const id = await record.create(userId);
      expect(await record.find(userId, id)).toMatchObject({ version: 1 });

      // Two tabs opened it at version 1; the first saves.
      await record.update(userId, id, 'Saved by tab one', 1);
      expect(await record.find(userId, id)).toMatchObject({ version: 2, [record.field]: 'Saved by tab one' });

      const conflict = await staleEditOf(record.update(userId, id, 'Saved by tab two', 1));
      expect(conflict.code).toBe('conflict');
      expect(conflict.stored).toMatchObject({ version: 2, values: { [record.field]: 'Saved by tab one' } });
      expect(conflict.stored.savedAt).toBeInstanceOf(Date);
      expect(await record.find(userId, id)).toMatchObject({ version: 2, [record.field]: 'Saved by tab one' });

      // Keep mine: over the version the conflict showed.
      await record.update(userId, id, 'Saved by tab two', conflict.stored.version);
      expect(await record.find(userId, id)).toMatchObject({ version: 3, [record.field]: 'Saved by tab two' });
    });

    it(`${record.name}: two edits over one version at once, one is saved and the other is a conflict`, async () => {
      const id = await record.create(userId);
      const results = await Promise.allSettled([
        record.update(userId, id, 'Tab one at once', 1),
        record.update(userId, id, 'Tab two at once', 1),
      ]);
      expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
      const [refused] = results.flatMap((result): unknown[] => (result.status === 'rejected' ? [result.reason] : []));
      expect(refused).toBeInstanceOf(StaleEditError);
      const stored = await record.find(userId, id);
      expect(stored?.version).toBe(2);
      expect(refused).toMatchObject({ stored: { version: 2, values: { [record.field]: stored?.[record.field] } } });
    });

    it(`${record.name}: someone else's edit with any version tells nothing of it`, async () => {
      const id = await record.create(userId);
      const answer = await record.update(otherUser, id, 'Not theirs', 1).then(
        (saved) => ({ saved }),
        (error: unknown) => ({ error }),
      );
      expect(answer).not.toHaveProperty('error.stored');
      expect(await record.find(userId, id)).toMatchObject({ version: 1 });
    });
  }
});
