// One goal's check-in on the weekly form: what the form shows before the user does anything, and whether
// what came back is the user's answer or only that starting point sent back untouched. A goal the user
// left alone saves nothing for the week: a confidence they did not give is not theirs to keep.
import type { WeeklyEntry } from './schema';

export type CheckInGoal = {
  targetKind: 'numeric' | 'milestones' | 'done';
  startValue: number | null;
  /** The week's saved update, when there is one. */
  thisWeek: { value: number | null; confidence: number; note: string } | null;
  /** The latest update of an earlier week. */
  previous: { value: number | null } | null;
  milestones: { id: string; doneByThisWeek: boolean }[];
};

export type CheckInStart = {
  value: string;
  done: boolean;
  /** Null until the user rates: no rating is given for them. */
  confidence: number | null;
  note: string;
  milestoneIds: string[];
};

/** The form's starting point: this week's saved update, else the last value carried forward and no rating. */
export function checkInStart(goal: CheckInGoal): CheckInStart {
  const shown = goal.thisWeek ?? goal.previous;
  const value = shown?.value ?? goal.startValue;
  return {
    value: value === null ? '' : String(value),
    done: shown?.value === 1,
    confidence: goal.thisWeek?.confidence ?? null,
    note: goal.thisWeek?.note ?? '',
    milestoneIds: goal.milestones.filter((milestone) => milestone.doneByThisWeek).map((milestone) => milestone.id),
  };
}

/**
 * Whether the entry is an answer for the goal: the week already holds one, or the user gave a rating or a
 * note, or changed the progress the form started from.
 */
export function isCheckedIn(goal: CheckInGoal, entry: WeeklyEntry): boolean {
  if (goal.thisWeek) return true;
  if (entry.confidence !== undefined || entry.note !== '') return true;
  const start = checkInStart(goal);
  if (goal.targetKind === 'numeric') return (entry.value === undefined ? '' : String(entry.value)) !== start.value;
  if (goal.targetKind === 'done') return entry.done !== start.done;
  const ticked = new Set(entry.milestoneIds);
  return ticked.size !== start.milestoneIds.length || start.milestoneIds.some((id) => !ticked.has(id));
}
