// Education and training of one user. Every function takes the user id first.
import 'server-only';
import { and, desc, eq, gte } from 'drizzle-orm';
import type { IsoDate } from '@/lib/dates/calendar';
import type { EducationInput } from '@/lib/career/schema';
import { db } from '@/db/client';
import { overLoadedVersion, refuseStaleEdit } from '@/db/edit-version';
import { educationEntries } from '@/db/schema';

export async function listEducation(userId: string) {
  return db()
    .select()
    .from(educationEntries)
    .where(eq(educationEntries.userId, userId))
    .orderBy(desc(educationEntries.completedOn), desc(educationEntries.startedOn));
}

export async function findEducation(userId: string, id: string) {
  const [entry] = await db()
    .select()
    .from(educationEntries)
    .where(and(eq(educationEntries.userId, userId), eq(educationEntries.id, id)));
  return entry;
}

export async function createEducation(userId: string, input: EducationInput) {
  const [entry] = await db()
    .insert(educationEntries)
    .values({ ...input, userId })
    .returning();
  return entry;
}

/** Saves edits over the version the form was loaded from; undefined when the entry is not the user's (or is gone). */
export async function updateEducation(userId: string, id: string, input: EducationInput, loadedVersion: number) {
  const guard = overLoadedVersion(educationEntries.version, loadedVersion);
  const [entry] = await db()
    .update(educationEntries)
    .set({ ...input, version: guard.raised })
    .where(and(eq(educationEntries.userId, userId), eq(educationEntries.id, id), guard.stillLoaded))
    .returning();
  return entry ?? refuseStaleEdit(await findEducation(userId, id));
}

export async function deleteEducation(userId: string, id: string): Promise<boolean> {
  return (
    (
      await db()
        .delete(educationEntries)
        .where(and(eq(educationEntries.userId, userId), eq(educationEntries.id, id)))
        .returning({ id: educationEntries.id })
    ).length > 0
  );
}

/** Start and completion dates and hours of the training completed on or after `since`. */
export async function listTrainingSince(userId: string, since: IsoDate) {
  return db()
    .select({
      startedOn: educationEntries.startedOn,
      completedOn: educationEntries.completedOn,
      hours: educationEntries.hours,
    })
    .from(educationEntries)
    .where(and(eq(educationEntries.userId, userId), gte(educationEntries.completedOn, since)));
}
