import type { Metadata } from 'next';
import { careerCrumb, NewEntryFrame } from '@/components/career/entry-frames';
import { SkillForm } from '@/components/career/skill-form';
import { requireUser } from '@/lib/server/auth/session';
import { localDate } from '@/lib/dates/calendar';
import { saveSkill } from '../actions';

export const metadata: Metadata = { title: 'Add to your career record' };

export default async function NewSkillPage() {
  const user = await requireUser();
  return (
    <NewEntryFrame trail={[careerCrumb('skills')]} title="Add a skill">
      <SkillForm
        action={saveSkill.bind(null, null)}
        initial={{ targetLevel: '4', assessedOn: localDate(new Date(), user.timeZone) }}
        submitLabel="Add skill"
        withFirstAssessment
      />
    </NewEntryFrame>
  );
}
