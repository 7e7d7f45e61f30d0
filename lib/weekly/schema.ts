import { z } from 'zod';
import { fieldErrorsOf, formText, formTexts, type FormParser } from '@/lib/forms/form';
import { correctFieldsMessage, type FieldErrors } from '@/lib/forms/result';
import {
  isoDateField,
  loadedVersionField,
  optionalNumberField,
  optionalSingleLine,
  optionalText,
  ratingField,
} from '@/lib/forms/fields';
import { balanceField, hoursWorkedField } from './balance';

// Rules of single fields the account import shares.
export const updateNote = optionalText(1000, 'Keep the note under 1000 characters.');
export const reflectionNote = optionalText(2000, 'Keep the note under 2000 characters.');
export const reflectionHighlight = optionalSingleLine(300, 'Keep the highlight under 300 characters.');

export const confidenceMessage = 'Rate your confidence, from Very unlikely to Very likely.';

const entrySchema = z.object({
  goalId: z.uuid({ error: 'One of these goals could not be found.' }),
  value: optionalNumberField('Enter a number.'),
  done: z.boolean(),
  milestoneIds: z.array(z.uuid({ error: 'One of these milestones could not be found.' })),
  // Not given for a goal the user left alone: that goal then saves nothing (check-in.ts).
  confidence: ratingField(confidenceMessage).optional(),
  note: updateNote,
});

export const weeklySubmissionSchema = z.object({
  weekStart: isoDateField('Choose a week.'),
  version: loadedVersionField,
  entries: z.array(entrySchema).max(200),
  reflection: z.object({
    alignment: ratingField('Rate how aligned this week was, from 1 to 5.'),
    note: reflectionNote,
    highlight: reflectionHighlight,
    hoursWorked: hoursWorkedField,
    balance: balanceField,
  }),
});

export type WeeklySubmission = z.infer<typeof weeklySubmissionSchema>;
export type WeeklyEntry = WeeklySubmission['entries'][number];

/** Reads the weekly form: one block of fields per goal, named `<field>:<goalId>`. */
function weeklyFormInput(formData: FormData) {
  const text = (name: string) => formText(formData, name);
  const goalIds = formTexts(formData, 'goalId');
  return {
    weekStart: text('weekStart') ?? '',
    version: text('version'),
    entries: goalIds.map((goalId) => ({
      goalId,
      value: text(`value:${goalId}`),
      done: text(`done:${goalId}`) === 'on',
      milestoneIds: formTexts(formData, `milestone:${goalId}`),
      confidence: text(`confidence:${goalId}`),
      note: text(`note:${goalId}`),
    })),
    reflection: {
      alignment: text('alignment'),
      note: text('reflectionNote'),
      highlight: text('highlight'),
      hoursWorked: text('hoursWorked'),
      balance: text('balance'),
    },
  };
}

/** Parses the weekly form; each problem is keyed by the form's field name (`value:<goal id>`). */
export const parseWeeklyForm: FormParser<WeeklySubmission> = (formData) => {
  const input = weeklyFormInput(formData);
  const parsed = weeklySubmissionSchema.safeParse(input);
  if (parsed.success) return { success: true, data: parsed.data };
  const goalIds = input.entries.map((entry) => entry.goalId);
  return { success: false, fieldErrors: perGoalErrors(fieldErrorsOf(parsed.error), goalIds) };
};

/** `entries.2.value` → `value:<goal id>`, matching the form's field names. */
function perGoalErrors(errors: FieldErrors, goalIds: string[]): FieldErrors {
  const mapped: FieldErrors = {};
  for (const [path, messages] of Object.entries(errors)) {
    const match = /^entries\.(\d+)\.(\w+)/.exec(path);
    const goalId = match ? goalIds[Number(match[1])] : undefined;
    const key =
      match && goalId
        ? `${match[2]}:${goalId}`
        : path.replace(/^reflection\.note$/, 'reflectionNote').replace(/^reflection\./, '');
    mapped[key] = [...(mapped[key] ?? []), ...(messages ?? [])];
  }
  return mapped;
}

const shownInForm = /^(value|confidence|note):|^(alignment|reflectionNote|highlight|hoursWorked|balance)$/;

/** What a refused week says: a problem the user cannot see in the form means the page itself is stale. */
export function weeklyRefusal(fieldErrors: FieldErrors): string {
  return Object.keys(fieldErrors).every((key) => shownInForm.test(key))
    ? `${correctFieldsMessage} Nothing was saved.`
    : 'This page is out of date. Nothing was saved; reload the page and try again.';
}
