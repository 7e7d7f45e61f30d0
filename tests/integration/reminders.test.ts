// Reminder mails end to end on a real database and a real SMTP server: the planner and the send job run
// at a sequence of clock values, as the job runner would every minute, and what arrived is counted.
import { eq } from 'drizzle-orm';
import { expect, it, vi } from 'vitest';
import { POST as unsubscribePost, GET as unsubscribeGet } from '@/app/api/unsubscribe/route';
import { db } from '@/db/client';
import { exportAccount } from '@/db/queries/account/export';
import { importAccount } from '@/db/queries/account/import';
import { findUserProfile, updateUserProfile } from '@/db/queries/account/users';
import { accountExportSchema } from '@/lib/account/export-schema';
import { createCertification } from '@/db/queries/career/certifications';
import { findReminderPreferences, saveReminderChoices } from '@/db/queries/reminders/settings';
import { goals, jobs, weeklyReflections } from '@/db/schema';
import { defaultReminderPreferences, type ReminderKind } from '@/lib/reminders/due-reminders';
import { runDueJobs } from '@/lib/server/jobs/run-due-jobs';
import { sendReminder } from '@/lib/server/jobs/send-reminder';
import { planReminders } from '@/lib/server/reminders/plan-reminders';
import { reminderMessageId } from '@/lib/server/reminders/reminder-message';
import { oneClickUnsubscribeUrl } from '@/lib/server/reminders/unsubscribe-link';
import { describeOnEachDatabase } from '../support/database';
import { createTestGoal, createTestUser } from '../support/fixtures';
import { useTestMailServer, type ReceivedMail } from '../support/test-mail-server';

// The transport is chosen from the environment on the first mail, so SMTP_URL is set before anything loads.
const smtpPort = vi.hoisted(() => {
  const port = 3131;
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  process.env.MAIL_FROM = 'Trajectory <trajectory@example.com>';
  process.env.APP_URL = 'https://trajectory.example.com';
  return port;
});

const mailServer = useTestMailServer(smtpPort);

const hourMs = 3_600_000;

async function userWith(
  name: string,
  profile: { timeZone: string; weekStartsOn: number },
  choices: Partial<typeof defaultReminderPreferences>,
): Promise<{ id: string; email: string }> {
  const id = await createTestUser(name);
  await updateUserProfile(id, profile);
  await saveReminderChoices(id, { ...defaultReminderPreferences, ...choices });
  const user = await findUserProfile(id);
  if (!user) throw new Error('no such user');
  return { id, email: user.email };
}

/** What one runner poll does at `now`: plan, then run what is due. */
async function tick(now: Date) {
  await planReminders(now);
  return runDueJobs([sendReminder], { now, limit: 50 });
}

/**
 * Ticks from `from` to `to` every `stepHours`, and returns each mail that arrived for `email` with the
 * clock value of the tick that sent it. `before` may change data at each tick first.
 */
async function run(
  email: string,
  from: string,
  to: string,
  stepHours: number,
  before?: (now: Date) => Promise<void>,
): Promise<{ at: string; mail: ReceivedMail['mail'] }[]> {
  const arrived: { at: string; mail: ReceivedMail['mail'] }[] = [];
  for (let t = Date.parse(from); t <= Date.parse(to); t += stepHours * hourMs) {
    const now = new Date(t);
    await before?.(now);
    const since = mailServer.received.length;
    await tick(now);
    for (const { envelopeTo, mail } of mailServer.received.slice(since)) {
      if (envelopeTo.includes(email)) arrived.push({ at: now.toISOString(), mail });
    }
  }
  return arrived;
}

const header = (mail: ReceivedMail['mail'], name: string) =>
  mail.headerLines.filter((line) => line.key === name.toLowerCase()).map((line) => line.line);

function unsubscribeRequest(url: string, method: 'GET' | 'POST', body = 'List-Unsubscribe=One-Click') {
  return new Request(url, {
    method,
    ...(method === 'POST' ? { body, headers: { 'content-type': 'application/x-www-form-urlencoded' } } : {}),
  });
}

describeOnEachDatabase('reminder mails', () => {
  it('send the weekly reminder once a week at the user’s hour across spring-forward, and none in a week already done', async () => {
    // Sundays at 09:00 in Berlin; clocks go forward on Sunday 28 March 2027.
    const user = await userWith(
      'berlin',
      { timeZone: 'Europe/Berlin', weekStartsOn: 1 },
      {
        weeklyOn: true,
        weeklyDay: 0,
        weeklyHour: 9,
      },
    );
    // The week of Monday 29 March is done before its Sunday.
    await db().insert(weeklyReflections).values({ userId: user.id, weekStart: '2027-03-29', alignment: 3 });
    const mails = await run(user.email, '2027-03-20T00:00:00Z', '2027-04-11T12:00:00Z', 1);
    expect(mails.map((m) => m.at)).toEqual([
      '2027-03-21T08:00:00.000Z', // 09:00 CET
      '2027-03-28T07:00:00.000Z', // 09:00 CEST, the day clocks change
      '2027-04-11T07:00:00.000Z',
    ]);
    const [first] = mails;
    expect(first?.mail.subject).toBe('Your weekly update for 15–21 Mar 2027 is waiting');
    expect(first?.mail.text).toContain('https://trajectory.example.com/weekly');
    expect(first?.mail.html).toContain('href="https://trajectory.example.com/weekly"');
    expect(first?.mail.messageId).toBe(reminderMessageId(`weekly:${user.id}:2027-03-21`));
  });

  it('across fall-back in New York, with the week start changed right after a reminder: one a week, none skipped', async () => {
    const user = await userWith(
      'new-york',
      { timeZone: 'America/New_York', weekStartsOn: 1 },
      {
        weeklyOn: true,
        weeklyDay: 0,
        weeklyHour: 9,
      },
    );
    const mails = await run(user.email, '2027-10-30T00:00:00Z', '2027-11-22T00:00:00Z', 1, async (now) => {
      // An hour after the Sunday reminder of 7 Nov (clocks went back that night), weeks start on Sunday.
      if (now.toISOString() === '2027-11-07T15:00:00.000Z') await updateUserProfile(user.id, { weekStartsOn: 0 });
    });
    expect(mails.map((m) => m.at)).toEqual([
      '2027-10-31T13:00:00.000Z', // 09:00 EDT
      '2027-11-07T14:00:00.000Z', // 09:00 EST
      '2027-11-14T14:00:00.000Z',
      '2027-11-21T14:00:00.000Z',
    ]);
  });

  it('catches up on a reminder still within its day after a restart, and drops one whose day is over', async () => {
    const user = await userWith(
      'restarted',
      { timeZone: 'UTC', weekStartsOn: 1 },
      {
        weeklyOn: true,
        weeklyDay: 3,
        weeklyHour: 9,
      },
    );
    // The server was down from Wednesday 08:00 to 20:00: the 09:00 reminder goes out at 20:00.
    expect((await run(user.email, '2027-05-05T20:00:00Z', '2027-05-05T23:00:00Z', 1)).map((m) => m.at)).toEqual([
      '2027-05-05T20:00:00.000Z',
    ]);
    // Down all of the next Wednesday: nothing is sent on Thursday for it.
    expect(await run(user.email, '2027-05-13T00:00:00Z', '2027-05-14T00:00:00Z', 1)).toEqual([]);
  });

  it('sends one mail per renewal step, linking to the certification', async () => {
    const user = await userWith(
      'certified',
      { timeZone: 'Europe/Berlin', weekStartsOn: 1 },
      { certificationsOn: true },
    );
    const certification = await createCertification(user.id, {
      name: 'Kubernetes <Admin>',
      issuer: 'CNCF',
      earnedOn: '2025-01-01',
      expiresOn: '2027-09-30',
      credentialId: '',
      credentialUrl: null,
    });
    if (!certification) throw new Error('no certification');
    // Every 6 hours: 09:00 in Berlin is 07:00 UTC, so the 12:00 UTC pass sends each.
    const mails = await run(user.email, '2027-07-25T00:00:00Z', '2027-10-02T00:00:00Z', 6);
    expect(mails.map((m) => [m.at, m.mail.subject])).toEqual([
      ['2027-08-01T12:00:00.000Z', 'Kubernetes <Admin> expires in 60 days'],
      ['2027-08-31T12:00:00.000Z', 'Kubernetes <Admin> expires in 30 days'],
      ['2027-09-23T12:00:00.000Z', 'Kubernetes <Admin> expires in 7 days'],
    ]);
    const html = mails[0]?.mail.html || '';
    expect(html).toContain('Kubernetes &lt;Admin&gt;');
    expect(html).not.toContain('<Admin>');
    expect(mails[0]?.mail.text).toContain(`https://trajectory.example.com/career/certifications/${certification.id}`);
  });

  it('reminds of an active goal a week ahead; a title with CR/LF stays in one Subject header', async () => {
    const user = await userWith('goal-setter', { timeZone: 'UTC', weekStartsOn: 1 }, { goalsOn: true });
    const goal = await createTestGoal(user.id, { targetDate: '2027-06-15' });
    if (!goal) throw new Error('no goal');
    // Titles are single-line in the form; an injected one is written straight to the database.
    const title = 'Ship it\r\nBcc: victim@example.com\r\nX-Injected: yes <b>bold</b>';
    await db().update(goals).set({ title }).where(eq(goals.id, goal.id));
    const mails = await run(user.email, '2027-06-01T00:00:00Z', '2027-06-16T00:00:00Z', 6);
    expect(mails.map((m) => m.at)).toEqual(['2027-06-08T12:00:00.000Z']);
    const [{ mail }] = mails as [(typeof mails)[number]];
    expect(header(mail, 'subject')).toHaveLength(1);
    expect(mail.subject).toBe('A week to go: Ship it Bcc: victim@example.com X-Injected: yes <b>bold</b>');
    expect(header(mail, 'bcc')).toEqual([]);
    expect(header(mail, 'x-injected')).toEqual([]);
    expect(mailServer.received.some((m) => m.envelopeTo.includes('victim@example.com'))).toBe(false);
    expect(mail.html).toContain('&lt;b&gt;bold&lt;/b&gt;');
    expect(mail.text).toContain(`https://trajectory.example.com/goals/${goal.id}`);
  });

  it('sends nothing while reminders are off, and re-checks at send time', async () => {
    const off = await userWith('quiet', { timeZone: 'UTC', weekStartsOn: 1 }, {});
    await createTestGoal(off.id, { targetDate: '2027-07-20' });
    expect(await run(off.email, '2027-07-01T00:00:00Z', '2027-07-25T00:00:00Z', 6)).toEqual([]);

    // Planned while on, turned off before the job ran: the job runs and sends nothing.
    const changed = await userWith(
      'changed-mind',
      { timeZone: 'UTC', weekStartsOn: 1 },
      {
        weeklyOn: true,
        weeklyDay: 5,
        weeklyHour: 16,
      },
    );
    const due = new Date('2027-07-02T16:00:00Z');
    const since = mailServer.received.length;
    await planReminders(due);
    await saveReminderChoices(changed.id, { ...defaultReminderPreferences, weeklyOn: false });
    const outcomes = await runDueJobs([sendReminder], { now: due, limit: 50 });
    expect(outcomes).toContainEqual(expect.objectContaining({ outcome: 'done' }));
    expect(mailServer.received.slice(since).filter((m) => m.envelopeTo.includes(changed.email))).toEqual([]);
  });

  it('planning for one user (right after they save their reminders) enqueues only theirs', async () => {
    const [saver, other] = await Promise.all(
      ['saver', 'bystander'].map((name) =>
        userWith(name, { timeZone: 'UTC', weekStartsOn: 1 }, { weeklyOn: true, weeklyDay: 3, weeklyHour: 10 }),
      ),
    );
    if (!saver || !other) throw new Error('users were not made');
    const now = new Date('2027-09-01T10:20:00Z'); // a Wednesday, 10:20 UTC
    expect(await planReminders(now, saver.id)).toBe(1);
    const planned = await db().select().from(jobs).where(eq(jobs.name, 'send-reminder'));
    const keysOf = (userId: string) => planned.filter((job) => job.userId === userId).map((job) => job.idempotencyKey);
    expect(keysOf(saver.id)).toEqual([`weekly:${saver.id}:2027-09-01`]);
    expect(keysOf(other.id)).toEqual([]);
  });

  it('two planners and two workers racing for the same due reminders send each once', async () => {
    const racers = await Promise.all(
      [1, 2, 3].map((n) =>
        userWith(`racer-${n}`, { timeZone: 'UTC', weekStartsOn: 1 }, { weeklyOn: true, weeklyDay: 1, weeklyHour: 7 }),
      ),
    );
    const now = new Date('2027-08-02T07:05:00Z');
    const since = mailServer.received.length;
    const made = await Promise.all([planReminders(now), planReminders(now)]);
    const outcomes = (
      await Promise.all([
        runDueJobs([sendReminder], { now, workerId: 'worker-a', limit: 50 }),
        runDueJobs([sendReminder], { now, workerId: 'worker-b', limit: 50 }),
      ])
    ).flat();
    const ids = new Set(racers.map((r) => r.id));
    const keys = (await db().select().from(jobs).where(eq(jobs.name, 'send-reminder'))).filter(
      (job) => job.userId !== null && ids.has(job.userId),
    );
    expect(keys).toHaveLength(3);
    expect(made[0] + made[1]).toBeGreaterThanOrEqual(3);
    expect(outcomes.filter((o) => o.outcome === 'done')).toHaveLength(3);
    for (const racer of racers) {
      expect(mailServer.received.slice(since).filter((m) => m.envelopeTo.includes(racer.email))).toHaveLength(1);
    }
    // A later pass the same day finds nothing new.
    await Promise.all([tick(new Date('2027-08-02T08:00:00Z')), tick(new Date('2027-08-02T08:00:00Z'))]);
    for (const racer of racers) {
      expect(mailServer.received.slice(since).filter((m) => m.envelopeTo.includes(racer.email))).toHaveLength(1);
    }
  });

  it('carries one-click unsubscribe headers; the signed link turns off that reminder only, for that user only', async () => {
    const user = await userWith(
      'unsubscriber',
      { timeZone: 'UTC', weekStartsOn: 1 },
      {
        weeklyOn: true,
        weeklyDay: 2,
        weeklyHour: 10,
        goalsOn: true,
      },
    );
    const other = await userWith('bystander', { timeZone: 'UTC', weekStartsOn: 1 }, { weeklyOn: true });
    const [{ mail }] = (await run(user.email, '2027-09-07T10:00:00Z', '2027-09-07T10:00:00Z', 1)) as [
      { at: string; mail: ReceivedMail['mail'] },
    ];
    const listUnsubscribe = header(mail, 'list-unsubscribe')
      .join('')
      .replace(/\r?\n[ \t]+/g, '');
    const oneClick = oneClickUnsubscribeUrl(user.id, 'weekly');
    expect(listUnsubscribe).toContain(oneClick);
    expect(header(mail, 'list-unsubscribe-post')).toEqual(['List-Unsubscribe-Post: List-Unsubscribe=One-Click']);
    expect(mail.text).toMatch(/https:\/\/trajectory\.example\.com\/unsubscribe\?user=[^&\s]+&kind=weekly&sig=[\w-]+/);

    const weeklyOf = async (id: string) => (await findReminderPreferences(id)).weeklyOn;
    // A GET (a mail scanner) changes nothing.
    const shown = unsubscribeGet(unsubscribeRequest(oneClick, 'GET'));
    expect(shown.status).toBe(303);
    expect(await weeklyOf(user.id)).toBe(true);

    // Tampered, another user's signature, malformed: refused, nothing changed, never a 500.
    const url = new URL(oneClick);
    const sig = url.searchParams.get('sig') ?? '';
    const variants = [
      oneClick.replace(`kind=weekly`, 'kind=goals'),
      oneClick.replace(user.id, other.id),
      oneClick.replace(sig, `${sig.slice(0, -2)}AA`),
      oneClick.replace(sig, '%%%not-base64'),
      oneClick.replace(`kind=weekly`, 'kind=everything'),
      oneClick.replace(user.id, 'not-a-uuid'),
      `${url.origin}${url.pathname}`,
    ];
    for (const variant of variants) {
      const answer = await unsubscribePost(unsubscribeRequest(variant, 'POST'));
      expect(answer.status, variant).toBe(400);
      expect(await answer.text()).toBe('This unsubscribe link is not valid.');
    }
    expect(await weeklyOf(user.id)).toBe(true);
    expect((await findReminderPreferences(user.id)).goalsOn).toBe(true);
    expect(await weeklyOf(other.id)).toBe(true);

    // The real one-click POST: weekly off for this user; their goal reminders and the other user untouched.
    const answer = await unsubscribePost(unsubscribeRequest(oneClick, 'POST'));
    expect(answer.status).toBe(200);
    expect(await weeklyOf(user.id)).toBe(false);
    expect((await findReminderPreferences(user.id)).goalsOn).toBe(true);
    expect(await weeklyOf(other.id)).toBe(true);
    // Sent again (a retried POST), it still answers 200 and changes nothing more.
    expect((await unsubscribePost(unsubscribeRequest(oneClick, 'POST'))).status).toBe(200);
    expect(await run(user.email, '2027-09-14T10:00:00Z', '2027-09-14T12:00:00Z', 1)).toEqual([]);
  });

  it('answers a POST with a broken body without a 500', async () => {
    const user = await userWith('broken-body', { timeZone: 'UTC', weekStartsOn: 1 }, { goalsOn: true });
    const kind: ReminderKind = 'goals';
    const link = oneClickUnsubscribeUrl(user.id, kind);
    const answer = await unsubscribePost(
      new Request(link, { method: 'POST', body: '\u0000\u00ff', headers: { 'content-type': 'multipart/form-data' } }),
    );
    expect(answer.status).toBe(200);
    expect((await findReminderPreferences(user.id)).goalsOn).toBe(false);
  });

  it('are part of the account export and import; an older file without them imports with reminders off', async () => {
    const choices = { weeklyOn: true, weeklyDay: 2, weeklyHour: 7, certificationsOn: false, goalsOn: true };
    const exporter = await userWith('exporter', { timeZone: 'UTC', weekStartsOn: 1 }, choices);
    const file = await exportAccount(exporter.id);
    expect(file?.reminders).toEqual(choices);

    const importer = await createTestUser('importer');
    await importAccount(importer, accountExportSchema.parse(JSON.parse(JSON.stringify(file))));
    expect(await findReminderPreferences(importer)).toEqual({ ...choices, weeklyLastSentOn: null });

    const { reminders: _reminders, ...olderFile } = file ?? {};
    const olderImporter = await createTestUser('older-importer');
    await importAccount(olderImporter, accountExportSchema.parse(JSON.parse(JSON.stringify(olderFile))));
    expect(await findReminderPreferences(olderImporter)).toEqual(defaultReminderPreferences);
  });
});
