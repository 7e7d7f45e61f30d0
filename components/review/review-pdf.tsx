// The yearly review as a PDF, drawn on the server with @react-pdf/renderer: clean type, the index
// chart as vector lines, page numbers.
import { Document, Line, Page, Polyline, renderToBuffer, StyleSheet, Svg, Text, View } from '@react-pdf/renderer';
import type { YearlyReview } from '@/lib/review/review';
import { achievementsSection, indexSentence, reviewSections } from '@/lib/review/sections';
import { dateLabel } from '@/lib/dates/calendar';
import { printableText } from '@/lib/printable-text';
import { pdfFontFamily } from '@/components/pdf/pdf-fonts';

const ink = '#0f172a';
const muted = '#475569';
const brand = '#0e7490';

const styles = StyleSheet.create({
  page: {
    paddingTop: 48,
    paddingBottom: 56,
    paddingHorizontal: 52,
    fontFamily: pdfFontFamily,
    fontSize: 10,
    color: ink,
  },
  // Line height on the content, not the page: on the page it hides the page numbers (react-pdf 4.9).
  // A factor is taken of the font size in the same style (else of react-pdf's default 18 pt), and
  // children inherit the result in points: hence the size beside it, and a line height per heading.
  content: { fontSize: 10, lineHeight: 1.45 },
  title: { fontWeight: 'bold', fontSize: 21, lineHeight: 1.25, marginBottom: 2 },
  period: { color: muted, marginBottom: 18 },
  heading: { fontWeight: 'bold', fontSize: 12.5, lineHeight: 1.3, color: brand, marginTop: 16, marginBottom: 6 },
  item: { flexDirection: 'row', marginBottom: 2 },
  bullet: { width: 12, color: muted },
  none: { color: muted, fontStyle: 'italic' },
  footer: { position: 'absolute', bottom: 28, fontSize: 8.5, color: muted },
});

function Item({ text }: { text: string }) {
  return (
    <View style={styles.item} wrap={false}>
      <Text style={styles.bullet}>•</Text>
      <Text style={{ flex: 1 }}>{text}</Text>
    </View>
  );
}

/** A heading with its lead and first item kept on one page, so no heading is left alone at a page's foot. */
function Section({ title, lead, items, none }: { title: string; lead?: string; items: string[]; none?: string }) {
  const [first, ...rest] = items;
  return (
    <View>
      <View wrap={false}>
        <Text style={styles.heading}>{title}</Text>
        {lead && <Text>{lead}</Text>}
        {first !== undefined ? <Item text={first} /> : none && <Text style={styles.none}>{none}</Text>}
      </View>
      {rest.map((item, index) => (
        <Item key={index} text={item} />
      ))}
    </View>
  );
}

/** What the chart plots: across, the months; up, the index on its 0–100 scale. */
function indexChartCaption(months: YearlyReview['index']['months']): string {
  const first = months[0]?.label;
  const last = months.at(-1)?.label;
  const span = first === last ? `at the end of ${first}` : `at the end of each month from ${first} to ${last}`;
  return `The trajectory index ${span}, on a scale from 0 (a job) to 100 (a career).`;
}

/** The index by month as a line on a 0–100 scale, with its caption. */
function IndexChart({ months }: { months: YearlyReview['index']['months'] }) {
  const [width, height] = [490, 120];
  const x = (index: number) => (months.length === 1 ? width / 2 : (index / (months.length - 1)) * (width - 40) + 30);
  const y = (score: number) => height - 14 - (score / 100) * (height - 24);
  return (
    <View wrap={false}>
      <Svg width={width} height={height}>
        {[0, 50, 100].map((tick) => (
          <Line key={tick} x1={30} x2={width - 10} y1={y(tick)} y2={y(tick)} stroke="#cbd5e1" strokeWidth={0.5} />
        ))}
        <Polyline
          points={months.map((point, index) => `${x(index)},${y(point.score)}`).join(' ')}
          stroke={brand}
          strokeWidth={2}
          fill="none"
        />
      </Svg>
      {[0, 50, 100].map((tick) => (
        <Text
          key={tick}
          style={{
            position: 'absolute',
            left: 0,
            width: 24,
            top: y(tick) - 5,
            fontSize: 8,
            lineHeight: 1,
            color: muted,
            textAlign: 'right',
          }}
        >
          {tick}
        </Text>
      ))}
      {/* The horizontal axis: the months, first and last. */}
      <View
        style={{ flexDirection: 'row', justifyContent: 'space-between', paddingLeft: 24, fontSize: 8, color: muted }}
      >
        <Text>{months[0]?.label}</Text>
        <Text>{months.at(-1)?.label}</Text>
      </View>
      <Text style={{ marginTop: 4, fontSize: 8.5, color: muted }}>{indexChartCaption(months)}</Text>
    </View>
  );
}

type Props = {
  review: YearlyReview;
  name: string | null;
  notes: { summary: string; highlights: string[] };
  /** The locale numbers are written in; the default when not given. */
  locale?: string;
};

function ReviewDocument({ review, name, notes, locale }: Props) {
  const achievements = achievementsSection(review, 'to', printableText, locale);
  return (
    <Document
      title={`Yearly review ${review.year}`}
      author={name ?? undefined}
      creator="Trajectory"
      producer="Trajectory"
    >
      <Page size="A4" style={styles.page}>
        {/* Fixed elements go first, so every page gets them before its content flows. */}
        <Text style={[styles.footer, { left: 52 }]} fixed>
          Trajectory · Yearly review {review.year}
        </Text>
        <Text
          fixed
          style={{
            position: 'absolute',
            bottom: 28,
            left: 52,
            right: 52,
            fontSize: 8.5,
            color: muted,
            textAlign: 'right',
          }}
          render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`}
        />
        <View style={styles.content}>
          <Text style={styles.title}>
            Yearly review {review.year}
            {name ? ` – ${printableText(name)}` : ''}
          </Text>
          <Text style={styles.period}>
            {dateLabel(review.start)} to {dateLabel(review.end)}
          </Text>

          <Section title={achievements.title} lead={achievements.lead} items={achievements.items} />

          <Text style={styles.heading}>Summary</Text>
          {notes.summary ? (
            <Text>{printableText(notes.summary)}</Text>
          ) : (
            <Text style={styles.none}>No summary written.</Text>
          )}
          <Section title="Highlights" items={notes.highlights.map(printableText)} none="No highlights picked." />

          <Text style={styles.heading}>Trajectory index</Text>
          {review.index.atEnd === null ? (
            <Text style={styles.none}>Not enough data for the index this year.</Text>
          ) : (
            <>
              <Text>{indexSentence(review, review.end < `${review.year}-12-31`)}</Text>
              {review.index.months.length > 0 && <IndexChart months={review.index.months} />}
            </>
          )}

          {reviewSections(review, 'to', printableText, locale).map((section) => (
            <Section
              key={section.id}
              title={section.title}
              lead={section.lead}
              items={section.items}
              none={section.none}
            />
          ))}
        </View>
      </Page>
    </Document>
  );
}

export function renderReviewPdf(props: Props): Promise<Buffer> {
  return renderToBuffer(<ReviewDocument {...props} />);
}
