// Field parsers shared by the forms' zod schemas.
import { z } from 'zod';
import { isIsoDate } from '@/lib/dates/calendar';

export const isoDateField = (message: string) =>
  z
    .string({ error: message })
    .trim()
    .refine((value) => isIsoDate(value), message);

export const optionalIsoDateField = (message: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined)
    .refine((value) => value === undefined || isIsoDate(value), message);

const maxFormNumber = 1e9;

/** A number typed in a form (a decimal comma is read as a point); empty means "not given". */
export const optionalNumberField = (message: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, context) => {
      if (!value) return undefined;
      const number = Number(value.replace(',', '.'));
      if (!Number.isFinite(number)) {
        context.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      if (Math.abs(number) > maxFormNumber) {
        context.addIssue({ code: 'custom', message: 'Enter a number between -1,000,000,000 and 1,000,000,000.' });
        return z.NEVER;
      }
      return number;
    });

export const ratingField = (message: string) =>
  z.coerce.number({ error: message }).int(message).min(1, message).max(5, message);

export const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((value) => value ?? '');
