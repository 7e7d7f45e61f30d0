import { redirect } from 'next/navigation';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { DrizzleQueryError } from 'drizzle-orm/errors';
import { AppError } from '@/lib/errors';
import { formParser } from '@/lib/forms/form';
import { correctFieldsMessage, unexpectedFailureMessage } from '@/lib/forms/result';
import { runFormAction } from '@/lib/server/actions/form-action';
import { forgetLoggedLines, loggedLines, loggedText } from '../support/captured-log';

vi.mock('@/lib/server/log/logger', async (original) =>
  (await import('../support/captured-log')).capturingLoggerModule(await original()),
);

// The session is Auth.js's and Next's; here a signed-in user is simply there, or sent to sign-in.
const session = vi.hoisted(() => ({ signedIn: true }));
vi.mock('@/lib/server/auth/session', () => ({
  requireUserId: () => Promise.resolve().then(() => (session.signedIn ? 'user-1' : redirect('/sign-in'))),
  requireUser: () =>
    Promise.resolve().then(() =>
      session.signedIn ? { id: 'user-1', timeZone: 'Europe/Berlin' } : redirect('/sign-in'),
    ),
}));

const parseNote = formParser(
  ['title', 'password'],
  z.object({ title: z.string().trim().min(1, 'Give the note a title.'), password: z.string().optional() }),
);

// What redirect() throws for Next to catch: its digest names it.
const isRedirect = (error: unknown) =>
  error instanceof Error &&
  'digest' in error &&
  typeof error.digest === 'string' &&
  error.digest.startsWith('NEXT_REDIRECT;');

const typed = (title: string) => {
  const form = new FormData();
  form.set('title', title);
  form.set('password', 'never sent back');
  return form;
};

describe('the action wrapper', () => {
  beforeEach(() => {
    session.signedIn = true;
  });
  afterEach(() => {
    vi.restoreAllMocks();
    forgetLoggedLines();
  });

  it('runs the body with the parsed input and the signed-in user', async () => {
    const answer = await runFormAction(typed(' Plan '), { user: 'id', parse: parseNote }, (note, { user }) =>
      Promise.resolve({ ok: true as const, message: `${note.title} by ${user.id}` }),
    );
    expect(answer).toEqual({ ok: true, message: 'Plan by user-1' });
  });

  it('answers refused fields without running the body, with what was typed but the password', async () => {
    const body = vi.fn();
    const answer = await runFormAction(typed(''), { user: 'id', parse: parseNote }, body);
    expect(body).not.toHaveBeenCalled();
    expect(answer).toEqual({
      ok: false,
      message: correctFieldsMessage,
      fieldErrors: { title: ['Give the note a title.'] },
      values: { title: '' },
      choices: { title: [''] },
    });
  });

  it('turns an AppError into the form’s answer', async () => {
    const answer = await runFormAction(
      typed('Plan'),
      { user: 'profile', parse: parseNote, refusal: 'Nothing was saved.' },
      () => Promise.reject(new AppError('already-exists', 'You already have a note with this title.', 'title')),
    );
    expect(answer).toMatchObject({
      ok: false,
      message: 'Nothing was saved.',
      fieldErrors: { title: ['You already have a note with this title.'] },
      values: { title: 'Plan' },
    });
  });

  it('lets Next’s redirect through, from the body and from the sign-in check', async () => {
    const saved = runFormAction(typed('Plan'), { user: 'id', parse: parseNote }, () =>
      Promise.resolve().then(() => redirect('/notes')),
    );
    await expect(saved).rejects.toSatisfy(isRedirect);
    session.signedIn = false;
    const body = vi.fn();
    await expect(runFormAction(typed('Plan'), { user: 'id', parse: parseNote }, body)).rejects.toSatisfy(isRedirect);
    expect(body).not.toHaveBeenCalled();
  });

  it('logs an unexpected error once and says nothing was saved, keeping what was typed', async () => {
    const broken = new Error('connection reset');
    const answer = await runFormAction(typed('Plan'), { user: 'anyone', parse: parseNote }, () =>
      Promise.reject(broken),
    );
    expect(answer).toEqual({
      ok: false,
      message: unexpectedFailureMessage,
      fieldErrors: {},
      values: { title: 'Plan' },
      choices: { title: ['Plan'] },
    });
    expect(loggedLines()).toHaveLength(1);
    expect(loggedLines()[0]).toMatchObject({
      level: 'error',
      msg: 'a form action failed',
      err: { type: 'Error', message: 'connection reset' },
    });
    expect(loggedText()).not.toContain('never sent back');
  });
});

describe('what the action wrapper logs', () => {
  afterEach(() => {
    forgetLoggedLines();
  });

  it('leaves out a failed query’s parameters, which hold what the user typed', async () => {
    const typedText = 'my private reflection on the week';
    const failedQuery = new DrizzleQueryError(
      'insert into "weekly_reflections" ("user_id", "highlight") values ($1, $2)',
      ['user-1', typedText],
      Object.assign(new Error('value too long for type character varying(200)'), { code: '22001' }),
    );
    const answer = await runFormAction(typed('Plan'), { user: 'id', parse: parseNote }, () =>
      Promise.reject(new Error('saving failed', { cause: failedQuery })),
    );
    expect(answer).toMatchObject({ ok: false, message: unexpectedFailureMessage });
    expect(loggedLines()).toHaveLength(1);
    expect(loggedText()).not.toContain(typedText);
    expect(loggedLines()[0]).toMatchObject({
      err: {
        message: 'saving failed',
        cause: {
          query: {
            statement: 'insert into "weekly_reflections" ("user_id", "highlight") values ($1, $2)',
            parameterCount: 2,
          },
          cause: { message: 'value too long for type character varying(200)', code: '22001' },
        },
      },
    });
  });
});
