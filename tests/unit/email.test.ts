import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseEnvironment } from '@/lib/env';
import { escapeHtml, html } from '@/lib/server/email/html';
import { renderEmail, type EmailTemplate } from '@/lib/server/email/render-email';
import { createMailer, linksIn, oneClickUnsubscribeHeaders, sendEmail } from '@/lib/server/email/send-email';
import { forgetLoggedLines, loggedLines, loggedText } from '../support/captured-log';
import { startTestMailServer } from '../support/test-mail-server';

vi.mock('@/lib/server/log/logger', async (original) =>
  (await import('../support/captured-log')).capturingLoggerModule(await original()),
);

type ReminderData = { name: string; goalTitle: string; link: string };

const reminder: EmailTemplate<ReminderData> = ({ name, goalTitle, link }) => ({
  subject: `Your week: ${goalTitle}`,
  text: `Hello ${name},\n\nHow did "${goalTitle}" go this week?\n${link}`,
  html: html`<p>Hello ${name},</p>
    <p>How did <strong>${goalTitle}</strong> go this week?</p>
    <p><a href="${link}">Write your update</a></p>`,
});

const hostile = {
  name: `<script>alert("x")</script> & Ada's`,
  goalTitle: 'Ship <b>it</b>',
  link: 'https://trajectory.example/weekly?week=2030-01-07&from=mail',
};

let dataDir = '';
beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'trajectory-email-'));
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));
afterEach(() => {
  vi.restoreAllMocks();
  forgetLoggedLines();
});

const outbox = (dir: string) => path.join(dir, 'outbox');

function outboxFiles(dir: string): string[] {
  return fs.existsSync(outbox(dir)) ? fs.readdirSync(outbox(dir)) : [];
}

async function sendToFreshOutbox(message: Parameters<ReturnType<typeof createMailer>['send']>[0]) {
  const dir = fs.mkdtempSync(path.join(dataDir, 'case-'));
  const mailer = createMailer({ smtpUrl: undefined, mailFrom: 'Trajectory <hello@trajectory.example>', dataDir: dir });
  const sent = await mailer.send(message);
  const files = outboxFiles(dir);
  const raw = files[0] ? fs.readFileSync(path.join(outbox(dir), files[0]), 'utf8') : '';
  return { dir, sent, files, raw, parsed: await simpleParser(raw) };
}

const headerLine = (parsed: ParsedMail, key: string) => parsed.headerLines.find((line) => line.key === key)?.line;

describe('html templates', () => {
  it('escape every interpolated value and keep nested html as markup', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    const item = (text: string) => html`<li>${text}</li>`;
    const items = ['<i>', 'b&c'].map(item);
    // Prettier would lay this markup out on several lines; the test compares it exactly.
    // prettier-ignore
    expect(html`<ul>${items}</ul>${null}${false}${3}`.value).toBe('<ul><li>&lt;i&gt;</li><li>b&amp;c</li></ul>3');
  });

  it('renderEmail wraps both parts in the shared layout with the product name', () => {
    const email = renderEmail(reminder, hostile);
    expect(email.subject).toBe('Your week: Ship <b>it</b>');
    expect(email.text).toMatch(/^Hello <script>alert\("x"\)<\/script> & Ada's,/);
    expect(email.text).toMatch(/\n-- \nTrajectory: Turn a job into a career\.\n$/);
    expect(email.html).toContain('<title>Your week: Ship &lt;b&gt;it&lt;/b&gt;</title>');
    expect(email.html).toContain('<p>Hello &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Ada&#39;s,</p>');
    expect(email.html).toContain('href="https://trajectory.example/weekly?week=2030-01-07&amp;from=mail"');
    expect(email.html).not.toContain('<script>');
    expect(email.html).toMatch(/<p [^>]*>Trajectory<\/p>/);
  });
});

describe('the outbox, when no SMTP server is configured', () => {
  it('gets one .eml per message with a plain-text and an HTML part, the subject, the sender and escaped user text', async () => {
    const { dir, sent, files, raw, parsed } = await sendToFreshOutbox({
      to: 'ada@example.com',
      ...renderEmail(reminder, hostile),
    });

    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^\d{4}-\d\d-\d\dT[\d-]+Z-[0-9a-f]{8}\.eml$/);
    expect(sent.messageId).toMatch(/^<.+@.+>$/);
    expect(sent.outboxFile).toBe(path.join(dir, 'outbox', files[0] ?? 'missing'));
    expect(raw).toContain('\r\n');
    expect(parsed.headers.get('content-type')).toMatchObject({ value: 'multipart/alternative' });
    expect(raw).toMatch(/Content-Type: text\/plain; charset=utf-8/);
    expect(raw).toMatch(/Content-Type: text\/html; charset=utf-8/);

    expect(parsed.subject).toBe('Your week: Ship <b>it</b>');
    expect(parsed.from?.value).toEqual([{ address: 'hello@trajectory.example', name: 'Trajectory' }]);
    expect(parsed.messageId).toBe(sent.messageId);
    expect(parsed.text).toContain(`Hello <script>alert("x")</script> & Ada's,`);
    expect(parsed.html).toContain('Hello &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Ada&#39;s,');
    expect(parsed.html).not.toContain('<script>');

    // With no mail server the person running Trajectory delivers by hand: the log names the message and its link.
    expect(loggedLines()).toEqual([
      expect.objectContaining({
        level: 'info',
        msg: 'email written to the outbox',
        outboxFile: sent.outboxFile,
        to: 'ada@example.com',
        subject: 'Your week: Ship <b>it</b>',
        links: [hostile.link],
      }),
    ]);
  });

  it('carries List-Unsubscribe and List-Unsubscribe-Post when given, and no such header otherwise', async () => {
    const unsubscribe = 'https://trajectory.example/unsubscribe?token=abc';
    const withHeaders = await sendToFreshOutbox({
      to: 'ada@example.com',
      ...renderEmail(reminder, hostile),
      headers: oneClickUnsubscribeHeaders(unsubscribe),
    });
    expect(headerLine(withHeaders.parsed, 'list-unsubscribe')).toBe(`List-Unsubscribe: <${unsubscribe}>`);
    expect(headerLine(withHeaders.parsed, 'list-unsubscribe-post')).toBe(
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    );

    const without = await sendToFreshOutbox({ to: 'ada@example.com', ...renderEmail(reminder, hostile) });
    expect(headerLine(without.parsed, 'list-unsubscribe')).toBeUndefined();
  });

  it('keeps a subject with line breaks on one header line, so user text cannot add headers', async () => {
    const { parsed } = await sendToFreshOutbox({
      to: 'ada@example.com',
      ...renderEmail(reminder, { ...hostile, goalTitle: 'x\r\nBcc: eve@example.com' }),
    });
    expect(parsed.subject).toBe('Your week: x Bcc: eve@example.com');
    expect(parsed.bcc).toBeUndefined();
    expect(headerLine(parsed, 'bcc')).toBeUndefined();
  });

  it('logs nothing of a message sent through an SMTP server, which delivers it', async () => {
    const server = await startTestMailServer();
    try {
      const dir = fs.mkdtempSync(path.join(dataDir, 'smtp-'));
      const mailer = createMailer({
        smtpUrl: server.url,
        mailFrom: 'Trajectory <hello@trajectory.example>',
        dataDir: dir,
      });
      await mailer.send({ to: 'ada@example.com', ...renderEmail(reminder, hostile) });
      const { mail } = await server.nextMailTo('ada@example.com');
      expect(mail.subject).toBe('Your week: Ship <b>it</b>');
      expect(outboxFiles(dir)).toHaveLength(0);
      expect(loggedText()).not.toContain('Ship');
      expect(loggedText()).not.toContain(hostile.link);
    } finally {
      await server.close();
    }
  });

  it('sendEmail writes to DATA_DIR/outbox when SMTP_URL is unset', async () => {
    const dir = fs.mkdtempSync(path.join(dataDir, 'env-'));
    vi.stubEnv('DATA_DIR', dir);
    vi.stubEnv('SMTP_URL', '');
    try {
      const sent = await sendEmail({ to: 'ada@example.com', ...renderEmail(reminder, hostile) });
      expect(outboxFiles(dir)).toHaveLength(1);
      expect(sent.outboxFile).toBe(path.join(outbox(dir), outboxFiles(dir)[0] ?? ''));
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe('mail settings', () => {
  it('default to the outbox and a local sender', () => {
    expect(parseEnvironment({})).toMatchObject({ smtpUrl: undefined, mailFrom: 'Trajectory <trajectory@localhost>' });
  });

  it('read an SMTP server and a sender', () => {
    const env = parseEnvironment({
      SMTP_URL: 'smtps://user:pw@mail.example.com:465',
      MAIL_FROM: 'Trajectory <hello@example.com>',
    });
    expect(env).toMatchObject({
      smtpUrl: 'smtps://user:pw@mail.example.com:465',
      mailFrom: 'Trajectory <hello@example.com>',
    });
    expect(parseEnvironment({ MAIL_FROM: 'hello@example.com' }).mailFrom).toBe('hello@example.com');
  });

  it('name each bad mail setting, and a missing sender when a server is set', () => {
    const bad = () => parseEnvironment({ SMTP_URL: 'http://mail.example.com', MAIL_FROM: 'Trajectory' });
    expect(bad).toThrow('SMTP_URL must start with smtp:// or smtps:// and name a host');
    expect(bad).toThrow('MAIL_FROM must be an email address');
    const missing = () => parseEnvironment({ SMTP_URL: 'smtp://mail.example.com', DATABASE_POOL_SIZE: '0' });
    expect(missing).toThrow('MAIL_FROM: MAIL_FROM is required when SMTP_URL is set');
    expect(missing).toThrow('DATABASE_POOL_SIZE must be a whole number from 1 to 100');
  });
});

describe('the links of a plain-text mail, as the log names them', () => {
  it('leaves out the punctuation that ends a sentence or closes a bracket', () => {
    const text =
      'Open https://app.example/verify?token=a_b-c. Or (https://app.example/forgot-password), then https://app.example/x';
    expect(linksIn(text)).toEqual([
      'https://app.example/verify?token=a_b-c',
      'https://app.example/forgot-password',
      'https://app.example/x',
    ]);
  });
});
