import type { Metadata } from 'next';
import { InAppLink } from '@/components/ui/in-app-link';
import { IndexLineChart } from '@/components/charts/lazy-charts';
import { ReviewDownloads } from '@/components/review/review-downloads';
import { ReviewSectionCards } from '@/components/review/review-section-cards';
import { buttonClasses } from '@/components/ui/button-classes';
import { CardSection } from '@/components/ui/card';
import { ChoiceLinks } from '@/components/ui/choice-links';
import { PlainDataTable } from '@/components/ui/plain-table';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { reviewValue } from '@/db/loaders/derived-values';
import { memoViewWhileHistoryUnchanged } from '@/db/loaders/history-memo';
import { loadReviewView } from '@/db/loaders/review-view';
import { requireUserWithHistory } from '@/lib/server/auth/session';
import { requestNumberLocale } from '@/lib/server/number-locale';
import { achievementsSection, indexSentence, reviewSections } from '@/lib/review/sections';
import { nextRoleSectionId } from '@/lib/review/next-role-section';
import { FormMessage } from '@/components/ui/field';
import { parseReviewYear } from '@/lib/review/year';
import { dateLabel, localDate } from '@/lib/dates/calendar';
import { ReviewNotesForm } from './review-notes-form';

export const metadata: Metadata = { title: 'Review' };

const inlineLink = 'text-brand-700 underline dark:text-brand-300';

export default async function ReviewPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const { user, history } = await requireUserWithHistory();
  const today = localDate(new Date(), user.timeZone);
  const currentYear = Number(today.slice(0, 4));
  const requestedYear = (await searchParams).year;
  const parsedYear = requestedYear === undefined ? null : parseReviewYear(requestedYear, currentYear);
  const year = parsedYear?.ok ? parsedYear.year : currentYear;
  const locale = await requestNumberLocale();
  // The page's texts are derived from the review once per change of the history, like the review itself.
  const { review, notes, firstMonth, yearsWithRecords, achievements, sections, achievementChoices, indexText } =
    await memoViewWhileHistoryUnchanged(
      history,
      reviewValue,
      [year, today, user.timeZone, user.weekStartsOn, user.createdAt.toISOString(), locale].join(' '),
      async () => {
        const loaded = await loadReviewView(history, user, year, today);
        const { review } = loaded;
        return {
          ...loaded,
          achievements: achievementsSection(review, '→', undefined, locale),
          sections: reviewSections(review, '→', undefined, locale),
          achievementChoices: review.achievementChoices.map((choice) => ({
            id: choice.id,
            label: `${choice.title} (${dateLabel(choice.achievedOn)})`,
          })),
          indexText: indexSentence(review, year === currentYear),
        };
      },
    );
  const otherYearsWithRecords = yearsWithRecords.filter((option) => option !== year);
  const firstYear = Math.min(year, firstMonth ? Number(firstMonth.slice(0, 4)) : currentYear);
  const years = Array.from({ length: currentYear - firstYear + 1 }, (_, index) => currentYear - index);

  return (
    <>
      <PageHeader
        title={`Yearly review ${year}`}
        description={`${dateLabel(review.start)} to ${dateLabel(review.end)}: what your records add up to.`}
      />
      {requestedYear !== undefined && parsedYear?.ok === false && (
        <div className="mb-4">
          <FormMessage
            message={
              parsedYear.problem === 'not begun'
                ? `${parsedYear.year} has not begun, so it has no review yet; here is ${currentYear}.`
                : `There is no review for “${requestedYear.slice(0, 20)}”, so here is ${currentYear}.`
            }
            tone="info"
          />
        </div>
      )}
      <div className="mb-6 flex flex-wrap items-center justify-between gap-4">
        <ChoiceLinks
          label="Review year"
          choices={years.map((option) => ({
            href: `/review?year=${option}`,
            label: String(option),
            current: option === year,
          }))}
        />
        <div className="flex flex-wrap gap-2">
          {/* An empty year has nothing to download (its download addresses answer 404). */}
          {review.hasRecords && <ReviewDownloads year={year} />}
          <InAppLink href="/career/cv" className={buttonClasses('secondary')}>
            CV as PDF
          </InAppLink>
        </div>
      </div>

      {!review.hasRecords ? (
        <EmptyState title={`Nothing recorded in ${year}`}>
          <p>
            Achievements, goals, weekly updates, skills, training, certifications and roles dated in {year} appear here,
            with its downloads.
          </p>
          {otherYearsWithRecords.length > 0 ? (
            <nav aria-label="Years with records" className="mt-3">
              <p>Years with something recorded:</p>
              <ul className="mt-2 flex flex-wrap justify-center gap-2">
                {otherYearsWithRecords.map((option) => (
                  <li key={option}>
                    <InAppLink href={`/review?year=${option}`} className={buttonClasses('secondary')}>
                      Review of {option}
                    </InAppLink>
                  </li>
                ))}
              </ul>
            </nav>
          ) : (
            <p className="mt-3">
              No year has records yet. Start with{' '}
              <InAppLink href="/goals/new" className={inlineLink}>
                a goal
              </InAppLink>
              , a{' '}
              <InAppLink href="/weekly" className={inlineLink}>
                weekly update
              </InAppLink>{' '}
              or your{' '}
              <InAppLink href="/career" className={inlineLink}>
                career record
              </InAppLink>
              .
            </p>
          )}
        </EmptyState>
      ) : (
        <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
          <ReviewSectionCards sections={[{ ...achievements, wide: true, bulleted: true }]} />
          <div className="lg:col-span-2">
            <CardSection id="notes" title="Your summary and highlights">
              <ReviewNotesForm
                key={year}
                year={year}
                summary={notes.summary}
                highlights={notes.highlights}
                candidates={review.highlightCandidates}
                achievements={achievementChoices}
                includedAchievementIds={notes.achievementIds ?? review.achievementChoices.map((choice) => choice.id)}
              />
            </CardSection>
          </div>
          <CardSection id="index" title="Trajectory index">
            {indexText === null ? (
              <p className="text-slate-600 dark:text-slate-400">Not enough data for the index this year.</p>
            ) : (
              <>
                <p>{indexText}</p>
                {review.index.months.length > 1 && (
                  <IndexLineChart
                    points={review.index.months}
                    summary={`Trajectory index by month in ${year}, from ${review.index.months[0]?.score} in ${review.index.months[0]?.label} to ${review.index.atEnd}. The table below lists every month.`}
                  />
                )}
                <PlainDataTable
                  table={{
                    caption: 'Trajectory index by month',
                    columns: ['Month', 'Index'],
                    rows: review.index.months.map((point) => ({
                      key: point.month,
                      header: point.label,
                      cells: [String(point.score)],
                    })),
                  }}
                />
              </>
            )}
          </CardSection>
          <ReviewSectionCards
            sections={sections.map((section) =>
              section.id === nextRoleSectionId
                ? {
                    ...section,
                    link: {
                      href: '/next-role',
                      label:
                        review.nextRole === null ? 'Aim at a role on the Next role page' : 'Gaps and evidence today',
                    },
                  }
                : section,
            )}
          />
        </div>
      )}
    </>
  );
}
