// The List-Unsubscribe address of reminder mails (RFC 8058): a POST turns that reminder off without
// signing in; a GET (a person, or a mail scanner prefetching links) changes nothing and shows the page
// with a button. docs/security.md, "Unsubscribe links".
import { turnReminderOff } from '@/db/queries/reminders/settings';
import { unsubscribePath, unsubscribeQuery, verifyUnsubscribe } from '@/lib/server/reminders/unsubscribe-link';

export const dynamic = 'force-dynamic';

const notValid = 'This unsubscribe link is not valid.';

function seeOther(location: string): Response {
  // A relative Location: the page is on this same site, whatever host the request came through.
  return new Response(null, { status: 303, headers: { Location: location } });
}

function linkOf(request: Request) {
  const { searchParams } = new URL(request.url);
  return verifyUnsubscribe({
    user: searchParams.get('user'),
    kind: searchParams.get('kind'),
    sig: searchParams.get('sig'),
  });
}

export function GET(request: Request): Response {
  return seeOther(`${unsubscribePath}${new URL(request.url).search}`);
}

/** A mail client's one-click POST is answered in text; the page's own button is sent back to the page. */
export async function POST(request: Request): Promise<Response> {
  const fromPage = await request
    .formData()
    .then((form) => form.get('from') === 'page')
    .catch(() => false);
  const link = linkOf(request);
  if (!link) {
    return fromPage
      ? seeOther(`${unsubscribePath}${new URL(request.url).search}`)
      : new Response(notValid, { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  await turnReminderOff(link.userId, link.kind);
  if (fromPage) return seeOther(`${unsubscribePath}?${unsubscribeQuery(link.userId, link.kind)}&done=1`);
  return new Response('Unsubscribed.', { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
