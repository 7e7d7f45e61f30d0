// The dated records a calendar feed shows; which of them become events is lib/calendar/feed.ts's rule.
import 'server-only';
import { and, eq, isNotNull } from 'drizzle-orm';
import { db } from '@/db/client';
import { certifications, goals } from '@/db/schema';

export async function listCertificationExpiries(userId: string) {
  return db()
    .select({
      id: certifications.id,
      name: certifications.name,
      issuer: certifications.issuer,
      expiresOn: certifications.expiresOn,
    })
    .from(certifications)
    .where(and(eq(certifications.userId, userId), isNotNull(certifications.expiresOn)))
    .orderBy(certifications.expiresOn, certifications.id);
}

export async function listGoalTargetDates(userId: string) {
  return db()
    .select({ id: goals.id, title: goals.title, status: goals.status, targetDate: goals.targetDate })
    .from(goals)
    .where(and(eq(goals.userId, userId), isNotNull(goals.targetDate)))
    .orderBy(goals.targetDate, goals.id);
}
