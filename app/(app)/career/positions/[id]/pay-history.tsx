import { InAppLink } from '@/components/ui/in-app-link';
import { PayRecordForm } from '@/components/career/pay-record-form';
import { CardSection } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { DataTable } from '@/components/ui/data-table';
import type { PayRecord, Position } from '@/db/schema';
import { positionCompensationAt } from '@/lib/career/compensation';
import { basePayText, benefitsText, bonusText, equityText } from '@/lib/career/compensation-text';
import { dateLabel } from '@/lib/dates/calendar';
import { formatMoney } from '@/lib/format';
import { addPayRecordAction, deletePayRecordAction } from '../pay-actions';

type Props = { position: Position; records: PayRecord[]; locale: string };

/** A position's pay over time, newest first, and a form to add a record (a raise is a new record). */
export function PayHistory({ position, records, locale }: Props) {
  const latest = records.at(-1);
  return (
    <CardSection
      id="pay"
      title="Pay history"
      description="Private: pay never leaves the app unless you tick it for an export."
    >
      {records.length === 0 ? (
        <p>No pay recorded for this role yet.</p>
      ) : (
        <DataTable
          caption={`Pay records of ${position.title}, newest first`}
          columns={['Effective from', 'Base pay', 'Bonus', 'Equity grant', 'Benefits', 'Total a year', 'Actions']}
          rows={[...records].reverse().map((record) => {
            const total = positionCompensationAt(position, records, record.effectiveOn)?.total;
            return {
              key: record.id,
              header: dateLabel(record.effectiveOn),
              cells: [
                basePayText(record, locale),
                bonusText(record, locale),
                equityText(record, locale),
                benefitsText(record),
                total === undefined ? '—' : formatMoney(total, record.currency, locale),
                <div key="actions" className="flex flex-wrap gap-2">
                  <InAppLink
                    href={`/career/positions/${position.id}/pay/${record.id}`}
                    aria-label={`Edit the pay record of ${dateLabel(record.effectiveOn)}`}
                    className="inline-flex min-h-11 items-center text-brand-700 underline dark:text-brand-300"
                  >
                    Edit
                  </InAppLink>
                  <ConfirmDialog
                    triggerLabel="Delete"
                    triggerAccessibleName={`Delete the pay record of ${dateLabel(record.effectiveOn)}`}
                    title="Delete this pay record?"
                    body="The rest of the pay history is kept."
                    confirmLabel="Delete"
                    hiddenFields={{ id: record.id }}
                    action={deletePayRecordAction}
                  />
                </div>,
              ],
            };
          })}
        />
      )}
      <h3 className="pt-2 font-semibold">Add a pay record</h3>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        A raise is a new record from the date it took effect.
      </p>
      <PayRecordForm
        action={addPayRecordAction.bind(null, position.id)}
        initial={{
          effectiveOn: latest ? '' : position.startedOn,
          currency: latest?.currency ?? '',
          baseKind: latest?.baseKind ?? position.payBasis,
          hoursPerWeek: latest?.hoursPerWeek == null ? '' : String(latest.hoursPerWeek),
        }}
        benefits={latest?.benefits ?? []}
        submitLabel="Add pay record"
      />
    </CardSection>
  );
}
