import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { renderReviewPdf } from '@/components/review/review-pdf';
import { reviewWith } from '../support/hostile-review';

async function pdfText(review: ReturnType<typeof reviewWith>): Promise<string> {
  const pdf = await renderReviewPdf({ review, name: null, notes: { summary: '', highlights: [] } });
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

describe('the review PDF’s index chart', () => {
  it('is captioned with what it plots: the months across, the index on its 0–100 scale', async () => {
    const review = reviewWith('Plain words');
    const months = ['Dec 2024', 'Jan 2025', 'Feb 2025', 'Mar 2025'].map((label, index) => ({
      month: `2025-${String(index).padStart(2, '0')}`,
      label,
      score: 35 + index * 9,
    }));
    const text = await pdfText({ ...review, index: { ...review.index, atStart: 35, atEnd: 62, months } });
    expect(text).toContain(
      'The trajectory index at the end of each month from Dec 2024 to Mar 2025, on a scale from 0 (a job) to 100 (a career).',
    );
    // The axis under the chart names its months, not the vertical scale.
    expect(text).not.toMatch(/Dec 2024 0 is a job, 100 a career Mar 2025/);
  });
});
