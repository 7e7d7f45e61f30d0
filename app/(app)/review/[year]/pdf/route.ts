import { renderReviewPdf } from '@/components/review/review-pdf';
import { downloadHeaders, reviewForDownload } from '../review-download';

export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }): Promise<Response> {
  const download = await reviewForDownload(request, params);
  if (download instanceof Response) return download;
  const { user, review, notes, locale } = download;
  const pdf = await renderReviewPdf({ review, name: user.name, notes, locale });
  return new Response(new Uint8Array(pdf), {
    headers: downloadHeaders('application/pdf', `trajectory-review-${review.year}.pdf`),
  });
}
