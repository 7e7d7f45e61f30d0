import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LinkedAchievements } from '@/components/achievements/linked-achievements';
import { DeleteEntryDialog } from '@/components/career/delete-entry-dialog';
import { careerCrumb, EntryFrame } from '@/components/career/entry-frames';
import { SkillForm } from '@/components/career/skill-form';
import { CardSection } from '@/components/ui/card';
import { FlashToast } from '@/components/ui/flash-toast';
import { listAchievementsForSkill } from '@/db/queries/achievements/achievements';
import { findSkill } from '@/db/queries/career/skills';
import { listFeedbackAboutSkill } from '@/db/queries/feedback/feedback';
import { FeedbackList } from '@/components/feedback/feedback-list';
import { InAppLink } from '@/components/ui/in-app-link';
import { isUuid } from '@/lib/ids';
import { requireUser } from '@/lib/server/auth/session';
import { requestNumberLocale } from '@/lib/server/number-locale';
import { localDate } from '@/lib/dates/calendar';
import { deleteSkillAction, saveSkill } from '../actions';
import { LevelHistory } from './level-history';

export const metadata: Metadata = { title: 'Career record' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export default async function SkillPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const { id } = await params;
  const { saved } = await searchParams;
  const skill = isUuid(id) ? await findSkill(user.id, id) : undefined;
  if (!skill) notFound();
  const [achievements, locale] = await Promise.all([
    listAchievementsForSkill(user.id, skill.id),
    requestNumberLocale(),
  ]);
  const feedback = await listFeedbackAboutSkill(user.id, skill.id);
  const remove = (
    <DeleteEntryDialog
      noun="skill"
      id={skill.id}
      action={deleteSkillAction}
      consequence="Its whole assessment history is deleted too. This cannot be undone."
    />
  );
  return (
    <EntryFrame trail={[careerCrumb('skills')]} title={skill.name} deleteDialog={remove}>
      {saved && <FlashToast message={saved === 'created' ? 'Skill added.' : 'Saved.'} />}
      <LevelHistory skill={skill} today={localDate(new Date(), user.timeZone)} />
      <LinkedAchievements
        subject="this skill"
        achievements={achievements}
        addHref={`/achievements/new?skill=${skill.id}`}
        locale={locale}
      />
      <CardSection id="feedback" title="Feedback about this skill">
        {feedback.length === 0 ? (
          <p className="text-slate-600 dark:text-slate-400">No feedback linked to this skill yet.</p>
        ) : (
          <FeedbackList entries={feedback} />
        )}
        <InAppLink
          href={`/career/feedback/new?skill=${skill.id}`}
          className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline dark:text-brand-300"
        >
          Add feedback about {skill.name}
        </InAppLink>
      </CardSection>
      <CardSection id="edit" title="Edit skill">
        <SkillForm
          action={saveSkill.bind(null, skill.id)}
          initial={{
            name: skill.name,
            kind: skill.kind,
            targetLevel: String(skill.targetLevel),
            version: String(skill.version),
          }}
          submitLabel="Save skill"
          withFirstAssessment={false}
        />
      </CardSection>
    </EntryFrame>
  );
}
