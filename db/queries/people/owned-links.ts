// The refusal of a link to a record that is not the user's: another user's skill, goal or person is
// answered exactly as a missing one.
import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import { AppError } from '@/lib/errors';
import { db } from '@/db/client';
import { goals, people, skills } from '@/db/schema';

const missing = (what: string, field: string) =>
  new AppError('not-found', `A linked ${what} could not be found. It may have been deleted.`, field);

/** Throws unless every id names one of the user's skills. */
export async function requireOwnSkills(userId: string, skillIds: string[]): Promise<void> {
  if (skillIds.length === 0) return;
  const found = await db()
    .select({ id: skills.id })
    .from(skills)
    .where(and(eq(skills.userId, userId), inArray(skills.id, skillIds)));
  if (found.length !== skillIds.length) throw missing('skill', 'skillIds');
}

/** Throws unless every id names one of the user's goals of the network category. */
export async function requireOwnNetworkGoals(userId: string, goalIds: string[]): Promise<void> {
  if (goalIds.length === 0) return;
  const found = await db()
    .select({ id: goals.id })
    .from(goals)
    .where(and(eq(goals.userId, userId), eq(goals.category, 'network'), inArray(goals.id, goalIds)));
  if (found.length !== goalIds.length) throw missing('network goal', 'goalIds');
}

/** Throws unless the id, when given, names one of the user's people. */
export async function requireOwnPerson(userId: string, personId: string | null): Promise<void> {
  if (personId === null) return;
  const [found] = await db()
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.userId, userId), eq(people.id, personId)));
  if (!found) throw missing('person', 'personId');
}
