// A gap turned into a plan: the short-term goal a requirement suggests, filled in, and the long-term
// goal it serves ("Become <role>"). The user reviews both before anything is saved.
import type { GoalCategory, GoalTargetKind } from '@/lib/goals/vocabulary';
import { educationKindLabels, skillLevelName } from '@/lib/career/vocabulary';
import type { RequirementReadiness } from './readiness';

export type SuggestedGoal = {
  title: string;
  purpose: string;
  category: GoalCategory;
  targetKind: GoalTargetKind;
  startValue: number | null;
  targetValue: number | null;
  unit: string | null;
};

export function longTermGoalTitle(roleTitle: string): string {
  return `Become ${roleTitle}`.slice(0, 200);
}

export function longTermGoalForRole(roleTitle: string): SuggestedGoal {
  return {
    title: longTermGoalTitle(roleTitle),
    purpose: `The role I am aiming at next. Its requirements and my readiness are on the Next role page.`,
    category: 'advancement',
    targetKind: 'done',
    startValue: null,
    targetValue: null,
    unit: null,
  };
}

const done = (title: string, purpose: string, category: GoalCategory): SuggestedGoal => ({
  title: title.slice(0, 200),
  purpose,
  category,
  targetKind: 'done',
  startValue: null,
  targetValue: null,
  unit: null,
});
const numeric = (
  title: string,
  purpose: string,
  category: GoalCategory,
  [startValue, targetValue]: [number, number],
  unit: string,
): SuggestedGoal => ({
  title: title.slice(0, 200),
  purpose,
  category,
  targetKind: 'numeric',
  startValue,
  targetValue,
  unit,
});

/** The goal that would close a gap, starting from where the record stands now. */
export function goalForGap(gap: RequirementReadiness, roleTitle: string, currentLevel: number | null): SuggestedGoal {
  const purpose = `A requirement of ${roleTitle}: ${gap.need}.`;
  const { requirement } = gap;
  switch (requirement.type) {
    case 'skill':
      return numeric(
        `Reach ${skillLevelName(requirement.level)} in ${requirement.skill}`,
        purpose,
        'skill',
        [currentLevel ?? 0, requirement.level],
        'level',
      );
    case 'certification':
      return done(`Earn ${requirement.name}`, purpose, 'certification');
    case 'education':
      return done(
        `Complete ${educationKindLabels[requirement.educationKind].toLowerCase()}${requirement.field ? ` in ${requirement.field}` : ''}`,
        purpose,
        'learning',
      );
    case 'learning_hours':
      return numeric(
        `Study ${requirement.field || 'for the role'}: ${requirement.hours} hours`,
        purpose,
        'learning',
        [Math.floor(gap.credit * requirement.hours), requirement.hours],
        'hours',
      );
    case 'experience':
      return done(
        `Gain experience${requirement.roleIncludes ? ` in ${requirement.roleIncludes}` : ''} toward ${roleTitle}`,
        purpose,
        'advancement',
      );
    case 'achievements':
      return numeric(
        `Deliver ${requirement.count} ${requirement.tag ? `${requirement.tag} ` : ''}achievements`,
        purpose,
        'advancement',
        [Math.round(gap.credit * requirement.count), requirement.count],
        'achievements',
      );
    case 'expectation':
      return done(requirement.text, purpose, 'advancement');
  }
}
