// The call-to-action link of an email, the same in every message.
import 'server-only';
import { html, type SafeHtml } from './html';

export function linkButton(url: string, label: string): SafeHtml {
  return html`<p style="margin:0 0 16px;">
    <a
      href="${url}"
      style="display:inline-block;background:#1d4ed8;color:#ffffff;padding:10px 16px;border-radius:6px;text-decoration:none;font-weight:600;"
      >${label}</a
    >
  </p>`;
}

/** "Hi Ada," or "Hi," : the name is the user's own text, escaped in HTML and never in a header. */
export function greeting(name: string | null): string {
  const trimmed = name?.replace(/\s+/g, ' ').trim();
  return trimmed ? `Hi ${trimmed},` : 'Hi,';
}
