import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CertificationForm, EducationForm, PositionForm, SkillForm } from '@/components/career/career-forms';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/server/auth/session';
import { localDate } from '@/lib/dates/calendar';
import { saveCertification, saveEducation, savePosition, saveSkill } from '../../actions';
import { isCareerSection, sectionNouns } from '../../sections';

export const metadata: Metadata = { title: 'Add to your career record' };

export default async function NewCareerEntryPage({ params }: { params: Promise<{ section: string }> }) {
  const user = await requireUser();
  const { section } = await params;
  if (!isCareerSection(section)) notFound();
  const today = localDate(new Date(), user.timeZone);
  const label = `Add ${sectionNouns[section]}`;
  return (
    <>
      <PageHeader title={section === 'education' ? 'Add education or training' : `Add a ${sectionNouns[section]}`} />
      <div className="max-w-2xl rounded-xl border border-slate-200 bg-white p-4 sm:p-6 dark:border-slate-800 dark:bg-slate-900">
        {section === 'skills' && <SkillForm action={saveSkill.bind(null, null)} initial={{ targetLevel: '4', assessedOn: today }} submitLabel={label} withFirstAssessment />}
        {section === 'education' && <EducationForm action={saveEducation.bind(null, null)} initial={{}} submitLabel={label} />}
        {section === 'certifications' && <CertificationForm action={saveCertification.bind(null, null)} initial={{ earnedOn: today }} submitLabel={label} />}
        {section === 'positions' && <PositionForm action={savePosition.bind(null, null)} initial={{ employmentType: 'full_time', payBasis: 'salary', hasBenefits: 'on' }} submitLabel={label} />}
      </div>
    </>
  );
}
