// Sign-up with email verification, through the real jobs and a real SMTP server: the same answer for a new,
// an unconfirmed and a taken email, the right mail for each, the link's single use, expiry and tampering,
// throttling, and that a link only ever touches its own account.
import { eq, sql } from 'drizzle-orm';
import { expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { emailVerificationTokens, jobs, users } from '@/db/schema';
import { verificationRequestLimits, verificationLinkProblems } from '@/lib/auth/email-verification';
import type { ClientAddress } from '@/lib/auth/ip-address';
import { verifyPassword } from '@/lib/auth/password';
import { signUpSchema } from '@/lib/auth/schema';
import { authenticate } from '@/lib/server/auth/credentials';
import { checkVerificationLink, confirmSignUpLink } from '@/lib/server/auth/email-verification';
import { requestSignUp } from '@/lib/server/auth/sign-up';
import { jobDefinitions } from '@/lib/server/jobs/registry';
import { runDueJobs } from '@/lib/server/jobs/run-due-jobs';
import { describeOnEachDatabase } from '../support/database';
import { registerUser } from '../support/fixtures';
import { useTestMailServer } from '../support/test-mail-server';

const smtpPort = vi.hoisted(() => {
  const port = 2563;
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  process.env.MAIL_FROM = 'Trajectory <trajectory@example.com>';
  process.env.APP_URL = 'https://trajectory.example.com';
  return port;
});

const mailServer = useTestMailServer(smtpPort);

const client: ClientAddress = { address: '203.0.113.7', trusted: false };
let clock = new Date('2030-05-06T10:00:00Z');
/** Every test moves on by two days, so neither throttling windows nor links carry into the next test. */
function nextDays(): Date {
  clock = new Date(clock.getTime() + 48 * 60 * 60_000);
  return clock;
}
const minutesAfter = (time: Date, minutes: number) => new Date(time.getTime() + minutes * 60_000);
let counter = 0;
const uniqueEmail = (name: string) => `${name}-${++counter}-${Date.now()}@example.com`;

const signUp = (
  fields: { email: string; password: string; name?: string; timeZone?: string },
  now: Date,
  from = client,
) => requestSignUp(signUpSchema.parse(fields), from, now);

const userRow = async (email: string) => {
  const [row] = await db()
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
  return row;
};

/** Runs the due jobs and returns the mail that arrived for `email`. */
async function mailTo(email: string, now: Date, since: number) {
  await runDueJobs(jobDefinitions, { now });
  return (await mailServer.nextMailTo(email, since)).mail;
}

function linkToken(text: string | undefined): string {
  const token = /https:\/\/trajectory\.example\.com\/verify-email\?token=([A-Za-z0-9_-]{43})\n/.exec(text ?? '')?.[1];
  if (!token) throw new Error(`the mail has no confirmation link:\n${text}`);
  return token;
}

const pendingJobs = async (name: string) =>
  (await db().select().from(jobs).where(eq(jobs.name, name))).filter((job) => job.status === 'pending').length;

describeOnEachDatabase('sign-up with email verification', () => {
  it('a new email gets an unconfirmed account and a link; the link confirms it and signs in once', async () => {
    const now = nextDays();
    const email = uniqueEmail('grace');
    const since = mailServer.received.length;
    await expect(
      signUp({ email: email.toUpperCase(), password: 'a long passphrase', name: 'Grace', timeZone: 'Asia/Tokyo' }, now),
    ).resolves.toBeUndefined();

    const created = await userRow(email);
    expect(created).toMatchObject({ email, name: 'Grace', timeZone: 'Asia/Tokyo', emailVerified: null });
    expect(created?.passwordHash).toMatch(/^\$argon2id\$/);

    const mail = await mailTo(email, now, since);
    expect(mail.subject).toBe('Confirm your email for Trajectory');
    expect(mail.text).toContain('Trajectory');
    expect(mail.html).toMatch(/<a\s+href="https:\/\/trajectory\.example\.com\/verify-email\?token=[A-Za-z0-9_-]{43}"/);
    const token = linkToken(mail.text);

    // Stored only as a hash; looking at the link (a mail scanner's GET) uses nothing.
    const stored = await db()
      .select()
      .from(emailVerificationTokens)
      .where(eq(emailVerificationTokens.userId, created?.id ?? ''));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(JSON.stringify(await db().select().from(jobs))).not.toContain(token);
    expect(await checkVerificationLink(token, now)).toEqual({ ok: true, purpose: 'sign-up', email });
    expect(await checkVerificationLink(token, now)).toEqual({ ok: true, purpose: 'sign-up', email });

    const later = minutesAfter(now, 5);
    expect(await confirmSignUpLink(token, later)).toEqual({ ok: true, userId: created?.id });
    expect((await userRow(email))?.emailVerified).toEqual(later);
    expect(await confirmSignUpLink(token, later)).toEqual({ ok: false, problem: 'used' });
    expect(await authenticate({ email, password: 'a long passphrase' }, client, later)).toEqual({
      ok: true,
      userId: created?.id,
    });
  });

  it('an unconfirmed account signing in with the right password is told to confirm and sent a new link', async () => {
    const now = nextDays();
    const email = uniqueEmail('early');
    await signUp({ email, password: 'a long passphrase' }, now);
    await runDueJobs(jobDefinitions, { now });

    const wrong = await authenticate({ email, password: 'not the passphrase' }, client, now);
    expect(wrong).toEqual({ ok: false, reason: 'invalid' });
    const since = mailServer.received.length;
    const right = await authenticate({ email, password: 'a long passphrase' }, client, minutesAfter(now, 1));
    expect(right).toEqual({ ok: false, reason: 'unconfirmed', linkSent: true });
    const token = linkToken((await mailTo(email, minutesAfter(now, 1), since)).text);
    expect((await confirmSignUpLink(token, minutesAfter(now, 2))).ok).toBe(true);
  });

  it('a second sign-up of an unconfirmed email replaces its password, name and time zone and sends a new link', async () => {
    const now = nextDays();
    const email = uniqueEmail('squatted');
    await signUp({ email, password: 'the squatters passphrase', name: 'Squatter', timeZone: 'Europe/Berlin' }, now);
    const first = await userRow(email);
    await runDueJobs(jobDefinitions, { now });
    const since = mailServer.received.length;
    await signUp({ email, password: 'the owners passphrase', name: 'Owner', timeZone: 'America/Chicago' }, now);

    const replaced = await userRow(email);
    expect(replaced).toMatchObject({ id: first?.id, name: 'Owner', timeZone: 'America/Chicago', emailVerified: null });
    expect(await verifyPassword(replaced?.passwordHash ?? '', 'the owners passphrase')).toBe(true);
    const token = linkToken((await mailTo(email, now, since)).text);
    expect((await confirmSignUpLink(token, now)).ok).toBe(true);
    expect((await authenticate({ email, password: 'the squatters passphrase' }, client, now)).ok).toBe(false);
    expect((await authenticate({ email, password: 'the owners passphrase' }, client, now)).ok).toBe(true);
  });

  it('a taken email gets the same answer, a notice to its owner, and nothing is created or changed', async () => {
    const now = nextDays();
    const email = uniqueEmail('taken');
    const owner = await registerUser(signUpSchema.parse({ email, password: 'the owners passphrase', name: 'Owner' }));
    const before = await userRow(email);
    const since = mailServer.received.length;

    await expect(
      signUp({ email, password: 'an intruders passphrase', name: 'Intruder' }, now),
    ).resolves.toBeUndefined();
    const mail = await mailTo(email, now, since);
    expect(mail.subject).toBe('Someone tried to create a Trajectory account with your email');
    expect(mail.text).toContain('https://trajectory.example.com/sign-in');
    expect(mail.text).toContain('https://trajectory.example.com/forgot-password');
    expect(mail.text).not.toMatch(/verify-email/);

    expect(await userRow(email)).toEqual(before);
    const [count] = await db()
      .select({ count: sql<number>`count(*)::int` })
      .from(users)
      .where(sql`lower(${users.email}) = ${email}`);
    expect(count?.count).toBe(1);
    expect(owner.ok && (await authenticate({ email, password: 'the owners passphrase' }, client, now)).ok).toBe(true);
  });

  it('an account from GitHub or Google (no password, never confirmed by a link) counts as taken', async () => {
    const now = nextDays();
    const email = uniqueEmail('oauth');
    await db().insert(users).values({ email, name: 'From GitHub' });
    const since = mailServer.received.length;
    await signUp({ email, password: 'a takeover passphrase' }, now);
    expect((await mailTo(email, now, since)).subject).toBe(
      'Someone tried to create a Trajectory account with your email',
    );
    expect(await userRow(email)).toMatchObject({ name: 'From GitHub', passwordHash: null });
  });

  it('an expired, used or tampered link says so in one sentence and changes nothing', async () => {
    const now = nextDays();
    const email = uniqueEmail('late');
    const since = mailServer.received.length;
    await signUp({ email, password: 'a long passphrase' }, now);
    const token = linkToken((await mailTo(email, now, since)).text);

    const expired = minutesAfter(now, 24 * 60);
    expect(await checkVerificationLink(token, expired)).toEqual({ ok: false, problem: 'expired' });
    expect(await confirmSignUpLink(token, expired)).toEqual({ ok: false, problem: 'expired' });
    const tampered = `${token.slice(0, 42)}${token.endsWith('A') ? 'B' : 'A'}`;
    for (const bad of [tampered, '', 'not-a-token', undefined, ['a', 'b'], `${token}x`]) {
      expect(await confirmSignUpLink(bad, now)).toEqual({ ok: false, problem: 'invalid' });
      expect(await checkVerificationLink(bad, now)).toEqual({ ok: false, problem: 'invalid' });
    }
    expect((await userRow(email))?.emailVerified).toBeNull();
    expect(verificationLinkProblems.expired).toMatch(/^[^.]+\.[^.]+\.$/);
    // Still good within its day.
    expect((await confirmSignUpLink(token, minutesAfter(now, 24 * 60 - 1))).ok).toBe(true);
  });

  it('throttles per email and per trusted address; a throttled sign-up answers the same and sends nothing', async () => {
    const now = nextDays();
    const email = uniqueEmail('hammered');
    const jobsBefore = await pendingJobs('send-email-verification');
    for (let request = 0; request < verificationRequestLimits.maxPerEmail + 2; request++) {
      await expect(signUp({ email, password: `passphrase number ${request}` }, now)).resolves.toBeUndefined();
    }
    expect((await pendingJobs('send-email-verification')) - jobsBefore).toBe(verificationRequestLimits.maxPerEmail);
    // The throttled ones changed nothing either: the password is the last allowed one.
    const row = await userRow(email);
    expect(
      await verifyPassword(row?.passwordHash ?? '', `passphrase number ${verificationRequestLimits.maxPerEmail - 1}`),
    ).toBe(true);
    await signUp({ email, password: 'an hour later passphrase' }, minutesAfter(now, 61));
    expect((await pendingJobs('send-email-verification')) - jobsBefore).toBe(verificationRequestLimits.maxPerEmail + 1);
    await runDueJobs(jobDefinitions, { now: minutesAfter(now, 61) });

    const proxied: ClientAddress = { address: '192.0.2.9', trusted: true };
    const later = minutesAfter(now, 200);
    for (let request = 0; request < verificationRequestLimits.maxPerAddress; request++) {
      await signUp({ email: uniqueEmail('crowd'), password: 'a long passphrase' }, later, proxied);
    }
    const oneMore = uniqueEmail('one-more');
    await signUp({ email: oneMore, password: 'a long passphrase' }, later, proxied);
    expect(await userRow(oneMore)).toBeUndefined();
    await signUp({ email: oneMore, password: 'a long passphrase' }, later, client);
    expect(await userRow(oneMore)).toBeDefined();
    await runDueJobs(jobDefinitions, { now: later });
  });

  it('a link only ever touches its own account, and names in the mail are harmless', async () => {
    const now = nextDays();
    const alice = uniqueEmail('alice');
    const bob = uniqueEmail('bob');
    const since = mailServer.received.length;
    const hostileName = '<b>Bob</b>\r\nBcc: victim@example.com';
    await signUp({ email: alice, password: 'alices passphrase' }, now);
    // The form refuses a name on two lines; one that reached the database some other way is harmless too.
    expect(signUpSchema.safeParse({ email: bob, password: 'bobs passphrase', name: hostileName }).success).toBe(false);
    const bobInput = { ...signUpSchema.parse({ email: bob, password: 'bobs passphrase' }), name: hostileName };
    await requestSignUp(bobInput, client, now);
    const aliceToken = linkToken((await mailTo(alice, now, since)).text);
    const bobMail = await mailTo(bob, now, since);
    expect(bobMail.html).not.toContain('<b>Bob</b>');
    expect(bobMail.html).toContain('&lt;b&gt;Bob&lt;/b&gt;');
    expect(bobMail.headers.has('bcc')).toBe(false);
    expect(mailServer.received.slice(since).some((mail) => mail.envelopeTo.includes('victim@example.com'))).toBe(false);

    const aliceRow = await userRow(alice);
    expect(await confirmSignUpLink(aliceToken, now)).toEqual({ ok: true, userId: aliceRow?.id });
    expect((await userRow(bob))?.emailVerified).toBeNull();
    expect((await authenticate({ email: bob, password: 'bobs passphrase' }, client, now)).ok).toBe(false);
  });
});
