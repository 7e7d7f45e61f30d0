// A network goal's people: who the user linked to it and when they last met.
import { InAppLink } from '@/components/ui/in-app-link';
import { CardSection } from '@/components/ui/card';
import { dateLabel } from '@/lib/dates/calendar';
import { personRelationLabels, type PersonRelation } from '@/lib/people/vocabulary';

type LinkedPerson = { id: string; name: string; relation: PersonRelation; lastMetOn: string | null };

export function GoalPeople({ people }: { people: LinkedPerson[] }) {
  return (
    <CardSection
      id="people"
      title="People for this goal"
      aside={
        <InAppLink
          href="/career/people"
          className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline dark:text-brand-300"
        >
          All people
        </InAppLink>
      }
    >
      {people.length === 0 ? (
        <p className="text-slate-600 dark:text-slate-400">
          No one linked yet. Link mentors and contacts to this goal from their page under People.
        </p>
      ) : (
        <ul className="space-y-1">
          {people.map((person) => (
            <li key={person.id}>
              <InAppLink href={`/career/people/${person.id}`} className="font-semibold underline">
                {person.name}
              </InAppLink>{' '}
              <span className="text-slate-600 dark:text-slate-400">
                · {personRelationLabels[person.relation]} ·{' '}
                {person.lastMetOn === null ? 'not met yet' : `last met ${dateLabel(person.lastMetOn)}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </CardSection>
  );
}
