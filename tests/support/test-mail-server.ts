// A real SMTP server inside the test process: mail sent through nodemailer (SMTP_URL pointing here)
// arrives over TCP, is parsed with mailparser and kept in order, and tests wait for it to arrive.
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll } from 'vitest';

export type ReceivedMail = { envelopeTo: string[]; mail: ParsedMail };

export type TestMailServer = {
  /** smtp://127.0.0.1:<port>, for SMTP_URL or createMailer. */
  url: string;
  received: ReceivedMail[];
  /** Resolves with the first mail to `address` that arrives after `since` mails, without polling a clock. */
  nextMailTo(address: string, since?: number): Promise<ReceivedMail>;
  close(): Promise<void>;
};

export async function startTestMailServer(port = 0): Promise<TestMailServer> {
  const received: ReceivedMail[] = [];
  const waiting = new Set<() => void>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push({ envelopeTo: session.envelope.rcptTo.map((to) => to.address), mail });
          for (const wake of waiting) wake();
          callback();
        })
        .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: boundPort } = server.server.address() as AddressInfo;

  function nextMailTo(address: string, since = 0): Promise<ReceivedMail> {
    const find = () => received.slice(since).find((mail) => mail.envelopeTo.includes(address));
    return new Promise((resolve) => {
      const check = () => {
        const found = find();
        if (!found) return;
        waiting.delete(check);
        resolve(found);
      };
      waiting.add(check);
      check();
    });
  }

  return {
    url: `smtp://127.0.0.1:${boundPort}`,
    received,
    nextMailTo,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * A test mail server for the test file that calls this at its top level: started before its tests, closed
 * after them. The file sets SMTP_URL to `port` in vi.hoisted, since the transport is chosen on the first mail.
 */
export function useTestMailServer(port: number): TestMailServer {
  let server: TestMailServer | undefined;
  beforeAll(async () => {
    server = await startTestMailServer(port);
  });
  afterAll(async () => {
    await server?.close();
  });
  const current = () => {
    if (!server) throw new Error('the test mail server starts in beforeAll');
    return server;
  };
  return {
    get url() {
      return current().url;
    },
    get received() {
      return current().received;
    },
    nextMailTo: (address, since) => current().nextMailTo(address, since),
    close: () => current().close(),
  };
}
