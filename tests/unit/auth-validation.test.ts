import { describe, expect, it } from 'vitest';
import { signInSchema, signUpSchema } from '@/lib/auth/schema';
import { fieldErrorsOf } from '@/lib/forms/form';

function signUpErrors(input: Record<string, unknown>) {
  const result = signUpSchema.safeParse(input);
  return result.success ? {} : fieldErrorsOf(result.error);
}

describe('sign-up validation', () => {
  it('trims and lower-cases the email', () => {
    const parsed = signUpSchema.parse({ email: '  Ada@Example.COM ', password: 'a long passphrase' });
    expect(parsed.email).toBe('ada@example.com');
  });

  it('rejects an invalid email with a field message', () => {
    expect(signUpErrors({ email: 'not-an-email', password: 'a long passphrase' }).email).toEqual([
      'Enter a valid email address, like name@example.com.',
    ]);
  });

  it('rejects a password under 10 characters', () => {
    expect(signUpErrors({ email: 'ada@example.com', password: 'short' }).password).toEqual([
      'Use at least 10 characters.',
    ]);
  });

  it('accepts a password of exactly 10 characters', () => {
    expect(signUpErrors({ email: 'ada@example.com', password: 'kw7#vq2!mz' })).toEqual({});
  });

  it('rejects a password equal to the email, whatever its case', () => {
    expect(signUpErrors({ email: 'Ada.Lovelace@example.com', password: 'ada.lovelace@EXAMPLE.com' }).password).toEqual([
      'Your password must not be your email address.',
    ]);
  });

  it('reports every invalid field at once', () => {
    expect(Object.keys(signUpErrors({ email: '', password: '' })).sort()).toEqual(['email', 'password']);
  });

  it('keeps a known time zone and falls back to UTC otherwise', () => {
    const base = { email: 'ada@example.com', password: 'a long passphrase' };
    expect(signUpSchema.parse({ ...base, timeZone: 'Europe/Paris' }).timeZone).toBe('Europe/Paris');
    expect(signUpSchema.parse({ ...base, timeZone: 'Mars/Olympus' }).timeZone).toBe('UTC');
  });
});

describe('sign-in validation', () => {
  it('requires both fields', () => {
    const result = signInSchema.safeParse({ email: '', password: '' });
    expect(result.success).toBe(false);
  });
});

describe('form text', () => {
  it('drops NUL characters, which the database cannot store', async () => {
    const { formText } = await import('@/lib/forms/form');
    const form = new FormData();
    form.set('title', 'Learn\u0000 SQL');
    expect(formText(form, 'title')).toBe('Learn SQL');
    expect(formText(form, 'missing')).toBeUndefined();
  });
});
