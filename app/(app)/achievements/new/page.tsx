import type { Metadata } from 'next';
import { AchievementForm } from '@/components/achievements/achievement-form';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { listLinkChoices } from '@/db/queries/achievements/achievements';
import { linkOptions } from '@/lib/achievements/choices';
import { localDate } from '@/lib/dates/calendar';
import { requireUser } from '@/lib/server/auth/session';
import { saveAchievement } from '../actions';

export const metadata: Metadata = { title: 'Add an achievement' };

type Props = { searchParams: Promise<{ goal?: string; skill?: string }> };

/** `?goal=` and `?skill=` (from a goal's or a skill's page) tick that link, when it is the user's. */
export default async function NewAchievementPage({ searchParams }: Props) {
  const user = await requireUser();
  const { goal, skill } = await searchParams;
  const choices = await listLinkChoices(user.id);
  const own = (ids: { id: string }[], id: string | undefined) =>
    typeof id === 'string' && ids.some((option) => option.id === id) ? [id] : [];
  return (
    <>
      <PageHeader trail={[{ href: '/achievements', label: 'Achievements' }]} title="Add an achievement" />
      <Card className="max-w-3xl">
        <AchievementForm
          action={saveAchievement.bind(null, null)}
          initial={{ achievedOn: localDate(new Date(), user.timeZone) }}
          linked={{ goalIds: own(choices.goals, goal), skillIds: own(choices.skills, skill) }}
          choices={linkOptions(choices)}
          submitLabel="Add achievement"
        />
      </Card>
    </>
  );
}
