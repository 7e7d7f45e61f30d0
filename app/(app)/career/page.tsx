import type { Metadata } from 'next';
import Link from 'next/link';
import { RecordSection } from '@/components/career/record-section';
import { ResumeDownload } from '@/components/career/resume-download';
import { FeedbackAndPeopleSection } from '@/components/feedback/feedback-and-people-section';
import { buttonClasses } from '@/components/ui/button-classes';
import { FlashToast } from '@/components/ui/flash-toast';
import { PageHeader } from '@/components/ui/page-header';
import { PayOverTimeTable } from '@/components/career/pay-over-time-table';
import { compensationSeries } from '@/lib/career/compensation';
import { requestNumberLocale } from '@/lib/server/number-locale';
import { recurringDevelopmentAreas } from '@/lib/feedback/recurring';
import { localDate } from '@/lib/dates/calendar';
import { requireUserWithHistory } from '@/lib/server/auth/session';
import { loadCareerView } from '@/db/loaders/record-views';
import { CertificationList, EducationList, PositionList, SkillList } from './record-lists';

export const metadata: Metadata = { title: 'Career' };

const savedMessages: Record<string, string> = {
  education: 'Education saved.',
  certification: 'Certification saved.',
  position: 'Position saved.',
  deleted: 'Deleted.',
};

export default async function CareerPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const { user, history } = await requireUserWithHistory();
  const { saved } = await searchParams;
  const today = localDate(new Date(), user.timeZone);
  const [{ skills, education, certifications, positions, pay, feedback, people }, locale] = await Promise.all([
    loadCareerView(history, today),
    requestNumberLocale(),
  ]);
  const payOverTime = compensationSeries(positions, pay);
  const current = positions.filter((position) => position.endedOn === null);

  return (
    <>
      {saved && savedMessages[saved] && <FlashToast message={savedMessages[saved]} />}
      <PageHeader
        title="Career"
        description="Skills, education and training, certifications, roles, feedback and people."
        actions={
          <div className="flex flex-wrap gap-2">
            <Link href="/career/timeline" className={buttonClasses('secondary')}>
              Positions timeline
            </Link>
            <Link href="/career/cv" className={buttonClasses('secondary')}>
              CV as PDF
            </Link>
            <ResumeDownload />
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
          <EducationList education={education} locale={locale} />
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
          <PositionList positions={positions} pay={pay} locale={locale} />
          {current.length > 1 && (
            <p className="text-sm text-slate-600 dark:text-slate-400">You have {current.length} current roles.</p>
          )}
          {payOverTime.length > 0 && (
            <section aria-labelledby="pay-over-time" className="space-y-3 pt-2">
              <h3 id="pay-over-time" className="font-semibold">
                Pay over time
              </h3>
              <p className="text-sm text-slate-600 dark:text-slate-400">
                Total yearly compensation over your roles, per currency. Add pay from a position’s page.
              </p>
              {payOverTime.map((series) => (
                <PayOverTimeTable key={series.currency} series={series} locale={locale} />
              ))}
            </section>
          )}
        </RecordSection>

        <FeedbackAndPeopleSection
          areas={recurringDevelopmentAreas(feedback)}
          feedbackCount={feedback.length}
          peopleCount={people.length}
        />
      </div>
    </>
  );
}
