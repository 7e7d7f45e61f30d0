import type { Metadata } from 'next';
import Link from 'next/link';
import { RecordSection } from '@/components/career/record-section';
import { buttonClasses } from '@/components/ui/button-classes';
import { FlashToast } from '@/components/ui/flash-toast';
import { PageHeader } from '@/components/ui/page-header';
import { listCertifications } from '@/db/queries/career/certifications';
import { listEducation } from '@/db/queries/career/education';
import { listPositions } from '@/db/queries/career/positions';
import { listSkillsWithLevels } from '@/db/queries/career/skills';
import { localDate } from '@/lib/dates/calendar';
import { requireUser } from '@/lib/server/auth/session';
import { CertificationList, EducationList, PositionList, SkillList } from './record-lists';

export const metadata: Metadata = { title: 'Career' };

const savedMessages: Record<string, string> = {
  education: 'Education saved.',
  certification: 'Certification saved.',
  position: 'Position saved.',
  deleted: 'Deleted.',
};

export default async function CareerPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const user = await requireUser();
  const { saved } = await searchParams;
  const today = localDate(new Date(), user.timeZone);
  const [skills, education, certifications, positions] = await Promise.all([
    listSkillsWithLevels(user.id, today),
    listEducation(user.id),
    listCertifications(user.id),
    listPositions(user.id),
  ]);
  const current = positions.filter((position) => position.endedOn === null);

  return (
    <>
      {saved && savedMessages[saved] && <FlashToast message={savedMessages[saved]} />}
      <PageHeader
        title="Career"
        description="Skills, education and training, certifications and roles."
        actions={
          <div className="flex flex-wrap gap-2">
            <Link href="/career/timeline" className={buttonClasses('secondary')}>
              Positions timeline
            </Link>
            <Link href="/career/cv" className={buttonClasses('secondary')}>
              CV as PDF
            </Link>
            <a href="/career/resume.json" download className={buttonClasses('secondary')}>
              Download as JSON Resume
            </a>
          </div>
        }
      />
      <div className="space-y-10">
        <RecordSection id="skills" title="Skills" addHref="/career/skills/new" addLabel="Add a skill">
          <SkillList skills={skills} />
        </RecordSection>

        <RecordSection
          id="education"
          title="Education and training"
          addHref="/career/education/new"
          addLabel="Add education"
        >
          <EducationList education={education} />
        </RecordSection>

        <RecordSection
          id="certifications"
          title="Certifications"
          addHref="/career/certifications/new"
          addLabel="Add a certification"
        >
          <CertificationList certifications={certifications} today={today} />
        </RecordSection>

        <RecordSection id="positions" title="Positions" addHref="/career/positions/new" addLabel="Add a position">
          <PositionList positions={positions} />
          {current.length > 1 && (
            <p className="text-sm text-slate-600 dark:text-slate-400">You have {current.length} current roles.</p>
          )}
        </RecordSection>
      </div>
    </>
  );
}
