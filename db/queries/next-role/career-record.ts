// The parts of a user's career record that readiness reads (lib/next-role/readiness.ts), in one load.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { CareerRecord } from '@/lib/next-role/readiness';
import { groupBy } from '@/lib/group-by';
import { db } from '@/db/client';
import { achievements, certifications, educationEntries, positions, skillAssessments, skills } from '@/db/schema';

export async function loadCareerRecord(userId: string): Promise<CareerRecord> {
  const [skillRows, assessmentRows, certificationRows, educationRows, positionRows, achievementRows] =
    await Promise.all([
      db()
        .select({ id: skills.id, name: skills.name, kind: skills.kind })
        .from(skills)
        .where(eq(skills.userId, userId)),
      db()
        .select({
          skillId: skillAssessments.skillId,
          assessedOn: skillAssessments.assessedOn,
          level: skillAssessments.level,
        })
        .from(skillAssessments)
        .where(eq(skillAssessments.userId, userId)),
      db()
        .select({ name: certifications.name, earnedOn: certifications.earnedOn, expiresOn: certifications.expiresOn })
        .from(certifications)
        .where(eq(certifications.userId, userId)),
      db()
        .select({
          kind: educationEntries.kind,
          title: educationEntries.title,
          provider: educationEntries.provider,
          startedOn: educationEntries.startedOn,
          completedOn: educationEntries.completedOn,
          hours: educationEntries.hours,
        })
        .from(educationEntries)
        .where(eq(educationEntries.userId, userId)),
      db()
        .select({
          title: positions.title,
          employer: positions.employer,
          level: positions.level,
          startedOn: positions.startedOn,
          endedOn: positions.endedOn,
        })
        .from(positions)
        .where(eq(positions.userId, userId)),
      db()
        .select({ title: achievements.title, achievedOn: achievements.achievedOn, tags: achievements.tags })
        .from(achievements)
        .where(eq(achievements.userId, userId)),
    ]);
  const assessmentsOf = groupBy(assessmentRows, (row) => row.skillId);
  return {
    skills: skillRows.map((skill) => ({
      name: skill.name,
      kind: skill.kind,
      assessments: (assessmentsOf.get(skill.id) ?? []).map(({ assessedOn, level }) => ({ assessedOn, level })),
    })),
    certifications: certificationRows,
    education: educationRows.map((entry) => ({ ...entry, provider: entry.provider ?? '' })),
    positions: positionRows.map((position) => ({ ...position, level: position.level ?? '' })),
    achievements: achievementRows,
  };
}
