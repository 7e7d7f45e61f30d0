// The Reminders form in Settings: each reminder on or off, and the weekly one's day and hour.
import { z } from 'zod';
import { formParser, type FormParser } from '@/lib/forms/form';

const checkbox = z
  .string()
  .optional()
  .transform((value) => value === 'on');

const wholeNumberIn = (max: number, message: string) =>
  z
    .string({ error: message })
    .trim()
    .regex(/^\d{1,2}$/, message)
    .transform(Number)
    .refine((value) => value <= max, message);

export const reminderChoicesSchema = z.object({
  weeklyOn: checkbox,
  weeklyDay: wholeNumberIn(6, 'Choose a day of the week.'),
  weeklyHour: wholeNumberIn(23, 'Choose an hour from 00:00 to 23:00.'),
  certificationsOn: checkbox,
  goalsOn: checkbox,
});

export type ReminderChoicesInput = z.infer<typeof reminderChoicesSchema>;

export const parseReminderForm: FormParser<ReminderChoicesInput> = formParser(
  ['weeklyOn', 'weeklyDay', 'weeklyHour', 'certificationsOn', 'goalsOn'],
  reminderChoicesSchema,
);
