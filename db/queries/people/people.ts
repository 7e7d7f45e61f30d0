// The people the user keeps in touch with, their interactions and the network goals they serve. Every
// function takes the user id first.
import 'server-only';
import { and, asc, count, desc, eq, gte, lte, max } from 'drizzle-orm';
import type { IsoDate } from '@/lib/dates/calendar';
import type { InteractionInput, PersonInput } from '@/lib/people/schema';
import { db, inTransaction } from '@/db/client';
import { overLoadedVersion, refuseStaleEdit } from '@/db/edit-version';
import { requireOwnNetworkGoals } from '@/db/queries/people/owned-links';
import { goals, people, personGoals, personInteractions, type Person, type PersonInteraction } from '@/db/schema';

export type PersonSummary = Person & { interactions: number; lastMetOn: IsoDate | null };
export type PersonWithHistory = Person & {
  interactions: PersonInteraction[];
  goals: { id: string; title: string }[];
};

/** Every person by name, with how often and when the user last met them. */
export async function listPeople(userId: string): Promise<PersonSummary[]> {
  const rows = await db()
    .select({
      person: people,
      interactions: count(personInteractions.id),
      lastMetOn: max(personInteractions.occurredOn),
    })
    .from(people)
    .leftJoin(personInteractions, eq(personInteractions.personId, people.id))
    .where(eq(people.userId, userId))
    .groupBy(people.id)
    .orderBy(asc(people.name), asc(people.createdAt));
  return rows.map((row) => ({ ...row.person, interactions: row.interactions, lastMetOn: row.lastMetOn }));
}

export async function findPerson(userId: string, id: string): Promise<PersonWithHistory | undefined> {
  const [person] = await db()
    .select()
    .from(people)
    .where(and(eq(people.userId, userId), eq(people.id, id)));
  if (!person) return undefined;
  const [interactions, linkedGoals] = await Promise.all([
    db()
      .select()
      .from(personInteractions)
      .where(and(eq(personInteractions.userId, userId), eq(personInteractions.personId, id)))
      .orderBy(desc(personInteractions.occurredOn), desc(personInteractions.createdAt)),
    db()
      .select({ id: goals.id, title: goals.title })
      .from(personGoals)
      .innerJoin(goals, eq(goals.id, personGoals.goalId))
      .where(and(eq(personGoals.userId, userId), eq(personGoals.personId, id)))
      .orderBy(asc(goals.title)),
  ]);
  return { ...person, interactions, goals: linkedGoals };
}

/** The user's goals a person can be linked to: those of the network category. */
export async function listNetworkGoals(userId: string): Promise<{ id: string; title: string; status: string }[]> {
  return db()
    .select({ id: goals.id, title: goals.title, status: goals.status })
    .from(goals)
    .where(and(eq(goals.userId, userId), eq(goals.category, 'network')))
    .orderBy(asc(goals.title));
}

async function linkGoals(userId: string, personId: string, goalIds: string[]) {
  await db().delete(personGoals).where(eq(personGoals.personId, personId));
  if (goalIds.length > 0)
    await db()
      .insert(personGoals)
      .values(goalIds.map((goalId) => ({ userId, personId, goalId })));
}

/** Adds a person; a linked goal that is not one of the user's network goals is refused as missing. */
export async function createPerson(userId: string, input: PersonInput): Promise<Person> {
  return inTransaction(async () => {
    const { goalIds, ...fields } = input;
    await requireOwnNetworkGoals(userId, goalIds);
    const [person] = await db()
      .insert(people)
      .values({ ...fields, userId })
      .returning();
    if (!person) throw new Error('person insert returned nothing');
    await linkGoals(userId, person.id, goalIds);
    return person;
  });
}

/** Saves edits over the version the form was loaded from; undefined when the person is not the user's (or is gone). */
export async function updatePerson(
  userId: string,
  id: string,
  input: PersonInput,
  loadedVersion: number,
): Promise<Person | undefined> {
  return inTransaction(async () => {
    const { goalIds, ...fields } = input;
    await requireOwnNetworkGoals(userId, goalIds);
    const guard = overLoadedVersion(people.version, loadedVersion);
    const [person] = await db()
      .update(people)
      .set({ ...fields, version: guard.raised })
      .where(and(eq(people.userId, userId), eq(people.id, id), guard.stillLoaded))
      .returning();
    if (!person) {
      const stored = await findPerson(userId, id);
      return refuseStaleEdit(stored, { goalIds: stored?.goals.map((goal) => goal.id) ?? [] });
    }
    await linkGoals(userId, person.id, goalIds);
    return person;
  });
}

/** Deletes a person with their interactions; feedback they gave keeps its giver's name. */
export async function deletePerson(userId: string, id: string): Promise<boolean> {
  const deleted = await db()
    .delete(people)
    .where(and(eq(people.userId, userId), eq(people.id, id)))
    .returning({ id: people.id });
  return deleted.length > 0;
}

/** Records an interaction with one of the user's people; undefined when the person is not theirs. */
export async function addInteraction(
  userId: string,
  personId: string,
  input: InteractionInput,
): Promise<PersonInteraction | undefined> {
  return inTransaction(async () => {
    const [person] = await db()
      .select({ id: people.id })
      .from(people)
      .where(and(eq(people.userId, userId), eq(people.id, personId)));
    if (!person) return undefined;
    const [interaction] = await db()
      .insert(personInteractions)
      .values({ ...input, userId, personId })
      .returning();
    return interaction;
  });
}

export async function deleteInteraction(userId: string, interactionId: string): Promise<boolean> {
  const deleted = await db()
    .delete(personInteractions)
    .where(and(eq(personInteractions.userId, userId), eq(personInteractions.id, interactionId)))
    .returning({ id: personInteractions.id });
  return deleted.length > 0;
}

/** Who the user met and when, between two of their dates (both included). */
export async function listInteractionsBetween(
  userId: string,
  from: IsoDate,
  to: IsoDate,
): Promise<{ personId: string; occurredOn: IsoDate }[]> {
  return db()
    .select({ personId: personInteractions.personId, occurredOn: personInteractions.occurredOn })
    .from(personInteractions)
    .where(
      and(
        eq(personInteractions.userId, userId),
        gte(personInteractions.occurredOn, from),
        lte(personInteractions.occurredOn, to),
      ),
    );
}

/** The user's people linked to one of their goals, with when they last met them. */
export async function listPeopleForGoal(userId: string, goalId: string): Promise<PersonSummary[]> {
  const rows = await db()
    .select({
      person: people,
      interactions: count(personInteractions.id),
      lastMetOn: max(personInteractions.occurredOn),
    })
    .from(personGoals)
    .innerJoin(people, eq(people.id, personGoals.personId))
    .leftJoin(personInteractions, eq(personInteractions.personId, people.id))
    .where(and(eq(personGoals.userId, userId), eq(personGoals.goalId, goalId)))
    .groupBy(people.id)
    .orderBy(asc(people.name));
  return rows.map((row) => ({ ...row.person, interactions: row.interactions, lastMetOn: row.lastMetOn }));
}
