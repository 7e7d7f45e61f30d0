// Changing one's email, through the real jobs and a real SMTP server: the link goes to the new address and
// a notice to the old one; confirming switches the email and tells the old address; a taken address gets
// the same answer and fails at confirm without a change; cancelling ends the link; requests are throttled.
import { eq } from 'drizzle-orm';
import { expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { users } from '@/db/schema';
import { findUserProfile, type UserProfile } from '@/db/queries/account/users';
import { findPendingEmailChange } from '@/db/queries/auth/email-verifications';
import { emailChangeAnswer, verificationRequestLimits } from '@/lib/auth/email-verification';
import type { ClientAddress } from '@/lib/auth/ip-address';
import { changeEmailSchema, signUpSchema } from '@/lib/auth/schema';
import { verificationLinkProblems } from '@/lib/auth/verification-token-field';
import { AppError } from '@/lib/errors';
import { authenticate } from '@/lib/server/auth/credentials';
import { cancelEmailChange, confirmEmailChange, requestEmailChange } from '@/lib/server/auth/email-change';
import { confirmSignUpLink } from '@/lib/server/auth/email-verification';
import { requestSignUp } from '@/lib/server/auth/sign-up';
import { jobDefinitions } from '@/lib/server/jobs/registry';
import { runDueJobs } from '@/lib/server/jobs/run-due-jobs';
import { describeOnEachDatabase } from '../support/database';
import { registerUser } from '../support/fixtures';
import { useTestMailServer } from '../support/test-mail-server';

const smtpPort = vi.hoisted(() => {
  const port = 2564;
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  process.env.MAIL_FROM = 'Trajectory <trajectory@example.com>';
  process.env.APP_URL = 'https://trajectory.example.com';
  return port;
});

const mailServer = useTestMailServer(smtpPort);

const password = 'my current passphrase';
const client: ClientAddress = { address: '203.0.113.8', trusted: false };
let clock = new Date('2030-07-01T10:00:00Z');
function nextDays(): Date {
  clock = new Date(clock.getTime() + 48 * 60 * 60_000);
  return clock;
}
const minutesAfter = (time: Date, minutes: number) => new Date(time.getTime() + minutes * 60_000);
let counter = 0;
const uniqueEmail = (name: string) => `${name}-${++counter}-${Date.now()}@example.com`;

async function confirmedUser(name: string): Promise<UserProfile> {
  const created = await registerUser(signUpSchema.parse({ email: uniqueEmail(name), password, name }));
  const profile = created.ok ? await findUserProfile(created.userId) : undefined;
  if (!profile) throw new Error('could not create the user');
  return profile;
}

const askChange = (user: UserProfile, newEmail: string, now: Date, currentPassword = password) =>
  requestEmailChange(user, changeEmailSchema.parse({ newEmail, passwordForEmail: currentPassword }), client, now);

async function mailTo(email: string, now: Date, since: number) {
  await runDueJobs(jobDefinitions, { now });
  return (await mailServer.nextMailTo(email, since)).mail;
}

function linkToken(text: string | undefined): string {
  const token = /https:\/\/trajectory\.example\.com\/verify-email\?token=([A-Za-z0-9_-]{43})\n/.exec(text ?? '')?.[1];
  if (!token) throw new Error(`the mail has no confirmation link:\n${text}`);
  return token;
}

async function refusal(work: Promise<unknown>): Promise<string> {
  const error: unknown = await work.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof AppError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error.message;
}

describeOnEachDatabase('changing email', () => {
  it('mails the link to the new address and a notice to the old; confirming switches and tells the old', async () => {
    const now = nextDays();
    const user = await confirmedUser('mover');
    const newEmail = uniqueEmail('moved');
    const since = mailServer.received.length;

    expect(await askChange(user, newEmail.toUpperCase(), now)).toBe(emailChangeAnswer(newEmail));
    expect(await findPendingEmailChange(user.id)).toEqual({ newEmail });
    const link = await mailTo(newEmail, now, since);
    expect(link.subject).toBe('Confirm your new email for Trajectory');
    const notice = await mailTo(user.email, now, since);
    expect(notice.subject).toBe('Your Trajectory email is being changed');
    expect(notice.text).toContain(newEmail);
    expect(notice.text).toContain('https://trajectory.example.com/forgot-password');
    expect(notice.html).toContain('Trajectory');

    const token = linkToken(link.text);
    const afterLink = mailServer.received.length;
    expect(await confirmEmailChange(token, minutesAfter(now, 3))).toEqual({ ok: true, email: newEmail });
    expect(await findUserProfile(user.id)).toMatchObject({ email: newEmail });
    expect(await findPendingEmailChange(user.id)).toBeUndefined();
    const changed = await mailTo(user.email, minutesAfter(now, 3), afterLink);
    expect(changed.subject).toBe('Your Trajectory email was changed');

    expect((await authenticate({ email: newEmail, password }, client, minutesAfter(now, 4))).ok).toBe(true);
    expect((await authenticate({ email: user.email, password }, client, minutesAfter(now, 4))).ok).toBe(false);
    expect(await confirmEmailChange(token, minutesAfter(now, 5))).toEqual({
      ok: false,
      message: verificationLinkProblems.used,
    });
    // A change link is not a sign-up link, and the reverse.
    expect(await confirmSignUpLink(token, now)).toEqual({ ok: false, problem: 'used' });
  });

  it('a taken address gets the same answer; its owner is told, and no link is made', async () => {
    const now = nextDays();
    const user = await confirmedUser('wanting');
    const owner = await confirmedUser('owning');
    const since = mailServer.received.length;

    expect(await askChange(user, owner.email, now)).toBe(emailChangeAnswer(owner.email));
    const toOwner = await mailTo(owner.email, now, since);
    expect(toOwner.subject).toBe('Someone tried to move a Trajectory account to your email');
    expect(toOwner.text).not.toMatch(/verify-email/);
    expect((await mailTo(user.email, now, since)).subject).toBe('Your Trajectory email is being changed');
    expect(await findUserProfile(user.id)).toMatchObject({ email: user.email });
  });

  it('an address taken between the request and the confirmation fails in one sentence and changes nothing', async () => {
    const now = nextDays();
    const user = await confirmedUser('slow');
    const contested = uniqueEmail('contested');
    const since = mailServer.received.length;
    await askChange(user, contested, now);
    const token = linkToken((await mailTo(contested, now, since)).text);

    await registerUser(signUpSchema.parse({ email: contested, password: 'someone elses passphrase' }));
    const later = minutesAfter(now, 10);
    expect(await confirmEmailChange(token, later)).toEqual({ ok: false, message: verificationLinkProblems.taken });
    expect(await findUserProfile(user.id)).toMatchObject({ email: user.email });
    expect(await findPendingEmailChange(user.id)).toEqual({ newEmail: contested });
  });

  it('an account from GitHub or Google that took the address meanwhile is not removed: the change fails', async () => {
    const now = nextDays();
    const user = await confirmedUser('late-mover');
    const contested = uniqueEmail('oauth-contested');
    const since = mailServer.received.length;
    await askChange(user, contested, now);
    const token = linkToken((await mailTo(contested, now, since)).text);
    await db().insert(users).values({ email: contested, name: 'From Google' });
    expect(await confirmEmailChange(token, now)).toEqual({ ok: false, message: verificationLinkProblems.taken });
    const [kept] = await db().select().from(users).where(eq(users.email, contested));
    expect(kept).toMatchObject({ name: 'From Google' });
  });

  it('an unconfirmed account holding the address gives way to the one who proved it', async () => {
    const now = nextDays();
    const user = await confirmedUser('prover');
    const squatted = uniqueEmail('squatted');
    await requestSignUp(signUpSchema.parse({ email: squatted, password: 'a squatters passphrase' }), client, now);
    // The squatter's own link goes out first, so the next mail to that address is the change's.
    await runDueJobs(jobDefinitions, { now });
    const since = mailServer.received.length;
    await askChange(user, squatted, now);
    const token = linkToken((await mailTo(squatted, now, since)).text);
    expect(await confirmEmailChange(token, now)).toEqual({ ok: true, email: squatted });
    expect((await authenticate({ email: squatted, password }, client, now)).ok).toBe(true);
  });

  it('cancelling ends the link; a wrong password or the same email is refused; expired links say so', async () => {
    const now = nextDays();
    const user = await confirmedUser('doubtful');
    const newEmail = uniqueEmail('maybe');
    expect(await refusal(askChange(user, newEmail, now, 'not my passphrase'))).toBe(
      'That is not your current password.',
    );
    expect(await refusal(askChange(user, user.email, now))).toBe('That is already your email.');

    const since = mailServer.received.length;
    await askChange(user, newEmail, now);
    const token = linkToken((await mailTo(newEmail, now, since)).text);
    expect(await confirmEmailChange(token, minutesAfter(now, 24 * 60))).toEqual({
      ok: false,
      message: verificationLinkProblems.expired,
    });
    await cancelEmailChange(user.id, now);
    expect(await findPendingEmailChange(user.id)).toBeUndefined();
    expect(await confirmEmailChange(token, now)).toEqual({ ok: false, message: verificationLinkProblems.used });
    expect(await findUserProfile(user.id)).toMatchObject({ email: user.email });
  });

  it('a new request ends the link of the one before, and requests are throttled per account', async () => {
    const now = nextDays();
    const user = await confirmedUser('restless');
    const first = uniqueEmail('first');
    const since = mailServer.received.length;
    await askChange(user, first, now);
    const firstToken = linkToken((await mailTo(first, now, since)).text);
    for (let request = 1; request < verificationRequestLimits.maxPerAccount; request++) {
      await askChange(user, uniqueEmail('next'), minutesAfter(now, request));
    }
    expect(await refusal(askChange(user, uniqueEmail('too-many'), minutesAfter(now, 5)))).toMatch(
      /^Too many confirmation emails asked for\. Try again in \d+ minutes\.$/,
    );
    expect(await confirmEmailChange(firstToken, minutesAfter(now, 6))).toEqual({
      ok: false,
      message: verificationLinkProblems.used,
    });
    await runDueJobs(jobDefinitions, { now: minutesAfter(now, 6) });
  });
});
