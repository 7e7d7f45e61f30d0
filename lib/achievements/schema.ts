// The achievement form's rules, shared field by field with the account import.
import { z } from 'zod';
import { addDays } from '@/lib/dates/calendar';
import {
  isoDateField,
  notAfter,
  optionalNumberField,
  optionalSingleLine,
  optionalText,
  singleLineText,
} from '@/lib/forms/fields';
import { formText, formTexts, parseForm, type CrossFieldProblem, type ParsedForm } from '@/lib/forms/form';
import type { FieldErrors } from '@/lib/forms/result';
import { isUuid } from '@/lib/ids';
import { maxTagLength, maxTags, parseTags } from './tags';

export const achievementTitle = singleLineText({
  // As long as a weekly highlight, so any highlight can become an achievement.
  max: 300,
  required: 'Say what happened.',
  tooLong: 'Keep what happened under 300 characters.',
});
export const achievementImpact = optionalText(2000, 'Keep the impact under 2,000 characters.');
export const achievementMetric = optionalSingleLine(100, 'Keep what you measured under 100 characters.');
export const achievementUnit = optionalSingleLine(30, 'Keep the unit under 30 characters.');
export const achievementTag = singleLineText({
  max: maxTagLength,
  required: 'A tag cannot be empty.',
  tooLong: `Keep each tag under ${maxTagLength} characters.`,
}).refine((tag) => !tag.includes(','), 'A tag cannot hold a comma.');
export const maxLinks = 50;

const optionalValue = (message: string) => optionalNumberField(message).transform((value) => value ?? null);
const ids = (message: string) => z.array(z.string().refine(isUuid, message)).max(maxLinks, message);

export const achievementSchema = z.object({
  title: achievementTitle,
  impact: achievementImpact,
  metric: achievementMetric,
  valueBefore: optionalValue('Enter the value before as a number.'),
  valueAfter: optionalValue('Enter the value after as a number.'),
  unit: achievementUnit,
  achievedOn: isoDateField('Enter the date it happened.'),
  positionId: z
    .string()
    .optional()
    .transform((value) => value || null)
    .refine((value) => value === null || isUuid(value), 'Choose a position from the list.'),
  goalIds: ids('Choose goals from the list.').transform((values) => [...new Set(values)]),
  skillIds: ids('Choose skills from the list.').transform((values) => [...new Set(values)]),
  tags: z.array(achievementTag).max(maxTags, `Use at most ${maxTags} tags.`),
});
export type AchievementInput = z.infer<typeof achievementSchema>;

type MeasuredResult = { metric: string; valueBefore: unknown; valueAfter: unknown; unit: string };
const given = (value: unknown) => value !== undefined && value !== null && value !== '';

/** A measured result names what was measured and where it ended; "before" is optional (a first measurement). */
export function measuredResultProblems(result: MeasuredResult): CrossFieldProblem[] {
  const metric = result.metric.trim() !== '';
  if (!metric && (given(result.valueBefore) || given(result.valueAfter) || result.unit.trim() !== ''))
    return [['metric', 'Name what you measured, or leave the measured result empty.']];
  if (metric && !given(result.valueAfter)) return [['valueAfter', 'Enter the value after.']];
  return [];
}

const textFields = ['title', 'impact', 'metric', 'valueBefore', 'valueAfter', 'unit', 'achievedOn', 'positionId'];

/** `today` is the user's own date: an achievement has happened, so it is not dated after it. */
export function parseAchievementForm(formData: FormData, today: string): ParsedForm<AchievementInput> {
  const raw: Record<string, unknown> = {
    ...Object.fromEntries(textFields.map((name) => [name, formText(formData, name)])),
    goalIds: formTexts(formData, 'goalIds'),
    skillIds: formTexts(formData, 'skillIds'),
    tags: parseTags(formText(formData, 'tags') ?? ''),
  };
  const happened = notAfter(today, 'achievedOn', 'An achievement cannot be dated in the future.');
  const parsed = parseForm(achievementSchema, raw, (values) => [
    ...measuredResultProblems({
      metric: typeof values.metric === 'string' ? values.metric : '',
      valueBefore: values.valueBefore,
      valueAfter: values.valueAfter,
      unit: typeof values.unit === 'string' ? values.unit : '',
    }),
    ...happened(values),
  ]);
  return parsed.success ? parsed : { success: false, fieldErrors: byFormField(parsed.fieldErrors) };
}

/** A problem of one tag or link ("tags.2") is shown beside its field ("tags"), once. */
function byFormField(fieldErrors: FieldErrors): FieldErrors {
  const errors: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(fieldErrors)) {
    const field = key.split('.')[0] ?? key;
    errors[field] = [...new Set([...(errors[field] ?? []), ...(messages ?? [])])];
  }
  return errors;
}

/**
 * A week's highlight as an achievement: what happened is the highlight, dated the week's last day (or
 * today, while the week is still running); nothing linked yet.
 */
export function achievementFromHighlight(highlight: string, weekStart: string, today: string): AchievementInput {
  const weekEnd = addDays(weekStart, 6);
  return {
    title: highlight.trim(),
    impact: '',
    metric: '',
    valueBefore: null,
    valueAfter: null,
    unit: '',
    achievedOn: weekEnd < today ? weekEnd : today,
    positionId: null,
    goalIds: [],
    skillIds: [],
    tags: [],
  };
}
