import { AssessmentForm } from '@/components/career/assessment-form';
import { EntrySection } from '@/components/career/entry-frames';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import type { SkillWithHistory } from '@/db/queries/career/skills';
import { currentLevel } from '@/lib/career/skills';
import { skillLevelName } from '@/lib/career/vocabulary';
import { dateLabel, type IsoDate } from '@/lib/dates/calendar';
import { addAssessmentAction, deleteAssessmentAction } from '../actions';

/** A skill's level now and against its target, its assessments newest first, and a form to add one. */
export function LevelHistory({ skill, today }: { skill: SkillWithHistory; today: IsoDate }) {
  const level = currentLevel(skill.assessments);
  return (
    <EntrySection headingId="history-heading" title="Level history">
      <p>
        {level === null ? 'Not assessed yet.' : `Current level: ${level} – ${skillLevelName(level)}.`} Target:{' '}
        {skill.targetLevel} – {skillLevelName(skill.targetLevel)}.
      </p>
      {skill.assessments.length > 0 && (
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Assessment history table">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Assessments of {skill.name}, newest first</caption>
            <thead>
              <tr className="border-b border-slate-200 dark:border-slate-700">
                <th scope="col" className="py-2 pr-4">
                  Date
                </th>
                <th scope="col" className="py-2 pr-4">
                  Level
                </th>
                <th scope="col" className="py-2 pr-4">
                  Evidence
                </th>
                <th scope="col" className="py-2">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {[...skill.assessments].reverse().map((assessment) => (
                <tr key={assessment.id} className="border-b border-slate-100 align-top dark:border-slate-800">
                  <th scope="row" className="py-2 pr-4 font-normal whitespace-nowrap">
                    {dateLabel(assessment.assessedOn)}
                  </th>
                  <td className="py-2 pr-4">
                    {assessment.level} – {skillLevelName(assessment.level)}
                  </td>
                  <td className="py-2 pr-4">{assessment.evidence}</td>
                  <td className="py-2">
                    <ConfirmDialog
                      triggerLabel="Delete"
                      triggerAccessibleName={`Delete the assessment of ${dateLabel(assessment.assessedOn)}`}
                      title="Delete this assessment?"
                      body="The rest of the history is kept."
                      confirmLabel="Delete"
                      hiddenFields={{ id: assessment.id }}
                      action={deleteAssessmentAction}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3 className="pt-2 font-semibold">Add an assessment</h3>
      <AssessmentForm
        action={addAssessmentAction.bind(null, skill.id)}
        initial={{ assessedOn: today, level: level === null ? '' : String(level) }}
        submitLabel="Add assessment"
      />
    </EntrySection>
  );
}
