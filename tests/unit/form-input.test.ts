import { describe, expect, it } from 'vitest';
import { typedInput } from '@/lib/forms/result';
import { optionalNumberField } from '@/lib/forms/fields';

describe('what the user typed, shown again after a refusal', () => {
  it('keeps each picked checkbox whole, even when its text has commas', () => {
    const form = new FormData();
    form.append('summary', 'A good year');
    form.append('highlights', 'Shipped the dashboard, on time');
    form.append('highlights', 'Passed ITIL');
    const { values, choices } = typedInput(form);
    expect(values.summary).toBe('A good year');
    expect(choices.highlights).toEqual(['Shipped the dashboard, on time', 'Passed ITIL']);
  });

  it('never sends a password back to the browser', () => {
    const form = new FormData();
    form.append('email', 'ada@example.com');
    form.append('password', 'secret-secret');
    form.append('currentPassword', 'secret-secret');
    const { values, choices } = typedInput(form);
    expect(values).toEqual({ email: 'ada@example.com' });
    expect(Object.keys(choices)).toEqual(['email']);
  });
});

describe('a number typed in a form', () => {
  const value = optionalNumberField('Enter a number.');
  const messageFor = (typed: string) => {
    const result = value.safeParse(typed);
    return result.success ? result.data : result.error.issues[0]?.message;
  };

  it('reads a decimal comma as a point, and empty as not given', () => {
    expect(messageFor('2,5')).toBe(2.5);
    expect(messageFor(' 12 ')).toBe(12);
    expect(messageFor('')).toBeUndefined();
  });

  it('says whether the text is not a number or only too large', () => {
    expect(messageFor('twelve')).toBe('Enter a number.');
    expect(messageFor('999999999999')).toBe('Enter a number between -1,000,000,000 and 1,000,000,000.');
  });
});
