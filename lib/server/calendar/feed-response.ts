// The answer to GET /api/calendar/<file> (docs/security.md, "Calendar feed"). Anyone holding the URL may read
// it, so it sets no cookie and is kept by no cache; any file name that opens no feed (malformed, unknown,
// replaced or turned off) gets the same bare 404, before or after the database is asked.
import 'server-only';
import { loadCalendarFeed } from '@/db/loaders/calendar-feed';
import { feedSecretFromFileName } from '@/lib/calendar/feed-secret';
import { hashFeedSecret } from './feed-secret';

const privateHeaders = { 'Cache-Control': 'private, no-store', 'Referrer-Policy': 'no-referrer' };

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { ...privateHeaders, 'Content-Type': 'text/plain' } });
}

export async function calendarFeedResponse(fileName: string, now: Date): Promise<Response> {
  const secret = feedSecretFromFileName(fileName);
  if (!secret) return notFound();
  const feed = await loadCalendarFeed(hashFeedSecret(secret), now);
  if (feed === undefined) return notFound();
  return new Response(feed, {
    headers: {
      ...privateHeaders,
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'inline; filename="trajectory.ics"',
    },
  });
}
