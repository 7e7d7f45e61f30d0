// The yearly review's Markdown sections in the order a reader meets them: one list for every test that reads
// the file's outline, so a new section is added to all of them at once.
const sections = [
  'Achievements',
  'Summary',
  'Highlights',
  'Trajectory index',
  'Next role',
  'Goals achieved',
  'Long-term goals',
  'Short-term goals',
  'Skills gained',
  'Training',
  'Certifications',
  'Positions and promotions',
  'Work-life balance',
  'Pay',
  'Feedback received',
  'People',
  'Weekly consistency',
];

/** The `##` headings of a review's Markdown; Pay only when the file includes pay. */
export function reviewSectionHeadings({ withPay }: { withPay: boolean }): string[] {
  return sections.filter((section) => withPay || section !== 'Pay').map((section) => `## ${section}`);
}
