// The rules of a pay record, once, for its form and for the account import: known ISO 4217 currency,
// amounts from 0 to a sane bound with no more decimals than the currency has minor units, hours for an
// hourly rate, and a vesting schedule for an equity grant.
import { z } from 'zod';
import { benefitKinds, payBases } from '@/lib/career/vocabulary';
import { isoDateField, optionalIsoDateField, optionalNumberField, optionalText } from '@/lib/forms/fields';
import { formTexts, parseForm, readForm, type ParsedForm } from '@/lib/forms/form';
import { madeOnFirstUse } from '@/lib/made-on-first-use';

/** A billion a year (or an hour) in any currency: more is a typing slip, not a pay record. */
export const maxPayAmount = 1_000_000_000;
export const maxHoursPerWeek = 168;
export const maxVestingYears = 10;

const knownCurrencies = madeOnFirstUse(() => new Set(Intl.supportedValuesOf('currency')));

/** True for an ISO 4217 code this runtime knows ("EUR", "JPY"); lower case and unknown codes are not. */
export function isKnownCurrency(code: string): boolean {
  return knownCurrencies().has(code);
}

/** How many decimals the currency's amounts have: 2 for EUR, 0 for JPY, 3 for KWD. */
export function currencyMinorUnits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** True when the amount has no more decimals than the currency's minor units. */
export function fitsMinorUnits(amount: number, currency: string): boolean {
  const scaled = amount * 10 ** currencyMinorUnits(currency);
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
}

const currencyCode = z
  .string({ error: 'Enter the currency as a three-letter code, such as EUR or USD.' })
  .trim()
  .transform((code) => code.toUpperCase())
  .refine(isKnownCurrency, 'Enter a known currency code (ISO 4217), such as EUR or USD.');

const amountRange = (what: string) =>
  z
    .number()
    .finite()
    .min(0, `The ${what} cannot be negative.`)
    .max(maxPayAmount, `The ${what} cannot be more than 1,000,000,000.`);

const payRecordShape = {
  effectiveOn: z.string(),
  currency: currencyCode,
  baseKind: z.enum(payBases, { error: 'Choose a yearly salary or an hourly rate.' }),
  baseAmount: amountRange('base pay'),
  hoursPerWeek: z
    .number()
    .finite()
    .gt(0, 'Usual hours a week must be more than 0.')
    .max(maxHoursPerWeek, 'A week has 168 hours.')
    .nullable(),
  bonusTarget: amountRange('bonus target').nullable(),
  bonusPaid: amountRange('bonus paid').nullable(),
  equityValue: amountRange('equity grant').nullable(),
  equityVestingStart: z.string().nullable(),
  equityVestingYears: z
    .number()
    .int('Enter whole years of vesting.')
    .min(1, 'Vesting takes at least one year.')
    .max(maxVestingYears, 'Enter at most ten years of vesting.')
    .nullable(),
  benefits: z.array(z.enum(benefitKinds, { error: 'Choose benefits from the list.' })).max(benefitKinds.length),
  benefitsNote: optionalText(500, 'Keep the note on benefits under 500 characters.'),
};

type PayRecordValues = {
  [Key in keyof typeof payRecordShape]: z.output<(typeof payRecordShape)[Key]>;
};

/** The rules between fields, for form and import alike. */
export function checkPayRecord(record: PayRecordValues, context: z.RefinementCtx) {
  const problem = (path: string, message: string) => context.addIssue({ code: 'custom', path: [path], message });
  if (record.baseKind === 'hourly' && record.hoursPerWeek === null)
    problem('hoursPerWeek', 'Enter the usual hours a week for an hourly rate.');
  const amounts = ['baseAmount', 'bonusTarget', 'bonusPaid', 'equityValue'] as const;
  for (const key of amounts) {
    const amount = record[key];
    if (amount !== null && !fitsMinorUnits(amount, record.currency)) {
      const decimals = currencyMinorUnits(record.currency);
      problem(
        key,
        decimals === 0
          ? `${record.currency} amounts have no decimals.`
          : `${record.currency} amounts have at most ${decimals} decimals.`,
      );
    }
  }
  if (record.equityValue !== null) {
    if (record.equityVestingStart === null) problem('equityVestingStart', 'Enter when the grant starts vesting.');
    if (record.equityVestingYears === null) problem('equityVestingYears', 'Enter over how many years it vests.');
  }
}

/** A pay record's fields as stored and exported, before the rules between them (`checkPayRecord`). */
export const payRecordObject = z.object({
  ...payRecordShape,
  effectiveOn: isoDateField('Enter the date this pay took effect.'),
  // Null in a stored record, empty or missing in a form: no vesting start.
  equityVestingStart: z.union([
    z.null(),
    optionalIsoDateField('Enter a valid vesting start date.').transform((value) => value ?? null),
  ]),
});

/** A pay record with every rule checked: what the form and the import store. */
export const payRecordSchema = payRecordObject.superRefine(checkPayRecord);
export type PayRecordInput = z.infer<typeof payRecordSchema>;

const numberOrNull = (message: string) => optionalNumberField(message).transform((value) => value ?? null);

// The form's text fields, read into the shape of payRecordSchema, which then checks every rule.
const payRecordFormSchema = z
  .object({
    effectiveOn: z.string().optional().default(''),
    currency: z.string().optional().default(''),
    baseKind: z.string().optional(),
    baseAmount: optionalNumberField('Enter the base pay as a number.').refine(
      (value) => value !== undefined,
      'Enter the base pay.',
    ),
    hoursPerWeek: numberOrNull('Enter the hours as a number.'),
    bonusTarget: numberOrNull('Enter the bonus target as a number.'),
    bonusPaid: numberOrNull('Enter the bonus paid as a number.'),
    equityValue: numberOrNull('Enter the grant value as a number.'),
    equityVestingStart: z.string().nullable().optional(),
    equityVestingYears: numberOrNull('Enter the vesting years as a number.'),
    benefits: z.array(z.string()),
    benefitsNote: z.string().optional(),
  })
  .pipe(payRecordSchema);

const payRecordFields = [
  'effectiveOn',
  'currency',
  'baseKind',
  'baseAmount',
  'hoursPerWeek',
  'bonusTarget',
  'bonusPaid',
  'equityValue',
  'equityVestingStart',
  'equityVestingYears',
  'benefitsNote',
] as const;

/** The pay record form: its text fields and the ticked benefits. */
export function parsePayRecordForm(formData: FormData): ParsedForm<PayRecordInput> {
  const fields = readForm(formData, payRecordFields);
  // Hours a week belong to an hourly rate: a salary keeps none, whatever the form sent.
  const hoursPerWeek = fields.baseKind === 'hourly' ? fields.hoursPerWeek : undefined;
  return parseForm(payRecordFormSchema, { ...fields, hoursPerWeek, benefits: formTexts(formData, 'benefits') });
}
