// Forgot password, through the real job and a real SMTP server: the same answer for every email, a mail
// only for an account, a token kept only as a hash, single use, expiry, other sessions ended, throttling.
import { eq } from 'drizzle-orm';
import { expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { findUserProfile } from '@/db/queries/account/users';
import { jobs, passwordResetTokens } from '@/db/schema';
import type { ClientAddress } from '@/lib/auth/ip-address';
import { hashResetToken, resetRequestLimits, resetTokenProblems } from '@/lib/auth/password-reset';
import { forgotPasswordSchema, resetPasswordSchema } from '@/lib/auth/schema';
import { AppError } from '@/lib/errors';
import { authenticate } from '@/lib/server/auth/credentials';
import { requestPasswordReset, resetLinkProblem, resetPassword } from '@/lib/server/auth/password-reset';
import { currentSession, startSession } from '@/lib/server/auth/session-checks';
import { runDueJobs } from '@/lib/server/jobs/run-due-jobs';
import { sendPasswordReset } from '@/lib/server/jobs/send-password-reset';
import { describeOnEachDatabase } from '../support/database';
import { createTestUser } from '../support/fixtures';
import { useTestMailServer } from '../support/test-mail-server';

// The transport is chosen from the environment on the first mail, so SMTP_URL is set before anything loads.
const smtpPort = vi.hoisted(() => {
  const port = 2561;
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  process.env.MAIL_FROM = 'Trajectory <trajectory@example.com>';
  process.env.APP_URL = 'https://trajectory.example.com';
  return port;
});

const mailServer = useTestMailServer(smtpPort);

const oldPassword = 'test passphrase 1'; // as createTestUser signs up
const newPassword = 'a brand new passphrase';
const client: ClientAddress = { address: '203.0.113.7', trusted: false };
let clock = new Date('2030-03-04T10:00:00Z');
/** Every test moves on by a day, so throttling windows never carry from one test into the next. */
function nextDay(): Date {
  clock = new Date(clock.getTime() + 24 * 60 * 60_000);
  return clock;
}
const minutesAfter = (time: Date, minutes: number) => new Date(time.getTime() + minutes * 60_000);

async function emailOf(userId: string): Promise<string> {
  const user = await findUserProfile(userId);
  if (!user) throw new Error('no such user');
  return user.email;
}

const ask = (email: string, now: Date, from = client) =>
  requestPasswordReset(forgotPasswordSchema.parse({ email }), from, now);

/** Asks for a reset, runs the job and reads the link's token from the mail that arrived. */
async function tokenFromMail(email: string, now: Date): Promise<string> {
  const since = mailServer.received.length;
  await ask(email, now);
  await runDueJobs([sendPasswordReset], { now });
  const { mail } = await mailServer.nextMailTo(email, since);
  const token = /\/reset-password\?token=([A-Za-z0-9_-]+)/.exec(mail.text ?? '')?.[1];
  if (!token) throw new Error('the mail has no reset link');
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

const passwordWorks = async (email: string, password: string, now: Date) =>
  (await authenticate({ email, password }, { address: '198.51.100.1', trusted: false }, now)).ok;

describeOnEachDatabase('password reset', () => {
  it('answers an unknown and a known email alike, and only the known one gets a mail, through SMTP', async () => {
    const now = nextDay();
    const email = await emailOf(await createTestUser('forgetful'));
    const unknown = `nobody-${Date.now()}@example.com`;
    const since = mailServer.received.length;

    await expect(ask(unknown, now)).resolves.toBeUndefined();
    await expect(ask(email, now)).resolves.toBeUndefined();
    expect(await runDueJobs([sendPasswordReset], { now })).toEqual([expect.objectContaining({ outcome: 'done' })]);

    const arrived = mailServer.received.slice(since);
    expect(arrived.map((mail) => mail.envelopeTo)).toEqual([[email]]);
    const [{ mail }] = arrived as [(typeof arrived)[number]];
    expect(mail.subject).toBe('Choose a new Trajectory password');
    expect(mail.from?.text).toContain('trajectory@example.com');
    expect(mail.text).toContain('Trajectory');
    expect(mail.text).toMatch(/https:\/\/trajectory\.example\.com\/reset-password\?token=[A-Za-z0-9_-]{43}\n/);
    expect(mail.html).toMatch(
      /<a\s+href="https:\/\/trajectory\.example\.com\/reset-password\?token=[A-Za-z0-9_-]{43}"/,
    );
    expect(mail.html).toContain('Trajectory');
  });

  it('stores the token only as its SHA-256 hash, and never puts it in the job', async () => {
    const userId = await createTestUser('hashed');
    const token = await tokenFromMail(await emailOf(userId), nextDay());
    const rows = await db().select().from(passwordResetTokens).where(eq(passwordResetTokens.userId, userId));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.tokenHash).toBe(hashResetToken(token));
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(JSON.stringify(await db().select().from(jobs).where(eq(jobs.userId, userId)))).not.toContain(token);
  });

  it('sets the new password once, ends every session, and a second use changes nothing', async () => {
    const userId = await createTestUser('resetter');
    const email = await emailOf(userId);
    const now = nextDay();
    const laptop = await startSession(userId);
    const token = await tokenFromMail(email, now);
    expect(await resetLinkProblem(token, now)).toBeNull();

    await expect(resetPassword(resetPasswordSchema.parse({ token, password: newPassword }), now)).resolves.toEqual({
      email,
    });
    expect(laptop && (await currentSession(laptop))).toBeNull();
    expect(await passwordWorks(email, newPassword, now)).toBe(true);
    expect(await passwordWorks(email, oldPassword, now)).toBe(false);

    const later = minutesAfter(now, 1);
    expect(await resetLinkProblem(token, later)).toBe(resetTokenProblems.used);
    const again = resetPassword(resetPasswordSchema.parse({ token, password: 'yet another passphrase' }), later);
    expect(await refusal(again)).toBe(resetTokenProblems.used);
    expect(await passwordWorks(email, newPassword, later)).toBe(true);
  });

  it('an expired or tampered token says so and changes nothing', async () => {
    const userId = await createTestUser('late');
    const email = await emailOf(userId);
    const now = nextDay();
    const session = await startSession(userId);
    const token = await tokenFromMail(email, now);

    const expired = minutesAfter(now, 60);
    expect(await resetLinkProblem(token, expired)).toBe(resetTokenProblems.expired);
    expect(await refusal(resetPassword(resetPasswordSchema.parse({ token, password: newPassword }), expired))).toBe(
      resetTokenProblems.expired,
    );

    const tampered = `${token.slice(0, 42)}${token.endsWith('A') ? 'B' : 'A'}`;
    expect(await resetLinkProblem(tampered, now)).toBe(resetTokenProblems.invalid);
    expect(
      await refusal(resetPassword(resetPasswordSchema.parse({ token: tampered, password: newPassword }), now)),
    ).toBe(resetTokenProblems.invalid);

    expect(await passwordWorks(email, oldPassword, now)).toBe(true);
    expect(session && (await currentSession(session))).toMatchObject({ sub: userId });
    expect(await resetLinkProblem(token, now)).toBeNull();
  });

  it('throttles requests per email, known or not, and per trusted address', async () => {
    const now = nextDay();
    const email = await emailOf(await createTestUser('hammered'));
    const unknown = `ghost-${Date.now()}@example.com`;
    for (const address of [email, unknown]) {
      for (let request = 0; request < resetRequestLimits.maxPerAccount; request++) await ask(address, now);
      expect(await refusal(ask(address, now))).toBe('Too many reset requests. Try again in 60 minutes.');
      await expect(ask(address, minutesAfter(now, 61))).resolves.toBeUndefined();
    }
    await runDueJobs([sendPasswordReset], { now: minutesAfter(now, 61) });
    const sent = await db().select().from(jobs).where(eq(jobs.name, sendPasswordReset.name));
    expect(sent.filter((job) => job.status === 'pending')).toEqual([]);

    const proxied: ClientAddress = { address: '192.0.2.9', trusted: true };
    const later = minutesAfter(now, 200);
    for (let request = 0; request < resetRequestLimits.maxPerAddress; request++) {
      await ask(`someone-${request}@example.com`, later, proxied);
    }
    expect(await refusal(ask('one-more@example.com', later, proxied))).toMatch(/^Too many reset requests/);
    await expect(ask('one-more@example.com', later, client)).resolves.toBeUndefined();
  });
});
