// The days a week may start on, apart from the profile schema so the browser's Settings form does not load zod.

export const weekStartChoices = [
  { value: 1, label: 'Monday' },
  { value: 0, label: 'Sunday' },
  { value: 6, label: 'Saturday' },
] as const;

export function isWeekStartChoice(day: number): boolean {
  return weekStartChoices.some((choice) => choice.value === day);
}
