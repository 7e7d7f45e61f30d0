import { z } from 'zod';
import { timeZoneField } from '@/lib/auth/schema';
import { formParser, type FormParser } from '@/lib/forms/form';

export const weekStartChoices = [
  { value: 1, label: 'Monday' },
  { value: 0, label: 'Sunday' },
  { value: 6, label: 'Saturday' },
] as const;

export const profileSchema = z.object({
  name: z
    .string()
    .trim()
    .max(100, 'Keep your name under 100 characters.')
    .transform((name) => name || null),
  timeZone: timeZoneField,
  weekStartsOn: z.coerce
    .number({ error: 'Choose the day your week starts.' })
    .refine((day) => weekStartChoices.some((choice) => choice.value === day), 'Choose Monday, Sunday or Saturday.'),
});

export type ProfileInput = z.infer<typeof profileSchema>;

export const parseProfileForm: FormParser<ProfileInput> = formParser(
  ['name', 'timeZone', 'weekStartsOn'],
  profileSchema,
);
