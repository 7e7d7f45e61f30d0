// A user's calendar feed at /api/calendar/<secret>.ics, opened by calendar apps without a session.
import { calendarFeedResponse } from '@/lib/server/calendar/feed-response';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return calendarFeedResponse((await params).file, new Date());
}
