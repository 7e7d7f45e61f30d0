import type { EditConflict } from '@/lib/forms/result';
import { formatNumber, withUnit } from '@/lib/format';
import { alignmentLabels, balanceLabels, confidenceLabels, ratingText } from './rating-labels';
import type { WeeklyGoalRow } from './weekly-form';

/** A stored number as the user's locale writes it ("2.5" → "2,5" in German); '' when there is none. */
function numberText(stored: string | undefined, locale: string): string {
  const number = stored === undefined || stored === '' ? NaN : Number(stored);
  return Number.isFinite(number) ? formatNumber(number, locale) : '';
}

/** One goal's check-in as another tab saved it: "2 modules · confidence 4 – Likely · “note”". */
function checkInText(goal: WeeklyGoalRow, { values, choices }: EditConflict, locale: string): string {
  const confidence = values[`confidence:${goal.id}`];
  if (confidence === undefined) return 'No update';
  const ticked = new Set(choices[`milestone:${goal.id}`] ?? []);
  const value = values[`value:${goal.id}`];
  const progress =
    goal.targetKind === 'numeric'
      ? value === undefined
        ? 'No value'
        : withUnit(Number(value), goal.unit, locale)
      : goal.targetKind === 'done'
        ? values[`done:${goal.id}`] === 'on'
          ? 'Done'
          : 'Not done'
        : `${ticked.size} of ${goal.milestones.length} milestones done${
            ticked.size > 0
              ? `: ${goal.milestones
                  .filter((step) => ticked.has(step.id))
                  .map((step) => step.title)
                  .join(', ')}`
              : ''
          }`;
  const note = values[`note:${goal.id}`];
  return [progress, `confidence ${ratingText(confidence, confidenceLabels)}`, note ? `“${note}”` : '']
    .filter(Boolean)
    .join(' · ');
}

/** What another tab saved for the week: each goal's check-in and the reflection, numbers in the user's locale. */
export function SavedWeek({
  conflict,
  goals,
  locale,
}: {
  conflict: EditConflict;
  goals: WeeklyGoalRow[];
  locale: string;
}) {
  const { values } = conflict;
  const reflection = [
    { term: 'Alignment', text: ratingText(values.alignment, alignmentLabels) },
    { term: 'What made it so', text: values.reflectionNote ?? '' },
    { term: 'Highlight', text: values.highlight ?? '' },
    { term: 'Hours worked', text: numberText(values.hoursWorked, locale) },
    { term: 'Balance', text: ratingText(values.balance, balanceLabels) },
  ].filter((line) => line.text !== '');
  return (
    <dl className="space-y-2 text-sm">
      {goals.map((goal) => (
        <div key={goal.id}>
          <dt className="font-medium">{goal.title}</dt>
          <dd className="whitespace-pre-line">{checkInText(goal, conflict, locale)}</dd>
        </div>
      ))}
      {reflection.map((line) => (
        <div key={line.term}>
          <dt className="font-medium">{line.term}</dt>
          <dd className="whitespace-pre-line">{line.text}</dd>
        </div>
      ))}
    </dl>
  );
}
