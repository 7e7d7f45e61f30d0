import { describe, expect, it } from 'vitest';
import { describeMailTarget } from '@/lib/startup/mail-target';

describe('the start-up line about email', () => {
  it('says, with no SMTP server, that messages go to the outbox folder and their links to the log', () => {
    const line = describeMailTarget({ smtpUrl: undefined, mailFrom: 'Trajectory <t@localhost>', dataDir: '/srv/data' });
    expect(line).toContain('no SMTP_URL is set');
    expect(line).toContain('/srv/data/outbox');
    expect(line).toContain('link');
  });

  it("names the SMTP server and sender but never the server's user or password", () => {
    const line = describeMailTarget({
      smtpUrl: 'smtps://mailer:s3cret-pw@mail.example.com',
      mailFrom: 'Trajectory <hello@example.com>',
      dataDir: '/srv/data',
    });
    expect(line).toBe('sent through smtps://mail.example.com:465 from Trajectory <hello@example.com>');
    expect(line).not.toContain('s3cret');
    expect(line).not.toContain('mailer');
  });

  it('gives the port SMTP uses when the URL names none, and the one it names otherwise', () => {
    const describe = (smtpUrl: string) => describeMailTarget({ smtpUrl, mailFrom: 'a@b.c', dataDir: '/d' });
    expect(describe('smtp://mail.example.com')).toContain('smtp://mail.example.com:587');
    expect(describe('smtp://user:pw@127.0.0.1:2525')).toContain('smtp://127.0.0.1:2525');
  });
});
