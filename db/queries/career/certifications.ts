// Certifications of one user. Every function takes the user id first.
import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import type { CertificationInput } from '@/lib/career/schema';
import { db } from '@/db/client';
import { overLoadedVersion, refuseStaleEdit } from '@/db/edit-version';
import { certifications } from '@/db/schema';

export async function listCertifications(userId: string) {
  return db()
    .select()
    .from(certifications)
    .where(eq(certifications.userId, userId))
    .orderBy(desc(certifications.earnedOn));
}

export async function findCertification(userId: string, id: string) {
  const [certification] = await db()
    .select()
    .from(certifications)
    .where(and(eq(certifications.userId, userId), eq(certifications.id, id)));
  return certification;
}

export async function createCertification(userId: string, input: CertificationInput) {
  const [certification] = await db()
    .insert(certifications)
    .values({ ...input, userId })
    .returning();
  return certification;
}

/** Saves edits over the version the form was loaded from; undefined when the entry is not the user's (or is gone). */
export async function updateCertification(
  userId: string,
  id: string,
  input: CertificationInput,
  loadedVersion: number,
) {
  const guard = overLoadedVersion(certifications.version, loadedVersion);
  const [certification] = await db()
    .update(certifications)
    .set({ ...input, version: guard.raised })
    .where(and(eq(certifications.userId, userId), eq(certifications.id, id), guard.stillLoaded))
    .returning();
  return certification ?? refuseStaleEdit(await findCertification(userId, id));
}

export async function deleteCertification(userId: string, id: string): Promise<boolean> {
  return (
    (
      await db()
        .delete(certifications)
        .where(and(eq(certifications.userId, userId), eq(certifications.id, id)))
        .returning({ id: certifications.id })
    ).length > 0
  );
}
