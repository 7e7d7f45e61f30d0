import { describe, expect, it } from 'vitest';
import { typedInput } from '@/lib/validation/form';

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
