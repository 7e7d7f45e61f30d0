import { renderCvPdf } from '@/components/career/cv-pdf';
import { loadCvRecord } from '@/db/loaders/cv';
import { requireUser } from '@/lib/server/auth/session';
import { buildCv, parseCvChoiceForm } from '@/lib/career/cv';
import { localDate } from '@/lib/dates/calendar';
import { numberLocaleOf } from '@/lib/format';

const refused = (message: string) =>
  new Response(message, {
    status: 400,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });

// The signed-in user's CV as a PDF, with the sections the CV form chose. A POST, so the profile text stays
// out of addresses and logs.
export async function POST(request: Request): Promise<Response> {
  const user = await requireUser();
  const formData = await request.formData().catch(() => null);
  if (!formData) return refused('Send the CV form to download your CV.');
  const parsed = parseCvChoiceForm(formData);
  if (!parsed.success) {
    const messages = [...new Set(Object.values(parsed.fieldErrors).flatMap((errors) => errors ?? []))];
    return refused(messages.join(' '));
  }
  const today = localDate(new Date(), user.timeZone);
  const pay = { include: parsed.data.includePay, locale: numberLocaleOf(request.headers.get('accept-language')) };
  const pdf = await renderCvPdf(buildCv(await loadCvRecord(user, today, pay), parsed.data, today));
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': 'attachment; filename="cv.pdf"',
      'Cache-Control': 'no-store',
    },
  });
}
