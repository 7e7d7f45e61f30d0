import type { Metadata } from 'next';
import { NewEntryFrame } from '@/components/career/entry-frames';
import { PersonForm } from '@/components/people/person-form';
import { listNetworkGoals } from '@/db/queries/people/people';
import { requireUserId } from '@/lib/server/auth/session';
import { savePerson } from '../actions';

export const metadata: Metadata = { title: 'Add a person' };

export default async function NewPersonPage() {
  const userId = await requireUserId();
  const networkGoals = await listNetworkGoals(userId);
  return (
    <NewEntryFrame
      trail={[
        { href: '/career', label: 'Career' },
        { href: '/career/people', label: 'People' },
      ]}
      title="Add a person"
    >
      <PersonForm
        action={savePerson.bind(null, null)}
        initial={{}}
        initialGoalIds={[]}
        networkGoals={networkGoals}
        submitLabel="Add person"
      />
    </NewEntryFrame>
  );
}
