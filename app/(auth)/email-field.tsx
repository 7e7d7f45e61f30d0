import { TextField } from '@/components/ui/field';

/** The email field of the sign-in and sign-up forms. */
export function EmailField({ defaultValue, errors }: { defaultValue: string; errors: string[] | undefined }) {
  return (
    <TextField
      name="email"
      label="Email"
      type="email"
      autoComplete="email"
      inputMode="email"
      required
      defaultValue={defaultValue}
      errors={errors}
    />
  );
}
