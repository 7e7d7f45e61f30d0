// Email templates: a function of typed data gives the subject and both bodies; renderEmail wraps them
// in the layout every Trajectory email shares.
import 'server-only';
import { html, type SafeHtml } from './html';

/** What a template writes. The HTML comes from `html` templates, so interpolated text is escaped. */
export type EmailBody = { subject: string; text: string; html: SafeHtml };

export type EmailTemplate<Data> = (data: Data) => EmailBody;

/** A finished email: one plain-text and one HTML version of the same message. */
export type EmailContent = { subject: string; text: string; html: string };

const productName = 'Trajectory';
const tagline = 'Turn a job into a career.';

export function renderEmail<Data>(template: EmailTemplate<Data>, data: Data): EmailContent {
  const body = template(data);
  const subject = body.subject.replace(/\s+/g, ' ').trim();
  return { subject, text: layoutText(body.text), html: layoutHtml(subject, body.html).value };
}

function layoutText(text: string): string {
  // "-- " on a line of its own is the signature separator mail clients recognise.
  return `${text.trim()}\n\n-- \n${productName}: ${tagline}\n`;
}

function layoutHtml(subject: string, content: SafeHtml): SafeHtml {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${subject}</title>
      </head>
      <body style="margin:0;padding:0;background:#f4f4f5;">
        <div
          style="max-width:560px;margin:0 auto;padding:24px;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;font-size:16px;line-height:1.5;color:#18181b;"
        >
          <p style="margin:0 0 16px;font-size:18px;font-weight:700;">${productName}</p>
          <div style="background:#ffffff;border-radius:8px;padding:24px;">${content}</div>
          <p style="margin:16px 0 0;font-size:13px;color:#52525b;">${productName}: ${tagline}</p>
        </div>
      </body>
    </html> `;
}
