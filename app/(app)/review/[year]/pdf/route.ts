import { renderReviewPdf } from '@/components/review/review-pdf';
import { downloadHeaders, reviewForDownload } from '../review-download';

export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }): Promise<Response> {
  const { user, review, notes, locale } = await reviewForDownload(request, params);
  const pdf = await renderReviewPdf({ review, name: user.name, notes, locale });
  return new Response(new Uint8Array(pdf), {
    headers: downloadHeaders('application/pdf', `trajectory-review-${review.year}.pdf`),
  });
}
