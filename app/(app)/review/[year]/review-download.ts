import { findReviewNotes } from '@/db/queries/review/notes';
import { loadYearlyReview } from '@/db/loaders/review';
import { requireUser } from '@/lib/server/auth/session';
import { parseReviewYear } from '@/lib/review/year';
import { withoutPay } from '@/lib/review/review';
import { includesPay } from '@/lib/career/export-choices';
import { localDate } from '@/lib/dates/calendar';
import { numberLocaleOf } from '@/lib/format';

/** The download's answer when there is no review to give: 404, with a sentence saying why. */
const noReview = (sentence: string) =>
  new Response(sentence, {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });

/**
 * The signed-in user's review of the year in the URL, for the download routes; pay only when the download
 * was asked for with "Include pay" ticked (`?pay=1`). A year that is not a review year (not a year, or one
 * that has not begun) or that has nothing recorded gives a 404 Response instead, as the page offers no
 * download for it.
 */
export async function reviewForDownload(request: Request, params: Promise<{ year: string }>) {
  const user = await requireUser();
  const today = localDate(new Date(), user.timeZone);
  const requested = (await params).year;
  const parsed = parseReviewYear(requested, Number(today.slice(0, 4)));
  if (!parsed.ok)
    return noReview(
      parsed.problem === 'not begun'
        ? `${parsed.year} has not begun, so it has no review yet.`
        : `There is no review for “${requested.slice(0, 20)}”.`,
    );
  const { year } = parsed;
  const [review, notes] = await Promise.all([loadYearlyReview(user, year, today), findReviewNotes(user.id, year)]);
  if (!review.hasRecords) return noReview(`Nothing is recorded in ${year}, so there is no review of it to download.`);
  const withPay = includesPay(new URL(request.url).searchParams);
  const locale = numberLocaleOf(request.headers.get('accept-language'));
  return { user, review: withPay ? review : withoutPay(review), notes, locale };
}

export const downloadHeaders = (contentType: string, fileName: string) => ({
  'Content-Type': contentType,
  'Content-Disposition': `attachment; filename="${fileName}"`,
  'Cache-Control': 'no-store',
});
