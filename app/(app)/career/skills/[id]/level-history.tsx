import { AssessmentForm } from '@/components/career/assessment-form';
import { CardSection } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { DataTable } from '@/components/ui/data-table';
import type { SkillWithHistory } from '@/db/queries/career/skills';
import { currentLevel } from '@/lib/career/skills';
import { skillLevelName } from '@/lib/career/vocabulary';
import { dateLabel, type IsoDate } from '@/lib/dates/calendar';
import { addAssessmentAction, deleteAssessmentAction } from '../actions';

/** A skill's level now and against its target, its assessments newest first, and a form to add one. */
export function LevelHistory({ skill, today }: { skill: SkillWithHistory; today: IsoDate }) {
  const level = currentLevel(skill.assessments);
  return (
    <CardSection id="history" title="Level history">
      <p>
        {level === null ? 'Not assessed yet.' : `Current level: ${level} – ${skillLevelName(level)}.`} Target:{' '}
        {skill.targetLevel} – {skillLevelName(skill.targetLevel)}.
      </p>
      {skill.assessments.length > 0 && (
        <DataTable
          caption={`Assessments of ${skill.name}, newest first`}
          scrollLabel="Assessment history table"
          columns={['Date', 'Level', 'Evidence', 'Actions']}
          rows={[...skill.assessments].reverse().map((assessment) => ({
            key: assessment.id,
            header: dateLabel(assessment.assessedOn),
            cells: [
              `${assessment.level} – ${skillLevelName(assessment.level)}`,
              assessment.evidence,
              <ConfirmDialog
                key="delete"
                triggerLabel="Delete"
                triggerAccessibleName={`Delete the assessment of ${dateLabel(assessment.assessedOn)}`}
                title="Delete this assessment?"
                body="The rest of the history is kept."
                confirmLabel="Delete"
                hiddenFields={{ id: assessment.id }}
                action={deleteAssessmentAction}
              />,
            ],
          }))}
        />
      )}
      <h3 className="pt-2 font-semibold">Add an assessment</h3>
      <AssessmentForm
        action={addAssessmentAction.bind(null, skill.id)}
        initial={{ assessedOn: today, level: level === null ? '' : String(level) }}
        submitLabel="Add assessment"
      />
    </CardSection>
  );
}
