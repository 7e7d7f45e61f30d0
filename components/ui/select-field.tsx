import type { ReactNode, SelectHTMLAttributes } from 'react';
import { LabelledControl } from './field';

type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'name' | 'id'> & {
  name: string;
  label: string;
  hint?: ReactNode;
  errors?: string[];
  children: ReactNode;
};

export function SelectField({ name, label, hint, errors, children, ...selectProps }: SelectFieldProps) {
  return (
    <LabelledControl name={name} label={label} hint={hint} errors={errors}>
      {(control) => (
        <select {...control} {...selectProps}>
          {children}
        </select>
      )}
    </LabelledControl>
  );
}
