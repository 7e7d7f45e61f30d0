// Feedback the user received, with the skills it is about. Every function takes the user id first.
import 'server-only';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { FeedbackInput } from '@/lib/feedback/schema';
import { db, inTransaction } from '@/db/client';
import { overLoadedVersion, refuseStaleEdit } from '@/db/edit-version';
import { requireOwnPerson, requireOwnSkills } from '@/db/queries/people/owned-links';
import { feedbackEntries, feedbackSkills, skills, type FeedbackEntry } from '@/db/schema';

export type FeedbackWithSkills = FeedbackEntry & { skills: { id: string; name: string }[] };

async function withSkills(userId: string, entries: FeedbackEntry[]): Promise<FeedbackWithSkills[]> {
  if (entries.length === 0) return [];
  const links = await db()
    .select({ feedbackId: feedbackSkills.feedbackId, id: skills.id, name: skills.name })
    .from(feedbackSkills)
    .innerJoin(skills, eq(skills.id, feedbackSkills.skillId))
    .where(
      and(
        eq(feedbackSkills.userId, userId),
        inArray(
          feedbackSkills.feedbackId,
          entries.map((entry) => entry.id),
        ),
      ),
    )
    .orderBy(asc(skills.name));
  return entries.map((entry) => ({
    ...entry,
    skills: links.filter((link) => link.feedbackId === entry.id).map(({ id, name }) => ({ id, name })),
  }));
}

/** Every feedback entry, newest first. */
export async function listFeedback(userId: string): Promise<FeedbackWithSkills[]> {
  const entries = await db()
    .select()
    .from(feedbackEntries)
    .where(eq(feedbackEntries.userId, userId))
    .orderBy(desc(feedbackEntries.receivedOn), desc(feedbackEntries.createdAt));
  return withSkills(userId, entries);
}

/** The feedback linked to one of the user's skills, newest first; empty for another user's skill. */
export async function listFeedbackAboutSkill(userId: string, skillId: string): Promise<FeedbackWithSkills[]> {
  const entries = await db()
    .select({ entry: feedbackEntries })
    .from(feedbackEntries)
    .innerJoin(feedbackSkills, eq(feedbackSkills.feedbackId, feedbackEntries.id))
    .where(and(eq(feedbackEntries.userId, userId), eq(feedbackSkills.skillId, skillId)))
    .orderBy(desc(feedbackEntries.receivedOn), desc(feedbackEntries.createdAt));
  return withSkills(
    userId,
    entries.map((row) => row.entry),
  );
}

export async function findFeedback(userId: string, id: string): Promise<FeedbackWithSkills | undefined> {
  const [entry] = await db()
    .select()
    .from(feedbackEntries)
    .where(and(eq(feedbackEntries.userId, userId), eq(feedbackEntries.id, id)));
  return entry ? (await withSkills(userId, [entry]))[0] : undefined;
}

async function linkSkills(userId: string, feedbackId: string, skillIds: string[]) {
  await db().delete(feedbackSkills).where(eq(feedbackSkills.feedbackId, feedbackId));
  if (skillIds.length > 0)
    await db()
      .insert(feedbackSkills)
      .values(skillIds.map((skillId) => ({ userId, feedbackId, skillId })));
}

/** Records feedback; a linked skill or person that is not the user's is refused as missing. */
export async function createFeedback(userId: string, input: FeedbackInput): Promise<FeedbackEntry> {
  return inTransaction(async () => {
    const { skillIds, ...fields } = input;
    await requireOwnSkills(userId, skillIds);
    await requireOwnPerson(userId, fields.personId);
    const [entry] = await db()
      .insert(feedbackEntries)
      .values({ ...fields, userId })
      .returning();
    if (!entry) throw new Error('feedback insert returned nothing');
    await linkSkills(userId, entry.id, skillIds);
    return entry;
  });
}

/** Saves edits over the version the form was loaded from; undefined when the entry is not the user's (or is gone). */
export async function updateFeedback(
  userId: string,
  id: string,
  input: FeedbackInput,
  loadedVersion: number,
): Promise<FeedbackEntry | undefined> {
  return inTransaction(async () => {
    const { skillIds, ...fields } = input;
    await requireOwnSkills(userId, skillIds);
    await requireOwnPerson(userId, fields.personId);
    const guard = overLoadedVersion(feedbackEntries.version, loadedVersion);
    const [entry] = await db()
      .update(feedbackEntries)
      .set({ ...fields, version: guard.raised })
      .where(and(eq(feedbackEntries.userId, userId), eq(feedbackEntries.id, id), guard.stillLoaded))
      .returning();
    if (!entry) {
      const stored = await findFeedback(userId, id);
      return refuseStaleEdit(stored, { skillIds: stored?.skills.map((skill) => skill.id) ?? [] });
    }
    await linkSkills(userId, entry.id, skillIds);
    return entry;
  });
}

export async function deleteFeedback(userId: string, id: string): Promise<boolean> {
  const deleted = await db()
    .delete(feedbackEntries)
    .where(and(eq(feedbackEntries.userId, userId), eq(feedbackEntries.id, id)))
    .returning({ id: feedbackEntries.id });
  return deleted.length > 0;
}
