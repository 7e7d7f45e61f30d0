import type { Metadata } from 'next';
import { InAppLink } from '@/components/ui/in-app-link';
import { EntryCards } from '@/components/career/entry-cards';
import { EmptyRecord, RecordSection } from '@/components/career/record-section';
import { ResumeDownload } from '@/components/career/resume-download';
import { FeedbackAndPeopleSection } from '@/components/feedback/feedback-and-people-section';
import { buttonClasses } from '@/components/ui/button-classes';
import { FlashToast } from '@/components/ui/flash-toast';
import { PageHeader } from '@/components/ui/page-header';
import { PlainDataTable } from '@/components/ui/plain-table';
import { careerPageValue } from '@/db/loaders/derived-values';
import { memoViewWhileHistoryUnchanged } from '@/db/loaders/history-memo';
import { loadCareerView } from '@/db/loaders/record-views';
import { localDate } from '@/lib/dates/calendar';
import { requestNumberLocale } from '@/lib/server/number-locale';
import { requireUserWithHistory } from '@/lib/server/auth/session';
import { careerPageView } from './career-view';

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
  const locale = await requestNumberLocale();
  const view = await memoViewWhileHistoryUnchanged(history, careerPageValue, `${today} ${locale}`, async () =>
    careerPageView(await loadCareerView(history, today), today, locale),
  );
  const cardsOr = (cards: typeof view.skills, className: string, empty: string) =>
    cards.length === 0 ? <EmptyRecord>{empty}</EmptyRecord> : <EntryCards className={className} entries={cards} />;

  return (
    <>
      {saved && savedMessages[saved] && <FlashToast message={savedMessages[saved]} />}
      <PageHeader
        title="Career"
        description="Skills, education and training, certifications, roles, feedback and people."
        actions={
          <div className="flex flex-wrap gap-2">
            <InAppLink href="/career/timeline" className={buttonClasses('secondary')}>
              Positions timeline
            </InAppLink>
            <InAppLink href="/career/cv" className={buttonClasses('secondary')}>
              CV as PDF
            </InAppLink>
            <ResumeDownload />
          </div>
        }
      />
      <div className="space-y-10">
        <RecordSection id="skills" title="Skills" addHref="/career/skills/new" addLabel="Add a skill">
          {cardsOr(
            view.skills,
            'grid grid-cols-1 gap-3 md:grid-cols-2',
            'No skills yet. Add the technical and soft skills that open your next step, and assess them as they grow.',
          )}
        </RecordSection>

        <RecordSection
          id="education"
          title="Education and training"
          addHref="/career/education/new"
          addLabel="Add education"
        >
          {cardsOr(
            view.education,
            'space-y-3',
            'No education or training yet. Courses, degrees, workshops, mentorship and self-study all count.',
          )}
        </RecordSection>

        <RecordSection
          id="certifications"
          title="Certifications"
          addHref="/career/certifications/new"
          addLabel="Add a certification"
        >
          {cardsOr(
            view.certifications,
            'space-y-3',
            'No certifications yet. Record the credentials you have earned and when they expire.',
          )}
        </RecordSection>

        <RecordSection id="positions" title="Positions" addHref="/career/positions/new" addLabel="Add a position">
          {cardsOr(
            view.positions,
            'space-y-3',
            'No positions yet. Add your roles, current and past, and how you reached each one.',
          )}
          {view.currentRoles > 1 && (
            <p className="text-sm text-slate-600 dark:text-slate-400">You have {view.currentRoles} current roles.</p>
          )}
          {view.payOverTime.length > 0 && (
            <section aria-labelledby="pay-over-time" className="space-y-3 pt-2">
              <h3 id="pay-over-time" className="font-semibold">
                Pay over time
              </h3>
              <p className="text-sm text-slate-600 dark:text-slate-400">
                Total yearly compensation over your roles, per currency. Add pay from a position’s page.
              </p>
              {view.payOverTime.map((table) => (
                <PlainDataTable key={table.caption} table={table} />
              ))}
            </section>
          )}
        </RecordSection>

        <FeedbackAndPeopleSection
          areas={view.areas}
          feedbackCount={view.feedbackCount}
          peopleCount={view.peopleCount}
        />
      </div>
    </>
  );
}
