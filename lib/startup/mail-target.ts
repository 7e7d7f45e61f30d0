// How start-up names where email goes: the SMTP server's host (never its user or password, since this line
// is printed and logged), or the outbox folder that stands in for one.
import 'server-only';
import path from 'node:path';

export type MailTargetDescription = { smtpUrl: string | undefined; mailFrom: string; dataDir: string };

export function describeMailTarget({ smtpUrl, mailFrom, dataDir }: MailTargetDescription): string {
  if (!smtpUrl) {
    const outbox = path.join(dataDir, 'outbox');
    return `no SMTP_URL is set, so email is not sent: each message is written to ${outbox} and its subject and link are printed in this log`;
  }
  return `sent through ${smtpLocation(smtpUrl)} from ${mailFrom}`;
}

function smtpLocation(url: string): string {
  try {
    const parsed = new URL(url);
    const secure = parsed.protocol === 'smtps:';
    return `${parsed.protocol}//${parsed.hostname}:${parsed.port || (secure ? '465' : '587')}`;
  } catch {
    return 'the SMTP server in SMTP_URL';
  }
}
