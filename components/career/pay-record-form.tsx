'use client';

import { SubmitButton } from '@/components/ui/button';
import { FormMessage, TextField } from '@/components/ui/field';
import { EditFormHead, type FieldLabels } from '@/components/ui/edit-form-head';
import { useFormAction } from '@/components/ui/use-form-action';
import { benefitKindLabels, benefitKinds, payBases } from '@/lib/career/vocabulary';
import type { CareerFormProps } from './form-props';
import { VocabularySelect } from './vocabulary-select';

const baseKindLabels = { salary: 'Salary per year', hourly: 'Hourly rate' } as const;

/** How a conflict with another tab's save names this form's fields. */
const conflictFields: FieldLabels = {
  effectiveOn: { label: 'Effective from' },
  currency: { label: 'Currency' },
  baseKind: { label: 'Base pay', values: baseKindLabels },
  baseAmount: { label: 'Amount' },
  hoursPerWeek: { label: 'Usual hours a week' },
  bonusTarget: { label: 'Bonus target' },
  bonusPaid: { label: 'Bonus paid' },
  equityValue: { label: 'Equity grant' },
  equityVestingStart: { label: 'Vesting starts' },
  equityVestingYears: { label: 'Vesting years' },
  benefits: { label: 'Benefits', values: benefitKindLabels },
  benefitsNote: { label: 'Other benefits' },
};

type Props = CareerFormProps & { benefits: readonly string[] };

/** A dated pay record of a position: base pay, bonus, an equity grant and benefits, in one currency. */
export function PayRecordForm({ action, initial, submitLabel, benefits }: Props) {
  const form = useFormAction(action, initial);
  const chosen = form.chosen('benefits', benefits);
  const amountHint = 'In the currency above, without thousands separators.';
  return (
    <form key={form.formKey} id={form.formId} action={form.formAction} noValidate className="space-y-5">
      {initial.version ? (
        <EditFormHead form={form} version={initial.version} subject="This pay record" fields={conflictFields} />
      ) : (
        <FormMessage message={form.message} />
      )}
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField
          name="effectiveOn"
          label="Effective from"
          type="date"
          defaultValue={form.value('effectiveOn')}
          errors={form.errors('effectiveOn')}
        />
        <TextField
          name="currency"
          label="Currency"
          hint="Three letters (ISO 4217), e.g. EUR, USD, GBP."
          autoCapitalize="characters"
          maxLength={3}
          defaultValue={form.value('currency')}
          errors={form.errors('currency')}
        />
      </div>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <VocabularySelect
          name="baseKind"
          label="Base pay"
          options={payBases}
          labels={baseKindLabels}
          value={form.value('baseKind')}
          errors={form.errors('baseKind')}
        />
        <TextField
          name="baseAmount"
          label="Amount"
          inputMode="decimal"
          defaultValue={form.value('baseAmount')}
          errors={form.errors('baseAmount')}
        />
        <TextField
          name="hoursPerWeek"
          label="Usual hours a week (hourly)"
          inputMode="decimal"
          defaultValue={form.value('hoursPerWeek')}
          errors={form.errors('hoursPerWeek')}
        />
      </div>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField
          name="bonusTarget"
          label="Bonus target a year (optional)"
          inputMode="decimal"
          hint={amountHint}
          defaultValue={form.value('bonusTarget')}
          errors={form.errors('bonusTarget')}
        />
        <TextField
          name="bonusPaid"
          label="Bonus paid for the year (optional)"
          inputMode="decimal"
          hint="Counts instead of the target once known."
          defaultValue={form.value('bonusPaid')}
          errors={form.errors('bonusPaid')}
        />
      </div>
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium">Equity grant made with this pay (optional)</legend>
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
          <TextField
            name="equityValue"
            label="Total value"
            inputMode="decimal"
            defaultValue={form.value('equityValue')}
            errors={form.errors('equityValue')}
          />
          <TextField
            name="equityVestingStart"
            label="Vesting starts"
            type="date"
            defaultValue={form.value('equityVestingStart')}
            errors={form.errors('equityVestingStart')}
          />
          <TextField
            name="equityVestingYears"
            label="Vests over (years)"
            inputMode="numeric"
            defaultValue={form.value('equityVestingYears')}
            errors={form.errors('equityVestingYears')}
          />
        </div>
      </fieldset>
      <fieldset>
        <legend className="mb-1 text-sm font-medium">Benefits</legend>
        <div className="grid grid-cols-1 sm:grid-cols-2">
          {benefitKinds.map((kind) => (
            <label key={kind} className="flex min-h-11 items-center gap-2">
              <input
                type="checkbox"
                name="benefits"
                value={kind}
                defaultChecked={chosen.includes(kind)}
                className="h-5 w-5 accent-brand-700"
              />
              {benefitKindLabels[kind]}
            </label>
          ))}
        </div>
        {form.errors('benefits')?.map((message) => (
          <p key={message} className="text-sm text-red-700 dark:text-red-400">
            {message}
          </p>
        ))}
      </fieldset>
      <TextField
        name="benefitsNote"
        label="Other benefits (optional)"
        defaultValue={form.value('benefitsNote')}
        errors={form.errors('benefitsNote')}
      />
      {!form.failed?.conflict && <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>}
    </form>
  );
}
