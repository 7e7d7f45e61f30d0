import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import type { FormAction } from '@/components/ui/use-form-action';

type Props = {
  /** What the entry is called in a sentence: "skill", "education or training". */
  noun: string;
  id: string;
  /** The entity's own delete action; it reads the entry's id from the form. */
  action: FormAction;
  consequence?: string;
};

/** The "Delete …" button of a career entry, behind a confirmation. */
export function DeleteEntryDialog({ noun, id, action, consequence = 'This cannot be undone.' }: Props) {
  return (
    <ConfirmDialog
      triggerLabel={`Delete ${noun}`}
      title={`Delete this ${noun}?`}
      body={consequence}
      confirmLabel="Delete"
      hiddenFields={{ id }}
      action={action}
    />
  );
}
