// A saved week in the weekly form's own field names (`value:<goal id>`, `reflectionNote`, …), so a form
// refused as stale can show what another tab saved beside what the user typed.
import type { StoredRecord } from '@/lib/errors';

export type StoredWeekGoal = {
  id: string;
  targetKind: 'numeric' | 'milestones' | 'done';
  thisWeek: { value: number | null; confidence: number; note: string } | null;
  milestones: { id: string; doneByThisWeek: boolean }[];
};

export type StoredWeekReflection = {
  alignment: number;
  note: string;
  highlight: string;
  hoursWorked: number | null;
  balance: number | null;
};

/** The fields of the week as saved; goals without an update that week are left out. */
export function storedWeekFields(
  goals: readonly StoredWeekGoal[],
  reflection: StoredWeekReflection,
): Pick<StoredRecord, 'values' | 'choices'> {
  const values: Record<string, string> = {
    alignment: String(reflection.alignment),
    reflectionNote: reflection.note,
    highlight: reflection.highlight,
  };
  if (reflection.hoursWorked !== null) values.hoursWorked = String(reflection.hoursWorked);
  if (reflection.balance !== null) values.balance = String(reflection.balance);
  const choices: Record<string, string[]> = {};
  for (const goal of goals) {
    if (!goal.thisWeek) continue;
    const { value, confidence, note } = goal.thisWeek;
    if (goal.targetKind === 'numeric' && value !== null) values[`value:${goal.id}`] = String(value);
    if (goal.targetKind === 'done' && value === 1) values[`done:${goal.id}`] = 'on';
    if (goal.targetKind === 'milestones')
      choices[`milestone:${goal.id}`] = goal.milestones.filter((step) => step.doneByThisWeek).map((step) => step.id);
    values[`confidence:${goal.id}`] = String(confidence);
    values[`note:${goal.id}`] = note;
  }
  return { values, choices };
}
