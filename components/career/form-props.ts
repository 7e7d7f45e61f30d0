import type { FormAction } from '@/components/ui/use-form-action';

/** What every career form is given: its bound action, the starting values and the submit button's label. */
export type CareerFormProps = {
  action: FormAction;
  initial: Record<string, string | null | undefined>;
  submitLabel: string;
};
