import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DeleteEntryDialog } from '@/components/career/delete-entry-dialog';
import { EntryFrame } from '@/components/career/entry-frames';
import { InteractionForm } from '@/components/people/interaction-form';
import { PersonForm } from '@/components/people/person-form';
import { CardSection } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { DataTable } from '@/components/ui/data-table';
import { findPerson, listNetworkGoals } from '@/db/queries/people/people';
import { dateLabel, localDate } from '@/lib/dates/calendar';
import { formDefaults } from '@/lib/forms/form-defaults';
import { isUuid } from '@/lib/ids';
import { interactionKindLabels, personRelationLabels } from '@/lib/people/vocabulary';
import { requireUser } from '@/lib/server/auth/session';
import { addInteractionAction, deleteInteractionAction, deletePersonAction, savePerson } from '../actions';

export const metadata: Metadata = { title: 'Person' };

export default async function PersonPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const person = isUuid(id) ? await findPerson(user.id, id) : undefined;
  if (!person) notFound();
  const networkGoals = await listNetworkGoals(user.id);
  const remove = (
    <DeleteEntryDialog
      noun="person"
      id={person.id}
      action={deletePersonAction}
      consequence="Their interactions are deleted too; feedback they gave is kept under their name. This cannot be undone."
    />
  );
  return (
    <EntryFrame
      trail={[
        { href: '/career', label: 'Career' },
        { href: '/career/people', label: 'People' },
      ]}
      title={person.name}
      deleteDialog={remove}
    >
      <p className="text-slate-700 dark:text-slate-300">
        {personRelationLabels[person.relation]}
        {person.whereMet && ` · met at ${person.whereMet}`}
        {person.goals.length > 0 && ` · helps with ${person.goals.map((goal) => goal.title).join(', ')}`}
      </p>
      <CardSection id="interactions" title="Interactions">
        {person.interactions.length === 0 ? (
          <p className="text-slate-600 dark:text-slate-400">No interactions recorded yet.</p>
        ) : (
          <DataTable
            caption={`Interactions with ${person.name}, newest first`}
            scrollLabel="Interactions table"
            columns={['Date', 'Kind', 'Note', 'Actions']}
            rows={person.interactions.map((interaction) => ({
              key: interaction.id,
              header: dateLabel(interaction.occurredOn),
              cells: [
                interactionKindLabels[interaction.kind],
                interaction.note,
                <ConfirmDialog
                  key="delete"
                  triggerLabel="Delete"
                  triggerAccessibleName={`Delete the interaction of ${dateLabel(interaction.occurredOn)}`}
                  title="Delete this interaction?"
                  body="The other interactions are kept."
                  confirmLabel="Delete"
                  hiddenFields={{ id: interaction.id }}
                  action={deleteInteractionAction}
                />,
              ],
            }))}
          />
        )}
        <h3 className="pt-2 font-semibold">Add an interaction</h3>
        <InteractionForm
          action={addInteractionAction.bind(null, person.id)}
          today={localDate(new Date(), user.timeZone)}
        />
      </CardSection>
      <CardSection id="edit" title="Edit person">
        <PersonForm
          action={savePerson.bind(null, person.id)}
          initial={formDefaults(person)}
          initialGoalIds={person.goals.map((goal) => goal.id)}
          networkGoals={networkGoals}
          submitLabel="Save person"
        />
      </CardSection>
    </EntryFrame>
  );
}
