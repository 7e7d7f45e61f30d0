// Sign-up never answers 500 (issue 11, item 6): once the account is created, a sign-in refused right after
// it (the address is throttled) is a sentence in the form, and so is a failure of the registration itself.
import { CredentialsSignin } from '@auth/core/errors';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { unexpectedFailureMessage } from '@/lib/forms/result';
import { loggedLines, loggedText } from '../support/captured-log';

const calls = vi.hoisted(() => ({
  register: vi.fn<() => Promise<{ ok: true; userId: string }>>(),
  signIn: vi.fn<() => Promise<never>>(),
}));

vi.mock('@/lib/server/auth/sign-up', () => ({
  duplicateEmailMessage: 'An account with this email already exists. Sign in instead?',
  registerUser: calls.register,
}));
// next-auth's entry needs Next's runtime; its CredentialsSignin is @auth/core's.
vi.mock('next-auth', () => import('@auth/core/errors'));
// Auth.js's signIn, as the Credentials provider answers when the throttle refuses (auth.ts SignInRateLimited).
vi.mock('@/lib/server/auth/auth', () => ({ signIn: calls.signIn }));
vi.mock('@/lib/server/log/logger', async (original) =>
  (await import('../support/captured-log')).capturingLoggerModule(await original()),
);

const { signUp } = await import('@/app/(auth)/sign-up/actions');

function signUpForm() {
  const form = new FormData();
  form.set('name', 'Grace');
  form.set('email', 'grace@example.com');
  form.set('password', 'a long passphrase');
  form.set('timeZone', 'Europe/Berlin');
  return form;
}

function rateLimited(minutes: number) {
  const error = new CredentialsSignin();
  error.code = `rate_limited:${minutes}`;
  return error;
}

describe('the sign-up action', () => {
  afterEach(() => {
    vi.resetAllMocks();
  });

  it('says the account was created when the sign-in right after it is throttled, instead of failing', async () => {
    calls.register.mockResolvedValue({ ok: true, userId: 'user-new' });
    calls.signIn.mockRejectedValue(rateLimited(14));
    const answer = await signUp(null, signUpForm());
    expect(answer.ok).toBe(false);
    expect(answer.message).toMatch(/^Your account was created, but you are not signed in yet\./);
    expect(answer.message).toMatch(/14 minutes/);
    expect(calls.register).toHaveBeenCalledTimes(1);
  });

  it('answers with a sentence, not a thrown error, when the sign-in after it is refused outright', async () => {
    calls.register.mockResolvedValue({ ok: true, userId: 'user-new' });
    calls.signIn.mockRejectedValue(new CredentialsSignin());
    const answer = await signUp(null, signUpForm());
    expect(answer).toMatchObject({ ok: false });
    expect(answer.message).toMatch(/^Your account was created, but you are not signed in yet\./);
  });

  it('answers with a sentence when creating the account fails unexpectedly', async () => {
    calls.register.mockRejectedValue(new Error('the database went away'));
    const answer = await signUp(null, signUpForm());
    expect(answer).toMatchObject({ ok: false, message: unexpectedFailureMessage });
    expect(calls.signIn).not.toHaveBeenCalled();
    expect(loggedLines()).toHaveLength(1);
    expect(loggedLines()[0]).toMatchObject({ level: 'error', err: { message: 'the database went away' } });
    expect(loggedText()).not.toContain('a long passphrase');
  });
});
