import { describe, expect, it } from 'vitest';
import { changePasswordSchema, signUpSchema } from '@/lib/auth/schema';
import { commonPasswordMessage, isCommonPassword } from '@/lib/auth/password-strength';
import { fieldErrorsOf } from '@/lib/forms/form';

const commonPasswords = ['aaaaaaaaaa', '1234567890', '0123456789', 'password12', ' '.repeat(10), 'qwertyuiop'];

describe('common passwords', () => {
  it.each(commonPasswords)('refuses %j', (password) => {
    expect(isCommonPassword(password)).toBe(true);
  });

  it.each(['a long passphrase', 'kw7#vq2!mz', 'correct horse battery'])('accepts %j', (password) => {
    expect(isCommonPassword(password)).toBe(false);
  });

  it('says why beside the password, on sign-up and when changing it', () => {
    for (const password of commonPasswords) {
      const signUp = signUpSchema.safeParse({ email: 'ada@example.com', password });
      expect(signUp.success ? {} : fieldErrorsOf(signUp.error)).toEqual({ password: [commonPasswordMessage] });
      const change = changePasswordSchema.safeParse({ currentPassword: 'the old passphrase', newPassword: password });
      expect(change.success ? {} : fieldErrorsOf(change.error)).toEqual({ newPassword: [commonPasswordMessage] });
    }
  });

  it('a too-short password hears only about its length', () => {
    const signUp = signUpSchema.safeParse({ email: 'ada@example.com', password: 'aaaa' });
    expect(signUp.success ? {} : fieldErrorsOf(signUp.error)).toEqual({ password: ['Use at least 10 characters.'] });
  });
});
