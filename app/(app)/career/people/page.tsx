import type { Metadata } from 'next';
import { InAppLink } from '@/components/ui/in-app-link';
import { EmptyRecord } from '@/components/career/record-section';
import { Badge } from '@/components/ui/badge';
import { buttonClasses } from '@/components/ui/button-classes';
import { cardClasses } from '@/components/ui/card';
import { FlashToast } from '@/components/ui/flash-toast';
import { PageHeader } from '@/components/ui/page-header';
import { loadPeopleView } from '@/db/loaders/record-views';
import { dateLabel } from '@/lib/dates/calendar';
import { personRelationLabels } from '@/lib/people/vocabulary';
import { requireUserWithHistory } from '@/lib/server/auth/session';

export const metadata: Metadata = { title: 'People' };

const savedMessages: Record<string, string> = { person: 'Person saved.', deleted: 'Deleted.' };

export default async function PeoplePage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const { history } = await requireUserWithHistory();
  const [{ saved }, people] = await Promise.all([searchParams, loadPeopleView(history)]);
  return (
    <>
      {saved && savedMessages[saved] && <FlashToast message={savedMessages[saved]} />}
      <PageHeader
        trail={[{ href: '/career', label: 'Career' }]}
        title="People"
        description="Mentors and contacts, and when you last met them."
        actions={
          <InAppLink href="/career/people/new" className={buttonClasses('primary')}>
            Add a person
          </InAppLink>
        }
      />
      {people.length === 0 ? (
        <EmptyRecord>
          No people yet. Add a mentor, a peer you learn from or a contact from an event, then note each time you meet.
        </EmptyRecord>
      ) : (
        <ul className="grid grid-cols-1 gap-3 md:grid-cols-2">
          {people.map((person) => (
            <li key={person.id} className={cardClasses({ compact: true })}>
              <div className="flex items-center justify-between gap-2">
                <h2 className="min-w-0 font-semibold">
                  <InAppLink href={`/career/people/${person.id}`} className="break-words hover:underline">
                    {person.name}
                  </InAppLink>
                </h2>
                <Badge>{personRelationLabels[person.relation]}</Badge>
              </div>
              {person.whereMet && (
                <p className="mt-1 break-words text-sm text-slate-700 dark:text-slate-300">Met at {person.whereMet}</p>
              )}
              <p className="text-sm text-slate-600 dark:text-slate-400">
                {person.lastMetOn === null
                  ? 'No interactions yet'
                  : `${person.interactions} ${person.interactions === 1 ? 'interaction' : 'interactions'}, last ${dateLabel(person.lastMetOn)}`}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
