// Every value derived from a user's history and stored for reuse, in one list. Each names the version of
// the rules that compute it, so values stored by older rules are recomputed rather than served, and the
// tables it reads: a write to any of them must raise users.history_version, which the statement triggers
// of migrations 0004, 0005, 0017, 0019, 0020 and 0021 do. tests/integration/derived-values.test.ts checks the triggers in the
// database against this list, and this list against the tables the computations actually scan.
import 'server-only';
import { getTableName } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { dashboardTrendsRulesVersion } from '@/lib/trajectory/dashboard';
import { trajectoryRulesVersion } from '@/lib/trajectory/trajectory-index';
import { readinessRulesVersion } from '@/lib/next-role/readiness';
import {
  achievementGoals,
  achievementSkills,
  achievements,
  calendarFeeds,
  certifications,
  educationEntries,
  feedbackEntries,
  feedbackSkills,
  goalMilestones,
  goals,
  payRecords,
  pendingEmailChanges,
  people,
  personGoals,
  personInteractions,
  positions,
  recoveryCodes,
  reminderSettings,
  requirementGoals,
  requirementSelfRatings,
  roleRequirements,
  skillAssessments,
  skills,
  targetRoles,
  twoFactor,
  weeklyReflections,
  weeklyUpdates,
  yearlyReviews,
} from '@/db/schema';

export type DerivedValue = {
  /** What its stored values are kept under. */
  readonly name: string;
  /** The version of the rules that compute it: a stored value is served only while it is the same. */
  readonly rulesVersion: number;
  /** Every table its computation reads. */
  readonly reads: readonly PgTable[];
};

/** The trajectory index at each month end, stored in trajectory_points (db/loaders/trajectory-series.ts). */
export const trajectoryIndexValue: DerivedValue = {
  name: 'trajectory-index',
  rulesVersion: trajectoryRulesVersion,
  reads: [
    goals,
    weeklyUpdates,
    weeklyReflections,
    educationEntries,
    skillAssessments,
    certifications,
    positions,
    payRecords,
  ],
};

/** The dashboard's purpose beside progress and skills now against a year ago, stored in history_cache (db/loaders/dashboard.ts). */
export const dashboardTrendsValue: DerivedValue = {
  name: 'dashboard-trends',
  rulesVersion: dashboardTrendsRulesVersion,
  reads: [weeklyReflections, weeklyUpdates, goals, skills, skillAssessments],
};

/** Readiness for a target role at each month end, stored in readiness_points (db/loaders/readiness.ts). */
export const readinessValue: DerivedValue = {
  name: 'readiness',
  rulesVersion: readinessRulesVersion,
  reads: [
    targetRoles,
    roleRequirements,
    requirementSelfRatings,
    requirementGoals,
    goals,
    skills,
    skillAssessments,
    certifications,
    educationEntries,
    positions,
    achievements,
  ],
};

/**
 * Everything the dashboard shows, kept in each process's memory (db/loaders/dashboard-view.ts): it reads the other
 * three through their stores, and the goals, weeks, career facts, pay and people met around them.
 */
export const dashboardValue: DerivedValue = {
  name: 'dashboard',
  rulesVersion: 1,
  reads: [
    ...new Set([
      ...trajectoryIndexValue.reads,
      ...dashboardTrendsValue.reads,
      ...readinessValue.reads,
      goalMilestones,
      personInteractions,
    ]),
  ],
};

/** The yearly review page: the review built from the whole record, its notes, and the years with records (db/loaders/review-view.ts). */
export const reviewValue: DerivedValue = {
  name: 'review',
  rulesVersion: 1,
  reads: [
    ...new Set([
      ...dashboardValue.reads,
      yearlyReviews,
      feedbackEntries,
      feedbackSkills,
      achievementGoals,
      achievementSkills,
    ]),
  ],
};

/** The goals page: every goal with its latest value and milestone counts (db/loaders/record-views.ts). */
export const goalsPageValue: DerivedValue = {
  name: 'goals-page',
  rulesVersion: 1,
  reads: [goals, weeklyUpdates, goalMilestones],
};

/** The weekly update page: a week's goals, milestones and reflection, and the weeks with updates (db/loaders/record-views.ts). */
export const weeklyPageValue: DerivedValue = {
  name: 'weekly-page',
  rulesVersion: 1,
  reads: [goals, weeklyUpdates, goalMilestones, weeklyReflections],
};

/** The career page's records (db/loaders/record-views.ts). */
export const careerPageValue: DerivedValue = {
  name: 'career-page',
  rulesVersion: 1,
  reads: [
    skills,
    skillAssessments,
    educationEntries,
    certifications,
    positions,
    payRecords,
    feedbackEntries,
    feedbackSkills,
    people,
    personGoals,
    personInteractions,
  ],
};

/** The CV page's records (db/loaders/record-views.ts). */
export const cvPageValue: DerivedValue = {
  name: 'cv-page',
  rulesVersion: 1,
  reads: [positions, educationEntries, certifications, skills, skillAssessments, achievements, payRecords],
};

/** The achievements page, with what an achievement can be linked to (db/loaders/record-views.ts). */
export const achievementsPageValue: DerivedValue = {
  name: 'achievements-page',
  rulesVersion: 1,
  reads: [achievements, achievementGoals, achievementSkills, goals, skills, positions],
};

/** The people page (db/loaders/record-views.ts). */
export const peoplePageValue: DerivedValue = {
  name: 'people-page',
  rulesVersion: 1,
  reads: [people, personGoals, personInteractions, goals],
};

/** The feedback page (db/loaders/record-views.ts). */
export const feedbackPageValue: DerivedValue = {
  name: 'feedback-page',
  rulesVersion: 1,
  reads: [feedbackEntries, feedbackSkills, skills],
};

/** The next role page: the target roles, and the current one's readiness now and by month (db/loaders/record-views.ts). */
export const nextRolePageValue: DerivedValue = {
  name: 'next-role-page',
  rulesVersion: 1,
  reads: readinessValue.reads,
};

/** The weekly update's badge in the navigation: due when a goal is active and the week has no update yet. */
export const weeklyBadgeValue: DerivedValue = {
  name: 'weekly-badge',
  rulesVersion: 1,
  reads: [goals, weeklyUpdates, weeklyReflections],
};

/**
 * The Settings page: the calendar feed, reminders, a pending change of email, two-factor sign-in, and the dates the
 * reminders' previews count from (db/loaders/settings-view.ts).
 */
export const settingsPageValue: DerivedValue = {
  name: 'settings-page',
  rulesVersion: 1,
  reads: [calendarFeeds, reminderSettings, pendingEmailChanges, twoFactor, recoveryCodes, certifications, goals],
};

export const derivedValues: readonly DerivedValue[] = [
  trajectoryIndexValue,
  dashboardTrendsValue,
  readinessValue,
  dashboardValue,
  reviewValue,
  goalsPageValue,
  weeklyPageValue,
  careerPageValue,
  cvPageValue,
  achievementsPageValue,
  peoplePageValue,
  feedbackPageValue,
  nextRolePageValue,
  weeklyBadgeValue,
  settingsPageValue,
];

/** The SQL names of the tables some derived value reads, each once, sorted. */
export function tablesReadByDerivedValues(): string[] {
  return [...new Set(derivedValues.flatMap((value) => value.reads.map(getTableName)))].sort();
}
