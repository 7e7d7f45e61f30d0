import type { TextareaHTMLAttributes } from 'react';
import { LabelledControl } from './field';

type TextareaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name' | 'id'> & {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
};

export function TextareaField({ name, label, hint, errors, rows = 3, ...props }: TextareaFieldProps) {
  return (
    <LabelledControl name={name} label={label} hint={hint} errors={errors}>
      {(control) => <textarea {...control} rows={rows} {...props} />}
    </LabelledControl>
  );
}
