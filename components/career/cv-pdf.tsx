// The CV as a PDF, drawn on the server with @react-pdf/renderer in the review's fonts: a name, a profile,
// then the chosen sections, each entry's title and dates on one line. One page for most records, two for long ones.
import { Document, Page, renderToBuffer, StyleSheet, Text, View } from '@react-pdf/renderer';
import type { Cv, CvEntry, CvPart } from '@/lib/career/cv';
import { printableText } from '@/lib/printable-text';
import { pdfFontFamily } from '@/components/pdf/pdf-fonts';

const ink = '#0f172a';
const muted = '#475569';
const brand = '#0e7490';

const styles = StyleSheet.create({
  page: {
    paddingTop: 44,
    paddingBottom: 52,
    paddingHorizontal: 52,
    fontFamily: pdfFontFamily,
    fontSize: 10,
    color: ink,
  },
  // Line height on the content, not the page: on the page it hides the page numbers (react-pdf 4.9).
  content: { fontSize: 10, lineHeight: 1.4 },
  name: { fontWeight: 'bold', fontSize: 22, lineHeight: 1.2 },
  contact: { color: muted, marginTop: 2, marginBottom: 12 },
  profile: { marginBottom: 4 },
  heading: {
    fontWeight: 'bold',
    fontSize: 12,
    lineHeight: 1.3,
    color: brand,
    marginTop: 14,
    marginBottom: 6,
    paddingBottom: 2,
    borderBottomWidth: 0.75,
    borderBottomColor: '#cbd5e1',
  },
  entry: { marginBottom: 7 },
  entryHead: { flexDirection: 'row', justifyContent: 'space-between' },
  entryTitle: { fontWeight: 'bold', flex: 1, paddingRight: 8 },
  period: { color: muted },
  detail: { color: muted },
  line: { flexDirection: 'row', marginTop: 1 },
  bullet: { width: 10, color: muted },
  skills: { flexDirection: 'row', flexWrap: 'wrap' },
  skill: { width: '50%', marginBottom: 3, paddingRight: 8 },
  footer: { position: 'absolute', bottom: 26, left: 52, right: 52, fontSize: 8.5, color: muted, textAlign: 'right' },
});

function Entry({ entry }: { entry: CvEntry }) {
  return (
    <View style={styles.entry} wrap={false}>
      <View style={styles.entryHead}>
        <Text style={styles.entryTitle}>{printableText(entry.heading)}</Text>
        {entry.period && <Text style={styles.period}>{entry.period}</Text>}
      </View>
      {entry.detail && <Text style={styles.detail}>{printableText(entry.detail)}</Text>}
      {entry.lines.map((line, index) => (
        <View key={index} style={styles.line}>
          <Text style={styles.bullet}>•</Text>
          <Text style={{ flex: 1 }}>{printableText(line)}</Text>
        </View>
      ))}
    </View>
  );
}

/** Skills side by side, two to a row, each with its level. */
function Skills({ entries }: { entries: CvEntry[] }) {
  return (
    <View style={styles.skills}>
      {entries.map((entry, index) => (
        <Text key={index} style={styles.skill}>
          <Text style={{ fontWeight: 'bold' }}>{printableText(entry.heading)}</Text>
          {entry.detail ? ` – ${entry.detail}` : ''}
        </Text>
      ))}
    </View>
  );
}

/** A section's heading stays with its first entry, so no heading is left alone at a page's foot. */
function Part({ part }: { part: CvPart }) {
  const isSkills = part.section === 'technical-skills' || part.section === 'soft-skills';
  const [first, ...rest] = part.entries;
  return (
    <View>
      <View wrap={false}>
        <Text style={styles.heading}>{part.title}</Text>
        {isSkills ? <Skills entries={part.entries} /> : first && <Entry entry={first} />}
      </View>
      {!isSkills && rest.map((entry, index) => <Entry key={index} entry={entry} />)}
    </View>
  );
}

function CvDocument({ cv }: { cv: Cv }) {
  const name = printableText(cv.name);
  return (
    <Document title={`CV – ${name}`} author={name} creator="Trajectory" producer="Trajectory">
      <Page size="A4" style={styles.page}>
        {/* Page numbers only when the CV runs to a second page. */}
        <Text
          fixed
          style={styles.footer}
          render={({ pageNumber, totalPages }) =>
            totalPages > 1 ? `${name} · page ${pageNumber} of ${totalPages}` : ''
          }
        />
        <View style={styles.content}>
          <Text style={styles.name}>{name}</Text>
          <Text style={styles.contact}>{printableText(cv.email)}</Text>
          {cv.profile && <Text style={styles.profile}>{printableText(cv.profile)}</Text>}
          {cv.parts.map((part) => (
            <Part key={part.section} part={part} />
          ))}
        </View>
      </Page>
    </Document>
  );
}

export function renderCvPdf(cv: Cv): Promise<Buffer> {
  return renderToBuffer(<CvDocument cv={cv} />);
}
