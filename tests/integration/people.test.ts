import { beforeAll, expect, it } from 'vitest';
import { exportAccount } from '@/db/queries/account/export';
import { importAccount } from '@/db/queries/account/import';
import { createSkill } from '@/db/queries/career/skills';
import { createFeedback } from '@/db/queries/feedback/feedback';
import {
  addInteraction,
  createPerson,
  deleteInteraction,
  deletePerson,
  findPerson,
  listInteractionsBetween,
  listNetworkGoals,
  listPeople,
  listPeopleForGoal,
  updatePerson,
} from '@/db/queries/people/people';
import { readExportFile } from '@/lib/account/data-forms';
import { skillSchema } from '@/lib/career/schema';
import { feedbackSchema } from '@/lib/feedback/schema';
import { personSchema } from '@/lib/people/schema';
import { describeOnEachDatabase } from '../support/database';
import { comparableExport } from '../support/export-comparison';
import { createTestGoal, createTestUser } from '../support/fixtures';

const person = (overrides: Record<string, unknown> = {}) =>
  personSchema.parse({
    name: 'Maria Okafor',
    relation: 'mentor',
    whereMet: 'Ops meetup',
    notes: '',
    goalIds: [],
    ...overrides,
  });
const networkGoal = (userId: string, title = 'Build a mentoring circle') =>
  createTestGoal(userId, { title, category: 'network', targetKind: 'done' });

describeOnEachDatabase('people', () => {
  let alice = '';
  let bob = '';
  beforeAll(async () => {
    alice = await createTestUser('alice');
    bob = await createTestUser('bob');
  });

  it('creates with network goals and interactions, updates and deletes', async () => {
    const goal = await networkGoal(alice);
    const created = await createPerson(alice, person({ goalIds: [goal.id] }));
    await addInteraction(alice, created.id, { occurredOn: '2026-01-10', kind: 'meeting', note: 'Coffee' });
    const call = await addInteraction(alice, created.id, { occurredOn: '2026-04-02', kind: 'call', note: '' });
    expect(await findPerson(alice, created.id)).toMatchObject({
      name: 'Maria Okafor',
      goals: [{ id: goal.id, title: 'Build a mentoring circle' }],
      interactions: [{ occurredOn: '2026-04-02' }, { occurredOn: '2026-01-10' }],
    });
    expect((await listPeople(alice)).find((listed) => listed.id === created.id)).toMatchObject({
      interactions: 2,
      lastMetOn: '2026-04-02',
    });
    expect(await listPeopleForGoal(alice, goal.id)).toMatchObject([{ id: created.id, lastMetOn: '2026-04-02' }]);
    expect(await listPeopleForGoal(bob, goal.id)).toEqual([]);

    await updatePerson(alice, created.id, person({ name: 'Maria O.', relation: 'contact' }), 1);
    expect(await findPerson(alice, created.id)).toMatchObject({ name: 'Maria O.', relation: 'contact', goals: [] });
    await expect(updatePerson(alice, created.id, person(), 1)).rejects.toMatchObject({ code: 'conflict' });

    expect(await deleteInteraction(alice, call?.id ?? '')).toBe(true);
    expect(await deletePerson(alice, created.id)).toBe(true);
    expect(await findPerson(alice, created.id)).toBeUndefined();
    expect(await listInteractionsBetween(alice, '2026-01-01', '2026-12-31')).toEqual([]);
  });

  it('links only to network goals of the same user; another user’s person is missing', async () => {
    const alicesGoal = await networkGoal(alice, 'Find a sponsor');
    const learning = await createTestGoal(alice, { title: 'Read two books' });
    expect((await listNetworkGoals(alice)).map((goal) => goal.id)).toContain(alicesGoal.id);
    expect((await listNetworkGoals(alice)).map((goal) => goal.id)).not.toContain(learning.id);
    const refused = { name: 'AppError', code: 'not-found', field: 'goalIds' };
    await expect(createPerson(bob, person({ goalIds: [alicesGoal.id] }))).rejects.toMatchObject(refused);
    await expect(createPerson(alice, person({ goalIds: [learning.id] }))).rejects.toMatchObject(refused);

    const mine = await createPerson(alice, person());
    const bobs = await createPerson(bob, person({ name: 'Bob’s contact' }));
    await expect(updatePerson(bob, bobs.id, person({ goalIds: [alicesGoal.id] }), 1)).rejects.toMatchObject(refused);
    expect(await findPerson(bob, mine.id)).toBeUndefined();
    expect(await updatePerson(bob, mine.id, person({ name: 'Stolen' }), 1)).toBeUndefined();
    expect(await addInteraction(bob, mine.id, { occurredOn: '2026-01-01', kind: 'call', note: '' })).toBeUndefined();
    const interaction = await addInteraction(alice, mine.id, { occurredOn: '2026-01-01', kind: 'call', note: '' });
    expect(await deleteInteraction(bob, interaction?.id ?? '')).toBe(false);
    expect(await deletePerson(bob, mine.id)).toBe(false);
    expect((await listPeople(bob)).map((listed) => listed.name)).toEqual(['Bob’s contact']);
    expect(await listInteractionsBetween(bob, '2026-01-01', '2026-12-31')).toEqual([]);
    expect(await findPerson(alice, mine.id)).toMatchObject({ name: 'Maria Okafor' });
  });

  it('people and feedback export and import again unchanged; a version 1 file still imports', async () => {
    const original = await createTestUser('original');
    const goal = await networkGoal(original);
    const writing = await createSkill(original, skillSchema.parse({ name: 'Writing', kind: 'soft', targetLevel: '4' }));
    const mentor = await createPerson(original, person({ goalIds: [goal.id] }));
    await addInteraction(original, mentor.id, { occurredOn: '2025-11-03', kind: 'meeting', note: 'Career chat' });
    await createFeedback(
      original,
      feedbackSchema.parse({
        receivedOn: '2026-02-01',
        fromName: 'Maria',
        relation: 'mentor',
        kind: 'development',
        text: 'Shorter updates.',
        personId: mentor.id,
        skillIds: [writing.id],
      }),
    );
    const exported = await exportAccount(original);
    if (!exported) throw new Error('no export');
    expect(exported.people).toHaveLength(1);
    expect(exported.feedback).toMatchObject([{ personRef: mentor.id, skillNames: ['Writing'] }]);

    const copy = await createTestUser('copy');
    await importAccount(copy, readExportFile(JSON.stringify(exported)));
    const again = await exportAccount(copy);
    if (!again) throw new Error('no export of the copy');
    expect(comparableExport(again)).toEqual(comparableExport(exported));
    const [copied] = await listPeople(copy);
    expect(copied).toMatchObject({ name: 'Maria Okafor', interactions: 1 });
    expect((await findPerson(copy, copied?.id ?? ''))?.goals).toHaveLength(1);

    const { people: _people, feedback: _feedback, ...versionOne } = { ...exported, version: 1 };
    const fromVersionOne = await createTestUser('version-one');
    await importAccount(fromVersionOne, readExportFile(JSON.stringify(versionOne)));
    expect(await listPeople(fromVersionOne)).toEqual([]);
    expect((await exportAccount(fromVersionOne))?.feedback).toEqual([]);
  });

  it('refuses a file whose feedback names a skill or person it does not hold', () => {
    const file = (feedback: Record<string, unknown>) =>
      JSON.stringify({
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
        feedback: [
          {
            receivedOn: '2025-01-01',
            fromName: 'Sam',
            relation: 'peer',
            kind: 'praise',
            text: 'Great',
            personRef: null,
            skillNames: [],
            createdAt: '2025-01-01T00:00:00.000Z',
            updatedAt: '2025-01-01T00:00:00.000Z',
            ...feedback,
          },
        ],
      });
    expect(() => readExportFile(file({ skillNames: ['Ghost'] }))).toThrow(/names no skill in this file/);
    expect(() => readExportFile(file({ personRef: 'nobody' }))).toThrow(/refers to no person in this file/);
    expect(readExportFile(file({})).feedback).toHaveLength(1);
  });
});
