// Sign-up never answers 500 and never tells whether an email has an account: whatever became of the
// request, the form hears "check your inbox"; a failure of the sign-up itself is a sentence in the form.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { signUpAnswer } from '@/lib/auth/email-verification';
import { unexpectedFailureMessage } from '@/lib/forms/result';
import { loggedLines, loggedText } from '../support/captured-log';

const calls = vi.hoisted(() => ({ requestSignUp: vi.fn<() => Promise<void>>() }));

vi.mock('@/lib/server/auth/sign-up', () => ({ requestSignUp: calls.requestSignUp }));
// The client's address is read from the request's headers, which need Next's runtime.
vi.mock('@/lib/server/auth/password-change', () => ({
  requestClientAddress: () => Promise.resolve({ address: '203.0.113.1', trusted: false }),
}));
// The form-action wrapper reaches Auth.js, whose entry needs Next's runtime.
vi.mock('next-auth', () => import('@auth/core/errors'));
vi.mock('@/lib/server/auth/auth', () => ({ auth: vi.fn(), signIn: vi.fn() }));
vi.mock('@/lib/server/log/logger', async (original) =>
  (await import('../support/captured-log')).capturingLoggerModule(await original()),
);

const { signUp } = await import('@/app/(auth)/sign-up/actions');

function signUpForm() {
  const form = new FormData();
  form.set('name', 'Grace');
  form.set('email', 'Grace@Example.com');
  form.set('password', 'a long passphrase');
  form.set('timeZone', 'Europe/Berlin');
  return form;
}

describe('the sign-up action', () => {
  afterEach(() => {
    vi.resetAllMocks();
  });

  it('answers "check your inbox" with the address typed, and passes the parsed input on', async () => {
    calls.requestSignUp.mockResolvedValue(undefined);
    const answer = await signUp(null, signUpForm());
    expect(answer).toEqual({ ok: true, message: signUpAnswer('grace@example.com') });
    expect(answer.message).toMatch(/^Check your inbox: we sent a link to grace@example\.com .* 24 hours\./);
    expect(calls.requestSignUp).toHaveBeenCalledWith(
      { name: 'Grace', email: 'grace@example.com', password: 'a long passphrase', timeZone: 'Europe/Berlin' },
      { address: '203.0.113.1', trusted: false },
    );
  });

  it('answers with a sentence when the sign-up fails unexpectedly, and logs no password', async () => {
    calls.requestSignUp.mockRejectedValue(new Error('the database went away'));
    const answer = await signUp(null, signUpForm());
    expect(answer).toMatchObject({ ok: false, message: unexpectedFailureMessage });
    expect(loggedLines()).toHaveLength(1);
    expect(loggedLines()[0]).toMatchObject({ level: 'error', err: { message: 'the database went away' } });
    expect(loggedText()).not.toContain('a long passphrase');
  });
});
