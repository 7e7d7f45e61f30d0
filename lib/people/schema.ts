// The forms of people and their interactions, with the rules the account import shares.
import { z } from 'zod';
import { interactionKinds, personRelations } from '@/lib/people/vocabulary';
import { isoDateField, notAfter, optionalSingleLine, optionalText, singleLineText } from '@/lib/forms/fields';
import { formText, formTexts, parseForm, readForm, type ParsedForm } from '@/lib/forms/form';

export const personName = singleLineText({
  max: 200,
  required: 'Enter their name.',
  tooLong: 'Keep the name under 200 characters.',
});
export const personWhereMet = optionalSingleLine(200, 'Keep “where you met” under 200 characters.');
export const personNotes = optionalText(4000, 'Keep the notes under 4,000 characters.');
export const interactionNote = optionalText(2000, 'Keep the note under 2,000 characters.');
export const maxPersonGoals = 20;

export const personSchema = z.object({
  name: personName,
  relation: z.enum(personRelations, { error: 'Choose how you know them.' }),
  whereMet: personWhereMet,
  notes: personNotes,
  goalIds: z
    .array(z.uuid({ error: 'Choose goals from the list.' }))
    .max(maxPersonGoals, `Link at most ${maxPersonGoals} goals.`)
    .transform((ids) => [...new Set(ids)]),
});
export type PersonInput = z.infer<typeof personSchema>;

export function parsePersonForm(formData: FormData): ParsedForm<PersonInput> {
  return parseForm(personSchema, {
    ...readForm(formData, ['name', 'relation', 'whereMet', 'notes']),
    goalIds: formTexts(formData, 'goalIds'),
  });
}

export const interactionSchema = z.object({
  occurredOn: isoDateField('Enter the date you met.'),
  kind: z.enum(interactionKinds, { error: 'Choose what kind of contact it was.' }),
  note: interactionNote,
});
export type InteractionInput = z.infer<typeof interactionSchema>;

/** `today` is the user's own date: an interaction is recorded once it happened. */
export function parseInteractionForm(formData: FormData, today: string): ParsedForm<InteractionInput> {
  return parseForm(
    interactionSchema,
    {
      occurredOn: formText(formData, 'occurredOn'),
      kind: formText(formData, 'kind'),
      note: formText(formData, 'note'),
    },
    notAfter(today, 'occurredOn', 'An interaction cannot be dated in the future.'),
  );
}
