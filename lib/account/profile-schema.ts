import { z } from 'zod';
import { timeZoneField } from '@/lib/auth/schema';
import { optionalSingleLine } from '@/lib/forms/fields';
import { formParser, type FormParser } from '@/lib/forms/form';
import { isWeekStartChoice } from './week-start';

export const profileName = optionalSingleLine(100, 'Keep your name under 100 characters.');

export const profileSchema = z.object({
  name: profileName.transform((name) => name || null),
  timeZone: timeZoneField,
  // One digit, so an empty choice is refused instead of read as 0 (Sunday), and `0x1` is not read as 1.
  weekStartsOn: z
    .string({ error: 'Choose the day your week starts.' })
    .trim()
    .regex(/^\d$/, 'Choose the day your week starts.')
    .transform(Number)
    .refine(isWeekStartChoice, 'Choose Monday, Sunday or Saturday.'),
});

export type ProfileInput = z.infer<typeof profileSchema>;

export const parseProfileForm: FormParser<ProfileInput> = formParser(
  ['name', 'timeZone', 'weekStartsOn'],
  profileSchema,
);
