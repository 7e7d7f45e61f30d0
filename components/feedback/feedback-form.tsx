'use client';

import { VocabularySelect } from '@/components/career/vocabulary-select';
import { SubmitButton } from '@/components/ui/button';
import { CheckboxGroup } from '@/components/ui/checkbox-group';
import { EditFormHead, type FieldLabels } from '@/components/ui/edit-form-head';
import { TextField } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { TextareaField } from '@/components/ui/textarea-field';
import { useFormAction, type FormAction } from '@/components/ui/use-form-action';
import {
  feedbackKindLabels,
  feedbackKinds,
  feedbackRelationLabels,
  feedbackRelations,
} from '@/lib/feedback/vocabulary';

type Choice = { id: string; name: string };
type Props = {
  action: FormAction;
  initial: Record<string, string | null | undefined>;
  initialSkillIds: string[];
  skills: Choice[];
  people: Choice[];
  submitLabel: string;
};

export function FeedbackForm({ action, initial, initialSkillIds, skills, people, submitLabel }: Props) {
  const form = useFormAction(action, initial);
  const conflictFields: FieldLabels = {
    receivedOn: { label: 'Received on' },
    fromName: { label: 'From' },
    relation: { label: 'Their relation to you', values: feedbackRelationLabels },
    kind: { label: 'Kind', values: feedbackKindLabels },
    text: { label: 'Feedback' },
    personId: { label: 'Person', values: Object.fromEntries(people.map((person) => [person.id, person.name])) },
    skillIds: { label: 'Skills', values: Object.fromEntries(skills.map((skill) => [skill.id, skill.name])) },
  };
  return (
    <form key={form.formKey} id={form.formId} action={form.formAction} noValidate className="space-y-5">
      <EditFormHead form={form} version={initial.version} subject="This feedback" fields={conflictFields} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField
          name="receivedOn"
          label="Received on"
          type="date"
          defaultValue={form.value('receivedOn')}
          errors={form.errors('receivedOn')}
        />
        <VocabularySelect
          name="kind"
          label="Kind"
          options={feedbackKinds}
          labels={feedbackKindLabels}
          value={form.value('kind')}
          errors={form.errors('kind')}
        />
      </div>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField
          name="fromName"
          label="From"
          defaultValue={form.value('fromName')}
          errors={form.errors('fromName')}
        />
        <VocabularySelect
          name="relation"
          label="Their relation to you"
          options={feedbackRelations}
          labels={feedbackRelationLabels}
          value={form.value('relation')}
          errors={form.errors('relation')}
        />
      </div>
      {people.length > 0 && (
        <SelectField
          name="personId"
          label="Person on your People page (optional)"
          defaultValue={form.value('personId')}
          errors={form.errors('personId')}
        >
          <option value="">None</option>
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </SelectField>
      )}
      <TextareaField
        name="text"
        label="Feedback"
        rows={5}
        defaultValue={form.value('text')}
        errors={form.errors('text')}
      />
      <CheckboxGroup
        name="skillIds"
        legend="Skills it is about (optional)"
        options={skills.map((skill) => ({ value: skill.id, label: skill.name }))}
        chosen={form.chosen('skillIds', initialSkillIds)}
        errors={form.errors('skillIds')}
        none="Add skills on the Career page to link feedback to them."
      />
      {!form.failed?.conflict && <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>}
    </form>
  );
}
