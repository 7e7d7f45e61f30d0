import { z } from 'zod';
import { formText, formTexts } from '@/lib/forms/form';
import { isoDateField, optionalNumberField, optionalText, ratingField } from '@/lib/forms/fields';

const entrySchema = z.object({
  goalId: z.uuid({ error: 'One of these goals could not be found.' }),
  value: optionalNumberField('Enter a number.'),
  done: z.boolean(),
  milestoneIds: z.array(z.uuid({ error: 'One of these milestones could not be found.' })),
  confidence: ratingField('Rate your confidence from 1 to 5.'),
  note: optionalText(1000, 'Keep the note under 1000 characters.'),
});

export const weeklySubmissionSchema = z.object({
  weekStart: isoDateField('Choose a week.'),
  entries: z.array(entrySchema).max(200),
  reflection: z.object({
    alignment: ratingField('Rate how aligned this week was, from 1 to 5.'),
    note: optionalText(2000, 'Keep the note under 2000 characters.'),
    highlight: optionalText(300, 'Keep the highlight under 300 characters.'),
  }),
});

export type WeeklySubmission = z.infer<typeof weeklySubmissionSchema>;
export type WeeklyEntry = WeeklySubmission['entries'][number];

/** Reads the weekly form: one block of fields per goal, named `<field>:<goalId>`. */
export function weeklyFormInput(formData: FormData) {
  const text = (name: string) => formText(formData, name);
  const goalIds = formTexts(formData, 'goalId');
  return {
    weekStart: text('weekStart') ?? '',
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
    },
  };
}
