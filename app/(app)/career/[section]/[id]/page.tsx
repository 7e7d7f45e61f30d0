import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AssessmentForm, CertificationForm, EducationForm, PositionForm, SkillForm } from '@/components/career/career-forms';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FlashToast } from '@/components/ui/flash-toast';
import { PageHeader } from '@/components/ui/page-header';
import { findCertification } from '@/db/queries/career/certifications';
import { findEducation } from '@/db/queries/career/education';
import { findPosition } from '@/db/queries/career/positions';
import { findSkill } from '@/db/queries/career/skills';
import { requireUser } from '@/lib/server/auth/session';
import { skillLevelName } from '@/lib/career/vocabulary';
import { isUuid } from '@/lib/ids';
import { currentLevel } from '@/lib/career/skills';
import { dateLabel, localDate } from '@/lib/dates/calendar';
import { addAssessmentAction, deleteAssessmentAction, deleteCareerEntry, saveCertification, saveEducation, savePosition, saveSkill } from '../../actions';
import { isCareerSection, sectionNouns, type CareerSection } from '../../sections';

export const metadata: Metadata = { title: 'Career record' };

const text = (value: string | number | null) => (value === null ? '' : String(value));

/** A stored row as the form's starting values: text as is, numbers as text, flags as checkbox values. */
function formDefaults(row: Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(row)) {
    if (typeof value === 'string') values[key] = value;
    else if (typeof value === 'number') values[key] = String(value);
    else if (typeof value === 'boolean') values[key] = value ? 'on' : '';
  }
  return values;
}

async function load(userId: string, section: CareerSection, id: string) {
  switch (section) {
    case 'skills':
      return { section, entry: await findSkill(userId, id) } as const;
    case 'education':
      return { section, entry: await findEducation(userId, id) } as const;
    case 'certifications':
      return { section, entry: await findCertification(userId, id) } as const;
    case 'positions':
      return { section, entry: await findPosition(userId, id) } as const;
  }
}

type Props = { params: Promise<{ section: string; id: string }>; searchParams: Promise<{ saved?: string }> };

export default async function CareerEntryPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const { section, id } = await params;
  const { saved } = await searchParams;
  if (!isCareerSection(section) || !isUuid(id)) notFound();
  const loaded = await load(user.id, section, id);
  if (!loaded.entry) notFound();
  const today = localDate(new Date(), user.timeZone);

  const remove = (
    <ConfirmDialog
      triggerLabel={`Delete ${sectionNouns[section]}`}
      title={`Delete this ${sectionNouns[section]}?`}
      body={section === 'skills' ? 'Its whole assessment history is deleted too. This cannot be undone.' : 'This cannot be undone.'}
      confirmLabel="Delete"
      hiddenFields={{ section, id }}
      action={deleteCareerEntry}
    />
  );

  let title = '';
  let body = null;
  if (loaded.section === 'skills') {
    const skill = loaded.entry;
    const level = currentLevel(skill.assessments);
    title = skill.name;
    body = (
      <>
        <section aria-labelledby="history-heading" className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 sm:p-6 dark:border-slate-800 dark:bg-slate-900">
          <h2 id="history-heading" className="text-lg font-semibold">
            Level history
          </h2>
          <p>
            {level === null ? 'Not assessed yet.' : `Current level: ${level} – ${skillLevelName(level)}.`} Target: {skill.targetLevel} – {skillLevelName(skill.targetLevel)}.
          </p>
          {skill.assessments.length > 0 && (
            <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Assessment history table">
              <table className="w-full text-left text-sm">
                <caption className="sr-only">Assessments of {skill.name}, newest first</caption>
                <thead>
                  <tr className="border-b border-slate-200 dark:border-slate-700">
                    <th scope="col" className="py-2 pr-4">Date</th>
                    <th scope="col" className="py-2 pr-4">Level</th>
                    <th scope="col" className="py-2 pr-4">Evidence</th>
                    <th scope="col" className="py-2"><span className="sr-only">Actions</span></th>
                  </tr>
                </thead>
                <tbody>
                  {[...skill.assessments].reverse().map((assessment) => (
                    <tr key={assessment.id} className="border-b border-slate-100 align-top dark:border-slate-800">
                      <th scope="row" className="py-2 pr-4 font-normal whitespace-nowrap">{dateLabel(assessment.assessedOn)}</th>
                      <td className="py-2 pr-4">{assessment.level} – {skillLevelName(assessment.level)}</td>
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
          <AssessmentForm action={addAssessmentAction.bind(null, skill.id)} initial={{ assessedOn: today, level: text(level) }} submitLabel="Add assessment" />
        </section>
        <section aria-labelledby="edit-heading" className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 sm:p-6 dark:border-slate-800 dark:bg-slate-900">
          <h2 id="edit-heading" className="text-lg font-semibold">
            Edit skill
          </h2>
          <SkillForm action={saveSkill.bind(null, skill.id)} initial={{ name: skill.name, kind: skill.kind, targetLevel: text(skill.targetLevel) }} submitLabel="Save skill" withFirstAssessment={false} />
        </section>
      </>
    );
  } else {
    const form =
      loaded.section === 'education' ? (
        <EducationForm action={saveEducation.bind(null, id)} initial={formDefaults(loaded.entry)} submitLabel="Save" />
      ) : loaded.section === 'certifications' ? (
        <CertificationForm action={saveCertification.bind(null, id)} initial={formDefaults(loaded.entry)} submitLabel="Save" />
      ) : (
        <PositionForm action={savePosition.bind(null, id)} initial={formDefaults(loaded.entry)} submitLabel="Save" />
      );
    title = 'title' in loaded.entry ? loaded.entry.title : loaded.entry.name;
    body = <div className="rounded-xl border border-slate-200 bg-white p-4 sm:p-6 dark:border-slate-800 dark:bg-slate-900">{form}</div>;
  }

  return (
    <div className="max-w-2xl space-y-6">
      {saved && <FlashToast message={saved === 'created' ? 'Skill added.' : 'Saved.'} />}
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={`/career#${section}`} className="text-brand-700 underline dark:text-brand-300">
          Career
        </Link>
      </nav>
      <PageHeader title={title} actions={remove} />
      {body}
    </div>
  );
}
