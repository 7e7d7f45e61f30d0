import { notFound } from 'next/navigation';
import { findReviewNotes } from '@/db/queries/review/notes';
import { loadYearlyReview } from '@/db/loaders/review';
import { requireUser } from '@/lib/server/auth/session';
import { parseReviewYear } from '@/lib/review/year';
import { withoutPay } from '@/lib/review/review';
import { includesPay } from '@/lib/career/export-choices';
import { localDate } from '@/lib/dates/calendar';
import { numberLocaleOf } from '@/lib/format';

/**
 * The signed-in user's review of the year in the URL, for the download routes; pay only when the download
 * was asked for with "Include pay" ticked (`?pay=1`).
 */
export async function reviewForDownload(request: Request, params: Promise<{ year: string }>) {
  const user = await requireUser();
  const today = localDate(new Date(), user.timeZone);
  const year = parseReviewYear((await params).year, Number(today.slice(0, 4)));
  if (year === null) notFound();
  const [review, notes] = await Promise.all([loadYearlyReview(user, year, today), findReviewNotes(user.id, year)]);
  const withPay = includesPay(new URL(request.url).searchParams);
  const locale = numberLocaleOf(request.headers.get('accept-language'));
  return { user, review: withPay ? review : withoutPay(review), notes, locale };
}

export const downloadHeaders = (contentType: string, fileName: string) => ({
  'Content-Type': contentType,
  'Content-Disposition': `attachment; filename="${fileName}"`,
  'Cache-Control': 'no-store',
});
