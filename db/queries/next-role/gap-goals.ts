// A gap turned into a goal in one action: a short-term goal filled in from the requirement, serving the
// long-term goal "Become <role>" (created when missing), with the skill it names added when the record
// lacks it, and linked to the requirement so that, once achieved, it shows as evidence. Scoped to the user
// like every query.
import 'server-only';
import { and, eq, inArray, ne } from 'drizzle-orm';
import { goalForGap, longTermGoalForRole, longTermGoalTitle, type SuggestedGoal } from '@/lib/next-role/gap-goal';
import { readinessOn, sameText } from '@/lib/next-role/readiness';
import { levelOn } from '@/lib/career/skills';
import type { GoalInput } from '@/lib/goals/schema';
import { AppError } from '@/lib/errors';
import { db, inTransaction } from '@/db/client';
import { goals, requirementGoals, roleRequirements, targetRoles, type Goal } from '@/db/schema';
import { createGoal } from '@/db/queries/goals/goals';
import { createSkill } from '@/db/queries/career/skills';
import { loadCareerRecord } from './career-record';

const requirementNotFound = () => new AppError('not-found', 'That requirement does not exist any more.');

const goalInput = (goal: SuggestedGoal, horizon: 'short' | 'long', today: string, parentGoalId: string | null) =>
  ({
    ...goal,
    horizon,
    milestones: [],
    startDate: today,
    targetDate: null,
    parentGoalId,
  }) satisfies GoalInput;

/** The goal made from the requirement's gap: an open one already made is returned rather than doubled. */
export async function createGoalFromGap(
  userId: string,
  requirementId: string,
  today: string,
): Promise<{ goal: Goal; created: boolean }> {
  return inTransaction(async () => {
    const [row] = await db()
      .select({ requirement: roleRequirements.requirement, roleTitle: targetRoles.title })
      .from(roleRequirements)
      .innerJoin(targetRoles, and(eq(targetRoles.id, roleRequirements.targetRoleId), eq(targetRoles.userId, userId)))
      .where(and(eq(roleRequirements.userId, userId), eq(roleRequirements.id, requirementId)));
    if (!row) throw requirementNotFound();

    const [open] = await db()
      .select({ goal: goals })
      .from(requirementGoals)
      .innerJoin(goals, and(eq(goals.id, requirementGoals.goalId), eq(goals.userId, userId)))
      .where(
        and(
          eq(requirementGoals.userId, userId),
          eq(requirementGoals.requirementId, requirementId),
          inArray(goals.status, ['active', 'paused']),
        ),
      );
    if (open) return { goal: open.goal, created: false };

    const record = await loadCareerRecord(userId);
    const tracked = { key: requirementId, requirement: row.requirement, selfRatings: [], goals: [] };
    const [gap] = readinessOn([tracked], record, today).requirements;
    if (!gap) throw requirementNotFound();
    const { requirement } = row;
    const skill =
      requirement.type === 'skill'
        ? record.skills.find((candidate) => sameText(candidate.name) === sameText(requirement.skill))
        : undefined;
    const currentLevel = skill ? levelOn(skill.assessments, today) : null;
    // A skill the record does not hold yet is added, so its next assessment can close the gap.
    if (requirement.type === 'skill' && !skill)
      await createSkill(userId, {
        name: requirement.skill,
        kind: requirement.skillKind,
        targetLevel: requirement.level,
      });

    const parent = await longTermGoalFor(userId, row.roleTitle, today);
    const goal = await createGoal(
      userId,
      goalInput(goalForGap(gap, row.roleTitle, currentLevel), 'short', today, parent.id),
      today,
    );
    await db().insert(requirementGoals).values({ userId, requirementId, goalId: goal.id });
    return { goal, created: true };
  });
}

/** The user's long-term goal "Become <role>" that is not abandoned, made when there is none. */
async function longTermGoalFor(userId: string, roleTitle: string, today: string): Promise<Goal> {
  const [existing] = await db()
    .select()
    .from(goals)
    .where(
      and(
        eq(goals.userId, userId),
        eq(goals.horizon, 'long'),
        eq(goals.title, longTermGoalTitle(roleTitle)),
        ne(goals.status, 'abandoned'),
      ),
    )
    .limit(1);
  return existing ?? createGoal(userId, goalInput(longTermGoalForRole(roleTitle), 'long', today, null), today);
}
