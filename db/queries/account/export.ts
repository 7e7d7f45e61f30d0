// The user's whole record as one versioned file (docs/export-format.md describes it).
import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import { usableTimeZone } from '@/lib/dates/time-zones';
import { isBenefitKind } from '@/lib/career/vocabulary';
import { groupBy } from '@/lib/group-by';
import { exportFormat, exportVersion, type AccountExport } from '@/lib/account/export-schema';
import { db } from '@/db/client';
import { exportPeopleAndFeedback } from '@/db/queries/account/export-people';
import { exportTargetRoles } from '@/db/queries/account/export-roles';
import { recordTimes } from '@/db/queries/account/record-times';
import { findReminderPreferences } from '@/db/queries/reminders/settings';
import {
  achievementGoals,
  achievements,
  achievementSkills,
  certifications,
  educationEntries,
  goalMilestones,
  goals,
  positions,
  skillAssessments,
  skills,
  users,
  weeklyReflections,
  weeklyUpdates,
  payRecords,
  yearlyReviews,
} from '@/db/schema';

/** Everything the user recorded, in the documented format; undefined when the user does not exist. */
export async function exportAccount(userId: string, now = new Date()): Promise<AccountExport | undefined> {
  const [user] = await db().select().from(users).where(eq(users.id, userId));
  if (!user) return undefined;
  const reminders = await findReminderPreferences(userId);
  const [
    goalRows,
    milestoneRows,
    updateRows,
    reflectionRows,
    skillRows,
    assessmentRows,
    educationRows,
    certificationRows,
    positionRows,
    reviewRows,
    achievementRows,
    achievementGoalRows,
    achievementSkillRows,
    payRecordRows,
  ] = await Promise.all([
    db()
      .select()
      .from(goals)
      .where(eq(goals.userId, userId))
      .orderBy(asc(goals.createdAt), asc(goals.title), asc(goals.id)),
    db()
      .select()
      .from(goalMilestones)
      .where(eq(goalMilestones.userId, userId))
      .orderBy(asc(goalMilestones.position), asc(goalMilestones.createdAt)),
    db().select().from(weeklyUpdates).where(eq(weeklyUpdates.userId, userId)).orderBy(asc(weeklyUpdates.weekStart)),
    db()
      .select()
      .from(weeklyReflections)
      .where(eq(weeklyReflections.userId, userId))
      .orderBy(asc(weeklyReflections.weekStart)),
    db()
      .select()
      .from(skills)
      .where(eq(skills.userId, userId))
      .orderBy(sql`lower(${skills.name})`),
    db()
      .select()
      .from(skillAssessments)
      .where(eq(skillAssessments.userId, userId))
      .orderBy(asc(skillAssessments.assessedOn), asc(skillAssessments.createdAt), asc(skillAssessments.level)),
    db()
      .select()
      .from(educationEntries)
      .where(eq(educationEntries.userId, userId))
      .orderBy(asc(educationEntries.createdAt), asc(educationEntries.title), asc(educationEntries.completedOn)),
    db()
      .select()
      .from(certifications)
      .where(eq(certifications.userId, userId))
      .orderBy(asc(certifications.earnedOn), asc(certifications.name), asc(certifications.createdAt)),
    db()
      .select()
      .from(positions)
      .where(eq(positions.userId, userId))
      .orderBy(asc(positions.startedOn), asc(positions.title), asc(positions.createdAt)),
    db().select().from(yearlyReviews).where(eq(yearlyReviews.userId, userId)).orderBy(asc(yearlyReviews.year)),
    db()
      .select()
      .from(achievements)
      .where(eq(achievements.userId, userId))
      .orderBy(asc(achievements.achievedOn), asc(achievements.createdAt), asc(achievements.id)),
    db().select().from(achievementGoals).where(eq(achievementGoals.userId, userId)),
    db().select().from(achievementSkills).where(eq(achievementSkills.userId, userId)),
    db()
      .select()
      .from(payRecords)
      .where(eq(payRecords.userId, userId))
      .orderBy(asc(payRecords.effectiveOn), asc(payRecords.createdAt)),
  ]);
  const payByPosition = groupBy(payRecordRows, (row) => row.positionId);
  const goalsOfAchievement = groupBy(achievementGoalRows, (row) => row.achievementId);
  const skillsOfAchievement = groupBy(achievementSkillRows, (row) => row.achievementId);
  const skillNames = new Map(skillRows.map((skill) => [skill.id, skill.name]));
  // A position is named in the file by its employer, title and start date: positions carry no ref.
  const positionKeys = new Map(
    positionRows.map((row) => [row.id, { employer: row.employer, title: row.title, startedOn: row.startedOn }]),
  );
  const achievementIds = new Set(achievementRows.map((row) => row.id));
  const peopleAndFeedback = await exportPeopleAndFeedback(userId);
  const roles = await exportTargetRoles(userId);
  const milestonesByGoal = groupBy(milestoneRows, (row) => row.goalId);
  const updatesByGoal = groupBy(updateRows, (row) => row.goalId);
  const assessmentsBySkill = groupBy(assessmentRows, (row) => row.skillId);

  return {
    format: exportFormat,
    version: exportVersion,
    exportedAt: now.toISOString(),
    // A zone this runtime does not know is written as the UTC the pages use, so the file imports again.
    profile: {
      name: user.name,
      email: user.email,
      timeZone: usableTimeZone(user.timeZone),
      weekStartsOn: user.weekStartsOn,
    },
    reminders: {
      weeklyOn: reminders.weeklyOn,
      weeklyDay: reminders.weeklyDay,
      weeklyHour: reminders.weeklyHour,
      certificationsOn: reminders.certificationsOn,
      goalsOn: reminders.goalsOn,
    },
    goals: goalRows.map((goal) => ({
      ref: goal.id,
      title: goal.title,
      purpose: goal.purpose,
      horizon: goal.horizon,
      category: goal.category,
      targetKind: goal.targetKind,
      startValue: goal.startValue,
      targetValue: goal.targetValue,
      unit: goal.unit,
      startDate: goal.startDate,
      targetDate: goal.targetDate,
      status: goal.status,
      statusChangedOn: goal.statusChangedOn,
      parentRef: goal.parentGoalId,
      ...recordTimes(goal),
      milestones: (milestonesByGoal.get(goal.id) ?? []).map((milestone) => ({
        title: milestone.title,
        position: milestone.position,
        completedWeek: milestone.completedWeek,
        ...recordTimes(milestone),
      })),
      updates: (updatesByGoal.get(goal.id) ?? []).map((update) => ({
        weekStart: update.weekStart,
        value: update.value,
        confidence: update.confidence,
        note: update.note,
        ...recordTimes(update),
      })),
    })),
    reflections: reflectionRows.map((row) => ({
      weekStart: row.weekStart,
      alignment: row.alignment,
      note: row.note,
      highlight: row.highlight,
      hoursWorked: row.hoursWorked,
      balance: row.balance,
      ...recordTimes(row),
    })),
    skills: skillRows.map((skill) => ({
      name: skill.name,
      kind: skill.kind,
      targetLevel: skill.targetLevel,
      ...recordTimes(skill),
      assessments: (assessmentsBySkill.get(skill.id) ?? []).map((row) => ({
        assessedOn: row.assessedOn,
        level: row.level,
        evidence: row.evidence,
        ...recordTimes(row),
      })),
    })),
    education: educationRows.map((row) => ({
      kind: row.kind,
      title: row.title,
      provider: row.provider,
      startedOn: row.startedOn,
      completedOn: row.completedOn,
      hours: row.hours,
      ...recordTimes(row),
    })),
    certifications: certificationRows.map((row) => ({
      name: row.name,
      issuer: row.issuer,
      earnedOn: row.earnedOn,
      expiresOn: row.expiresOn,
      credentialId: row.credentialId,
      credentialUrl: row.credentialUrl,
      ...recordTimes(row),
    })),
    positions: positionRows.map((row) => ({
      title: row.title,
      employer: row.employer,
      level: row.level,
      employmentType: row.employmentType,
      payBasis: row.payBasis,
      hasBonus: row.hasBonus,
      hasStockOptions: row.hasStockOptions,
      hasBenefits: row.hasBenefits,
      startedOn: row.startedOn,
      endedOn: row.endedOn,
      howReached: row.howReached,
      ...recordTimes(row),
      payRecords: (payByPosition.get(row.id) ?? []).map((pay) => ({
        effectiveOn: pay.effectiveOn,
        currency: pay.currency,
        baseKind: pay.baseKind,
        baseAmount: pay.baseAmount,
        hoursPerWeek: pay.hoursPerWeek,
        bonusTarget: pay.bonusTarget,
        bonusPaid: pay.bonusPaid,
        equityValue: pay.equityValue,
        equityVestingStart: pay.equityVestingStart,
        equityVestingYears: pay.equityVestingYears,
        benefits: pay.benefits.filter(isBenefitKind),
        benefitsNote: pay.benefitsNote,
        ...recordTimes(pay),
      })),
    })),
    reviews: reviewRows.map((row) => ({
      year: row.year,
      summary: row.summary,
      highlights: row.highlights,
      achievementRefs: row.achievementIds?.filter((id) => achievementIds.has(id)) ?? null,
      ...recordTimes(row),
    })),
    achievements: achievementRows.map((row) => ({
      ref: row.id,
      title: row.title,
      impact: row.impact,
      metric: row.metric,
      valueBefore: row.valueBefore,
      valueAfter: row.valueAfter,
      unit: row.unit,
      achievedOn: row.achievedOn,
      position: row.positionId === null ? null : (positionKeys.get(row.positionId) ?? null),
      goalRefs: (goalsOfAchievement.get(row.id) ?? []).map((link) => link.goalId),
      skills: (skillsOfAchievement.get(row.id) ?? []).flatMap((link) => skillNames.get(link.skillId) ?? []),
      tags: row.tags,
      ...recordTimes(row),
    })),
    ...peopleAndFeedback,
    ...roles,
  };
}
