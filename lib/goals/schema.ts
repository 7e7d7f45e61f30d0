import { z } from 'zod';
import { goalCategories, goalHorizons, goalStatuses, goalTargetKinds } from '@/lib/goals/vocabulary';
import { formText, formTexts, parseForm, readForm, type CrossFieldProblem, type FormParser } from '@/lib/forms/form';
import {
  isoDateField,
  optionalIsoDateField,
  optionalNumberField,
  optionalSingleLine,
  optionalText,
  singleLineText,
} from '@/lib/forms/fields';

// Each field's rule, shared with the account import.
export const goalTitle = singleLineText({
  max: 200,
  required: 'Give the goal a title.',
  tooLong: 'Keep the title under 200 characters.',
});
export const goalPurpose = optionalText(2000, 'Keep “why it matters” under 2000 characters.');
export const goalUnit = optionalSingleLine(40, 'Keep the unit under 40 characters.');
/** Empty is allowed here: the rules between fields name the empty row. */
export const milestoneTitle = singleLineText({ max: 200, tooLong: 'Keep each milestone under 200 characters.' });
export const maxMilestones = 50;

const milestoneSchema = z.object({
  id: z.uuid().optional(),
  title: milestoneTitle,
});

export const goalInputSchema = z
  .object({
    title: goalTitle,
    purpose: goalPurpose,
    horizon: z.enum(goalHorizons, { error: 'Choose short-term or long-term.' }),
    category: z.enum(goalCategories, { error: 'Choose a category from the list.' }),
    targetKind: z.enum(goalTargetKinds, { error: 'Choose how you will measure this goal.' }),
    startValue: optionalNumberField('Enter the starting value as a number.'),
    targetValue: optionalNumberField('Enter the target as a number.'),
    unit: goalUnit,
    milestones: z.array(milestoneSchema).max(maxMilestones, 'Use at most 50 milestones.').default([]),
    startDate: isoDateField('Enter a start date.'),
    targetDate: optionalIsoDateField('Enter a valid target date.'),
    parentGoalId: z
      .string()
      .optional()
      .transform((value) => value || undefined)
      .pipe(z.uuid({ error: 'Choose a long-term goal from the list.' }).optional()),
  })
  .superRefine((goal, context) => {
    for (const [path, message] of goalProblems(goal))
      context.addIssue({ code: 'custom', path: path.split('.'), message });
  })
  .transform((goal) => ({
    ...goal,
    startValue: goal.targetKind === 'numeric' ? (goal.startValue ?? 0) : null,
    targetValue: goal.targetKind === 'numeric' ? (goal.targetValue ?? null) : null,
    unit: goal.targetKind === 'numeric' ? goal.unit : null,
    milestones: goal.targetKind === 'milestones' ? goal.milestones : [],
    targetDate: goal.targetDate ?? null,
    parentGoalId: goal.horizon === 'short' ? (goal.parentGoalId ?? null) : null,
  }));

export type GoalInput = z.infer<typeof goalInputSchema>;

export type GoalFacts = {
  horizon?: string;
  targetKind?: string;
  startValue?: number | string | null;
  targetValue?: number | string | null;
  milestones?: { title: string }[];
  startDate?: string;
  targetDate?: string;
  parentGoalId?: string;
};

/**
 * Rules between fields. They run on the raw form too, so a form with an empty
 * title still hears that its dates are the wrong way round.
 */
export function goalProblems(goal: GoalFacts): CrossFieldProblem[] {
  const problems: CrossFieldProblem[] = [];
  if (goal.targetDate && goal.startDate && goal.targetDate < goal.startDate) {
    problems.push(['targetDate', 'The target date cannot be before the start date.']);
  }
  if (goal.targetKind === 'numeric') {
    const target = goal.targetValue === '' || goal.targetValue === null ? undefined : goal.targetValue;
    if (target === undefined) problems.push(['targetValue', 'Enter the number you aim to reach.']);
    else if (Number(target) === Number(goal.startValue || 0))
      problems.push(['targetValue', 'The target must differ from the starting value.']);
  }
  if (goal.targetKind === 'milestones') {
    const milestones = goal.milestones ?? [];
    if (milestones.length === 0) problems.push(['milestones', 'Add at least one milestone.']);
    milestones.forEach((milestone, index) => {
      if (!milestone.title.trim()) problems.push([`milestones.${index}`, `Milestone ${index + 1} needs some text.`]);
    });
  }
  if (goal.horizon === 'long' && goal.parentGoalId) {
    problems.push(['parentGoalId', 'Only a short-term goal can serve a long-term goal.']);
  }
  return problems;
}

/** Parses the goal form; on failure, every field's problems at once, cross-field ones included. */
export const parseGoalForm: FormParser<GoalInput> = (formData) =>
  parseForm(goalInputSchema, goalFormInput(formData), goalProblems);

/** Reads the goal form; milestones arrive as parallel milestoneId / milestoneTitle fields. */
function goalFormInput(formData: FormData) {
  const text = (name: string) => formText(formData, name);
  const ids = formTexts(formData, 'milestoneId');
  const titles = formTexts(formData, 'milestoneTitle');
  return {
    title: text('title') ?? '',
    purpose: text('purpose'),
    horizon: text('horizon'),
    category: text('category'),
    targetKind: text('targetKind'),
    startValue: text('startValue'),
    targetValue: text('targetValue'),
    unit: text('unit'),
    milestones: titles.map((title, index) => ({ id: ids[index] || undefined, title })),
    startDate: text('startDate') ?? '',
    targetDate: text('targetDate'),
    parentGoalId: text('parentGoalId'),
  };
}

export const goalStatusChangeSchema = z.object({
  goalId: z.uuid({ error: 'That goal could not be found.' }),
  status: z.enum(goalStatuses, { error: 'Choose a valid status.' }),
});

export const parseGoalStatusForm: FormParser<z.infer<typeof goalStatusChangeSchema>> = (formData) =>
  parseForm(goalStatusChangeSchema, readForm(formData, ['goalId', 'status']));

export const goalFiltersSchema = z.object({
  horizon: z.enum(goalHorizons).optional().catch(undefined),
  status: z.enum(goalStatuses).optional().catch(undefined),
  category: z.enum(goalCategories).optional().catch(undefined),
  sort: z.enum(['target-asc', 'target-desc', 'recent']).default('target-asc').catch('target-asc'),
});

export type GoalFilters = z.infer<typeof goalFiltersSchema>;
