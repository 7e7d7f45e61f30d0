import { beforeAll, expect, it } from 'vitest';
import {
  createFeedback,
  deleteFeedback,
  findFeedback,
  listFeedback,
  listFeedbackAboutSkill,
  updateFeedback,
} from '@/db/queries/feedback/feedback';
import { createSkill, deleteSkill } from '@/db/queries/career/skills';
import { createPerson, deletePerson } from '@/db/queries/people/people';
import { skillSchema } from '@/lib/career/schema';
import { feedbackSchema } from '@/lib/feedback/schema';
import { recurringDevelopmentAreas } from '@/lib/feedback/recurring';
import { personSchema } from '@/lib/people/schema';
import { describeOnEachDatabase } from '../support/database';
import { createTestUser } from '../support/fixtures';

const feedback = (overrides: Record<string, unknown> = {}) =>
  feedbackSchema.parse({
    receivedOn: '2026-03-02',
    fromName: 'Sam Lee',
    relation: 'manager',
    kind: 'development',
    text: 'Bring the numbers earlier in your updates.',
    skillIds: [],
    ...overrides,
  });
const skill = (name: string) => skillSchema.parse({ name, kind: 'soft', targetLevel: '4' });

describeOnEachDatabase('feedback', () => {
  let alice = '';
  let bob = '';
  beforeAll(async () => {
    alice = await createTestUser('alice');
    bob = await createTestUser('bob');
  });

  it('creates with linked skills and a person, updates them, and deletes', async () => {
    const writing = await createSkill(alice, skill('Writing'));
    const speaking = await createSkill(alice, skill('Speaking'));
    const mentor = await createPerson(alice, personSchema.parse({ name: 'Maria', relation: 'mentor', goalIds: [] }));
    const created = await createFeedback(alice, feedback({ skillIds: [writing.id], personId: mentor.id }));
    expect(await findFeedback(alice, created.id)).toMatchObject({
      fromName: 'Sam Lee',
      personId: mentor.id,
      skills: [{ id: writing.id, name: 'Writing' }],
    });

    await updateFeedback(alice, created.id, feedback({ kind: 'praise', skillIds: [speaking.id, writing.id] }), 1);
    const updated = await findFeedback(alice, created.id);
    expect(updated).toMatchObject({ kind: 'praise', personId: null, version: 2 });
    expect(updated?.skills.map((linked) => linked.name)).toEqual(['Speaking', 'Writing']);
    await expect(updateFeedback(alice, created.id, feedback(), 1)).rejects.toMatchObject({
      name: 'AppError',
      code: 'conflict',
    });

    expect((await listFeedbackAboutSkill(alice, speaking.id)).map((entry) => entry.id)).toEqual([created.id]);
    await deleteSkill(alice, speaking.id);
    expect((await findFeedback(alice, created.id))?.skills.map((linked) => linked.name)).toEqual(['Writing']);
    await deletePerson(alice, mentor.id);
    expect(await deleteFeedback(alice, created.id)).toBe(true);
    expect(await findFeedback(alice, created.id)).toBeUndefined();
  });

  it('a person deleted keeps their feedback, with the name as written', async () => {
    const peer = await createPerson(alice, personSchema.parse({ name: 'Jo', relation: 'peer', goalIds: [] }));
    const created = await createFeedback(alice, feedback({ fromName: 'Jo', personId: peer.id }));
    await deletePerson(alice, peer.id);
    expect(await findFeedback(alice, created.id)).toMatchObject({ fromName: 'Jo', personId: null });
  });

  it('lists recurring development areas from stored feedback', async () => {
    const carol = await createTestUser('carol');
    const delegation = await createSkill(carol, skill('Delegation'));
    await createFeedback(carol, feedback({ receivedOn: '2025-06-01', skillIds: [delegation.id] }));
    await createFeedback(carol, feedback({ receivedOn: '2026-02-01', skillIds: [delegation.id] }));
    await createFeedback(carol, feedback({ kind: 'praise', skillIds: [delegation.id] }));
    expect(recurringDevelopmentAreas(await listFeedback(carol))).toEqual([
      { skillId: delegation.id, name: 'Delegation', entries: 2, firstOn: '2025-06-01', lastOn: '2026-02-01' },
    ]);
  });

  it('another user’s feedback is missing, and links to another user’s skill or person are refused as missing', async () => {
    const mine = await createFeedback(alice, feedback());
    expect(await findFeedback(bob, mine.id)).toBeUndefined();
    expect(await updateFeedback(bob, mine.id, feedback({ text: 'Stolen' }), 1)).toBeUndefined();
    expect(await deleteFeedback(bob, mine.id)).toBe(false);
    expect((await listFeedback(bob)).some((entry) => entry.id === mine.id)).toBe(false);

    const alicesSkill = await createSkill(alice, skill('Negotiation'));
    const alicesPerson = await createPerson(alice, personSchema.parse({ name: 'Ann', relation: 'peer', goalIds: [] }));
    const refusedSkill = { name: 'AppError', code: 'not-found', field: 'skillIds' };
    const refusedPerson = { name: 'AppError', code: 'not-found', field: 'personId' };
    await expect(createFeedback(bob, feedback({ skillIds: [alicesSkill.id] }))).rejects.toMatchObject(refusedSkill);
    await expect(createFeedback(bob, feedback({ personId: alicesPerson.id }))).rejects.toMatchObject(refusedPerson);
    const bobs = await createFeedback(bob, feedback());
    await expect(updateFeedback(bob, bobs.id, feedback({ skillIds: [alicesSkill.id] }), 1)).rejects.toMatchObject(
      refusedSkill,
    );
    expect(await listFeedbackAboutSkill(bob, alicesSkill.id)).toEqual([]);
    expect(await findFeedback(alice, mine.id)).toMatchObject({ text: 'Bring the numbers earlier in your updates.' });
  });
});
