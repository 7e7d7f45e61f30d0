// Sends email through SMTP_URL, or, with no SMTP configured, writes each message as a standard .eml
// file to DATA_DIR/outbox and logs its subject and first link. Call it from a job (docs/jobs.md).
import 'server-only';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';
import { env } from '@/lib/env';
import { logger } from '@/lib/server/log/logger';
import type { EmailContent } from './render-email';

export type EmailMessage = EmailContent & {
  to: string;
  /** Extra headers, such as oneClickUnsubscribeHeaders(url) on reminders. */
  headers?: Record<string, string>;
  /** A fixed Message-ID ("<…@…>"), so a resent copy is recognisably the same message; nodemailer's own otherwise. */
  messageId?: string;
};

export type SentEmail = { messageId: string; outboxFile: string | null };

export type MailSettings = { smtpUrl: string | undefined; mailFrom: string; dataDir: string };

export type Mailer = { send(message: EmailMessage): Promise<SentEmail> };

/** RFC 8058 one-click unsubscribe: mail clients show an unsubscribe button that POSTs to `url`. */
export function oneClickUnsubscribeHeaders(url: string): Record<string, string> {
  return { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}

export function createMailer(settings: MailSettings): Mailer {
  return settings.smtpUrl
    ? smtpMailer(settings.smtpUrl, settings.mailFrom)
    : outboxMailer(path.join(settings.dataDir, 'outbox'), settings.mailFrom);
}

let mailer: Mailer | undefined;

/** Sends through the transport the environment names, chosen on the first call. */
export function sendEmail(message: EmailMessage): Promise<SentEmail> {
  const { smtpUrl, mailFrom, dataDir } = env();
  mailer ??= createMailer({ smtpUrl, mailFrom, dataDir });
  return mailer.send(message);
}

function mailOptions(from: string, message: EmailMessage): Mail.Options {
  const { to, subject, text, html, headers, messageId } = message;
  return { from, to, subject, text, html, headers, messageId };
}

function smtpMailer(url: string, from: string): Mailer {
  // Shorter than nodemailer's defaults (up to 10 minutes) so one message ends well within a job's lease.
  const transport = nodemailer.createTransport({
    url,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
  return {
    async send(message) {
      const info = await transport.sendMail(mailOptions(from, message));
      return { messageId: info.messageId, outboxFile: null };
    },
  };
}

function outboxMailer(folder: string, from: string): Mailer {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  return {
    async send(message) {
      const info = await transport.sendMail(mailOptions(from, message));
      if (!Buffer.isBuffer(info.message)) throw new Error('The outbox transport returned a stream instead of a buffer');
      await fs.mkdir(folder, { recursive: true });
      // Sortable by time; private to the server's user, since a message may carry a sign-in link.
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}.eml`;
      const file = path.join(folder, name);
      await fs.writeFile(file, info.message, { mode: 0o600 });
      // With no mail server, the person running Trajectory is the only way a message reaches anyone (the
      // reset link of someone running it alone, say), so the log names it and its links in full. Messages
      // sent through SMTP are never logged like this.
      logger().info(
        { outboxFile: file, to: message.to, subject: message.subject, links: linksIn(message.text) },
        'email written to the outbox',
      );
      return { messageId: info.messageId, outboxFile: file };
    },
  };
}

/** The web links of a plain-text body, in order, each once; punctuation that ends a sentence is not part of one. */
export function linksIn(text: string): string[] {
  const links = (text.match(/https?:\/\/[^\s<>"]+/g) ?? []).map((link) => link.replace(/[).,;:!?]+$/, ''));
  return [...new Set(links)];
}
