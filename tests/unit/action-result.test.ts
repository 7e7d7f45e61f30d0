import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { parseForm } from '@/lib/forms/form';
import { appErrorFailure, correctFieldsMessage, fieldsRefused } from '@/lib/forms/result';

const typedForm = (entries: [string, string][]) => {
  const form = new FormData();
  for (const [name, value] of entries) form.append(name, value);
  return form;
};

describe('a refusal from the data layer or the action, as the form hears it', () => {
  const form = typedForm([
    ['name', 'Python'],
    ['kind', 'technical'],
    ['password', 'a secret passphrase'],
  ]);

  it('puts an error that names a field beside that field, under the form’s sentence', () => {
    const failure = appErrorFailure(
      new AppError('already-exists', 'You already track a skill with this name.', 'name'),
      form,
    );
    expect(failure).toEqual({
      ok: false,
      message: correctFieldsMessage,
      fieldErrors: { name: ['You already track a skill with this name.'] },
      values: { name: 'Python', kind: 'technical' },
      choices: { name: ['Python'], kind: ['technical'] },
    });
  });

  it('says an error without a field above the form, and still sends back what was typed', () => {
    const failure = appErrorFailure(
      new AppError('not-found', 'That goal could not be found. It may have been deleted.'),
      form,
    );
    expect(failure.message).toBe('That goal could not be found. It may have been deleted.');
    expect(failure.fieldErrors).toEqual({});
    expect(failure.values).toEqual({ name: 'Python', kind: 'technical' });
  });

  it('uses the form’s own sentence for a refused field when it has one', () => {
    const refusal = 'Nothing was imported.';
    const failure = appErrorFailure(
      new AppError('conflict', 'Import only works into an empty account: this one already has records.', 'file'),
      form,
      refusal,
    );
    expect(failure.message).toBe(refusal);
    expect(failure.fieldErrors.file).toEqual([
      'Import only works into an empty account: this one already has records.',
    ]);
    const byProblem = fieldsRefused({ weekStart: ['Choose a week.'] }, form, (errors) =>
      errors.weekStart ? 'This page is out of date.' : correctFieldsMessage,
    );
    expect(byProblem.message).toBe('This page is out of date.');
  });

  it('never sends a password back, whichever way the form was refused', () => {
    expect(
      appErrorFailure(new AppError('invalid-input', 'That is not your password.', 'password'), form).values,
    ).not.toHaveProperty('password');
    expect(fieldsRefused({ password: ['Use at least 10 characters.'] }, form).values).not.toHaveProperty('password');
    expect(fieldsRefused({}, form).choices).not.toHaveProperty('password');
  });

  it('never sends back any field named as a password (the two-factor forms have their own names)', () => {
    const twoFactorForm = typedForm([
      ['offPassword', 'a secret passphrase'],
      ['setupPassword', 'a secret passphrase'],
      ['offCode', '123456'],
    ]);
    expect(fieldsRefused({ offCode: ['That code did not match.'] }, twoFactorForm).values).toEqual({
      offCode: '123456',
    });
  });
});

describe('fields refused by validation', () => {
  const schema = z.object({
    title: z
      .string()
      .trim()
      .min(1, 'Give it a title.')
      .max(5, 'Keep it short.')
      .regex(/^[a-z]*$/, 'Use small letters.'),
    startedOn: z.string().min(1, 'Enter a start.'),
    endedOn: z.string(),
  });
  const endBeforeStart = (raw: { startedOn?: string; endedOn?: string }): [string, string][] =>
    raw.startedOn && raw.endedOn && raw.endedOn < raw.startedOn
      ? [['endedOn', 'The end cannot be before the start.']]
      : [];

  it('reports every message of every field at once, the rules between fields included', () => {
    const parsed = parseForm(
      schema,
      { title: 'TOO LONG', startedOn: '2026-02-01', endedOn: '2026-01-01' },
      endBeforeStart,
    );
    expect(parsed.success).toBe(false);
    const refused = fieldsRefused(parsed.success ? {} : parsed.fieldErrors, typedForm([['title', 'TOO LONG']]));
    expect(refused.message).toBe(correctFieldsMessage);
    expect(refused.fieldErrors).toEqual({
      title: ['Keep it short.', 'Use small letters.'],
      endedOn: ['The end cannot be before the start.'],
    });
    expect(refused.values).toEqual({ title: 'TOO LONG' });
  });
});
