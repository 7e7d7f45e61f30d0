// The feedback form's rules, shared with the account import.
import { z } from 'zod';
import { feedbackKinds, feedbackRelations } from '@/lib/feedback/vocabulary';
import { isoDateField, notAfter, singleLineText } from '@/lib/forms/fields';
import { formText, formTexts, parseForm, type ParsedForm } from '@/lib/forms/form';

export const feedbackFromName = singleLineText({
  max: 200,
  required: 'Enter who gave the feedback.',
  tooLong: 'Keep the name under 200 characters.',
});
export const feedbackText = z
  .string({ error: 'Write down the feedback.' })
  .trim()
  .min(1, 'Write down the feedback.')
  .max(4000, 'Keep the feedback under 4,000 characters.');
export const maxFeedbackSkills = 20;

const optionalId = (message: string) =>
  z
    .string()
    .optional()
    .transform((value) => value || null)
    .pipe(z.uuid({ error: message }).nullable());

export const feedbackSchema = z.object({
  receivedOn: isoDateField('Enter the date you received it.'),
  fromName: feedbackFromName,
  relation: z.enum(feedbackRelations, { error: 'Choose how you know them.' }),
  kind: z.enum(feedbackKinds, { error: 'Choose praise or development area.' }),
  text: feedbackText,
  personId: optionalId('Choose a person from the list.'),
  skillIds: z
    .array(z.uuid({ error: 'Choose skills from the list.' }))
    .max(maxFeedbackSkills, `Link at most ${maxFeedbackSkills} skills.`)
    .transform((ids) => [...new Set(ids)]),
});
export type FeedbackInput = z.infer<typeof feedbackSchema>;

/** `today` is the user's own date: feedback cannot be received after it. */
export function parseFeedbackForm(formData: FormData, today: string): ParsedForm<FeedbackInput> {
  const raw = {
    receivedOn: formText(formData, 'receivedOn'),
    fromName: formText(formData, 'fromName'),
    relation: formText(formData, 'relation'),
    kind: formText(formData, 'kind'),
    text: formText(formData, 'text') ?? '',
    personId: formText(formData, 'personId'),
    skillIds: formTexts(formData, 'skillIds'),
  };
  return parseForm(
    feedbackSchema,
    raw,
    notAfter(today, 'receivedOn', 'The date you received it cannot be in the future.'),
  );
}
