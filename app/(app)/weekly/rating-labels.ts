// The words of the weekly form's 1–5 ratings, shared by the form and by what another tab saved.
export const confidenceLabels = ['', 'Very unlikely', 'Unlikely', 'Unsure', 'Likely', 'Very likely'];
export const alignmentLabels = ['', 'Not at all', 'A little', 'Somewhat', 'Mostly', 'Fully'];
export { balanceLabels } from '@/lib/weekly/balance-scale';

/** "4 – Mostly", or the number alone when it is not a rating. */
export function ratingText(rating: string | undefined, labels: readonly string[]): string {
  const label = labels[Number(rating)];
  return label ? `${rating} – ${label}` : (rating ?? '');
}
