// The e2e server's outbox: it has no SMTP_URL, so every mail is an .eml file in .e2e-data/outbox
// (scripts/e2e-server.mjs), read here as any mail client would open it.
import fs from 'node:fs/promises';
import path from 'node:path';
import { expect } from '@playwright/test';
import { simpleParser, type ParsedMail } from 'mailparser';

// Playwright runs from the repository's root, where scripts/e2e-server.mjs keeps its data. A spec that runs
// its own server (outage.spec.ts) passes that server's outbox.
export const e2eOutbox = path.join(process.cwd(), '.e2e-data', 'outbox');

/** The newest message in the outbox addressed to `email`, or undefined while none has been written. */
export async function newestMailTo(
  email: string,
  subject?: string,
  outbox = e2eOutbox,
): Promise<ParsedMail | undefined> {
  const names = await fs.readdir(outbox).catch(() => []);
  for (const name of names
    .filter((file) => file.endsWith('.eml'))
    .sort()
    .reverse()) {
    const raw = await fs.readFile(path.join(outbox, name));
    // Most messages are someone else's: only those naming the address are parsed.
    if (!raw.includes(email)) continue;
    const mail = await simpleParser(raw);
    const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
    if (!to.some((address) => address.value.some((entry) => entry.address === email))) continue;
    if (subject === undefined || mail.subject === subject) return mail;
  }
  return undefined;
}

/**
 * Waits for a mail to `email` with `subject` (the job runner sends it moments after the request) and
 * returns the first link in its text that matches `linkPattern`.
 */
export async function linkFromMail(
  email: string,
  subject: string,
  linkPattern: RegExp,
  outbox = e2eOutbox,
): Promise<string> {
  await expect
    .poll(async () => (await newestMailTo(email, subject, outbox))?.subject, { timeout: 30_000 })
    .toBe(subject);
  const mail = await newestMailTo(email, subject, outbox);
  const link = linkPattern.exec(mail?.text ?? '')?.[0];
  expect(link, `a link in the mail "${subject}" to ${email}`).toBeDefined();
  return link ?? '';
}

export const confirmationLinkPattern = /https?:\/\/\S+\/verify-email\?token=[A-Za-z0-9_-]{43}/;
