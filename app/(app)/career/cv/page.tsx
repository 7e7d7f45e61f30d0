import type { Metadata } from 'next';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { loadCvView } from '@/db/loaders/record-views';
import { requireUserWithHistory } from '@/lib/server/auth/session';
import { cvSectionLabels, cvSections, type CvSection } from '@/lib/career/cv';
import { localDate } from '@/lib/dates/calendar';
import { CvForm } from './cv-form';

export const metadata: Metadata = { title: 'CV' };

export default async function CvPage() {
  const { user, history } = await requireUserWithHistory();
  const record = await loadCvView(history, user, localDate(new Date(), user.timeZone));
  const counts: Record<CvSection, number> = {
    positions: record.positions.length,
    education: record.education.length,
    certifications: record.certifications.length,
    'technical-skills': record.skills.filter((skill) => skill.kind === 'technical').length,
    'soft-skills': record.skills.filter((skill) => skill.kind === 'soft').length,
  };
  return (
    <>
      <PageHeader
        title="CV"
        description="A one- or two-page PDF of your career record to hand to a manager or a recruiter. Choose what it shows; nothing is saved."
        trail={[{ href: '/career', label: 'Career' }]}
      />
      <Card className="max-w-2xl">
        <CvForm
          sections={cvSections.map((section) => ({
            id: section,
            label: cvSectionLabels[section],
            count: counts[section],
          }))}
          defaultName={user.name ?? user.email}
        />
      </Card>
    </>
  );
}
