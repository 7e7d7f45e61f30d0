// Field rules shared by the forms' zod schemas and the account import (lib/account/export-schema.ts): every
// value that enters the app, whichever way it comes, meets the same rules, defined here once.
import { z } from 'zod';
import { formatIsoDate, isIsoDate } from '@/lib/dates/calendar';
import type { CrossFieldProblem } from './form';

export const earliestDate = '1900-01-01';
const yearsAheadAllowed = 50;

/** The dates a person can mean: from 1900 to fifty years from today (UTC, so one answer for every user). */
export function plausibleDateRange(now: Date = new Date()): { earliest: string; latest: string } {
  // 29 February fifty years on may not exist: Date.UTC then gives 1 March, which is as good a bound.
  const latest = new Date(Date.UTC(now.getUTCFullYear() + yearsAheadAllowed, now.getUTCMonth(), now.getUTCDate()));
  return { earliest: earliestDate, latest: formatIsoDate(latest) };
}

export const outOfRangeDate = `Enter a date between 1900 and ${yearsAheadAllowed} years from now.`;

export function isPlausibleDate(value: string, now: Date = new Date()): boolean {
  const { earliest, latest } = plausibleDateRange(now);
  return isIsoDate(value) && value >= earliest && value <= latest;
}

/** A calendar date, YYYY-MM-DD, within the plausible range. */
export const plausibleDate = (message: string) =>
  z.string({ error: message }).superRefine((value, context) => {
    if (!isIsoDate(value)) context.addIssue({ code: 'custom', message });
    else if (!isPlausibleDate(value)) context.addIssue({ code: 'custom', message: outOfRangeDate });
  });

export const isoDateField = (message: string) => z.string({ error: message }).trim().pipe(plausibleDate(message));

export const optionalIsoDateField = (message: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined)
    .pipe(plausibleDate(message).optional());

/** The rule "not after today" for a date field; `today` is the user's own date. */
export function notAfter(today: string, field: string, message: string) {
  return (raw: Record<string, unknown>): CrossFieldProblem[] => {
    const value = raw[field];
    return typeof value === 'string' && isIsoDate(value.trim()) && value.trim() > today ? [[field, message]] : [];
  };
}

/** A timestamp written by the app: an ISO instant from 1970 up to a day past now (clocks differ a little). */
export const plausibleTimestamp = z.iso.datetime({ offset: true }).refine((value) => {
  const time = Date.parse(value);
  return time >= 0 && time <= Date.now() + 86_400_000;
}, 'must be a time between 1970 and now');

export const maxFormNumber = 1e9;
/** Digits with at most one decimal point or comma, and a sign: not hexadecimal, binary or exponents. */
const decimalPattern = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/;
const outOfRangeNumber = 'Enter a number between -1,000,000,000 and 1,000,000,000.';

/** A stored number: finite and within what a form accepts. */
export const formNumber = z
  .number()
  .finite()
  .min(-maxFormNumber, outOfRangeNumber)
  .max(maxFormNumber, outOfRangeNumber);

/** A number typed in a form (a decimal comma is read as a point); empty means "not given". */
export const optionalNumberField = (message: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, context) => {
      if (!value) return undefined;
      const number = decimalPattern.test(value) ? Number(value.replace(',', '.')) : NaN;
      if (!Number.isFinite(number)) {
        context.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      if (Math.abs(number) > maxFormNumber) {
        context.addIssue({ code: 'custom', message: outOfRangeNumber });
        return z.NEVER;
      }
      return number;
    });

/** The version of a stored record its form was loaded from, in a hidden field; 0 when it was not saved yet. */
export const loadedVersionField = z
  .string({ error: 'This page is out of date.' })
  .regex(/^\d{1,9}$/, 'This page is out of date.')
  .transform(Number);

export const rating = z.number().int().min(1).max(5);

export const ratingField = (message: string) =>
  z
    .string({ error: message })
    .trim()
    .regex(/^[1-5]$/, message)
    .transform(Number);

/** Multi-line text: line breaks allowed, trimmed, empty when not given. */
export const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((value) => value ?? '');

// Control characters (line breaks and tabs among them), format characters (zero-width ones, bidi overrides)
// and line or paragraph separators: none belongs in a one-line value, and they can hide or reorder text.
const invisibleCharacter = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
// The zero-width joiner inside an emoji sequence (👨‍👩‍👧, 👩🏽‍💻, 🏳️‍🌈) is part of that emoji, not a hidden character.
const emojiJoiner = /(?<=\p{Extended_Pictographic}[\p{M}\p{Emoji_Modifier}]*)\u200D(?=\p{Extended_Pictographic})/gu;
const visibleCharacter = /[^\p{White_Space}\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{M}]/u;
export const notOneLine = 'Use one line of text, without invisible characters.';

export function isSingleLine(value: string): boolean {
  return !invisibleCharacter.test(value.replace(emojiJoiner, ''));
}

/**
 * One line of text, trimmed: no control or format characters, and at least one visible character. With
 * `required`, empty is refused with that message; without, empty is allowed and read as ''.
 */
export function singleLineText({ max, required, tooLong }: { max: number; required?: string; tooLong: string }) {
  return z
    .string({ error: required ?? notOneLine })
    .trim()
    .superRefine((value, context) => {
      const empty = !visibleCharacter.test(value);
      if (empty && required) context.addIssue({ code: 'custom', message: required });
      else if (value && (empty || !isSingleLine(value))) context.addIssue({ code: 'custom', message: notOneLine });
      if (value.length > max) context.addIssue({ code: 'custom', message: tooLong });
    });
}

/** An optional one-line field of a form: absent reads as ''. */
export const optionalSingleLine = (max: number, tooLong: string) =>
  z
    .string()
    .optional()
    .transform((value) => value ?? '')
    .pipe(singleLineText({ max, tooLong }));
