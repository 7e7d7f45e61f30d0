import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AchievementForm } from '@/components/achievements/achievement-form';
import { Card } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FlashToast } from '@/components/ui/flash-toast';
import { PageHeader } from '@/components/ui/page-header';
import { findAchievement, listLinkChoices } from '@/db/queries/achievements/achievements';
import { linkOptions } from '@/lib/achievements/choices';
import { formDefaults } from '@/lib/forms/form-defaults';
import { isUuid } from '@/lib/ids';
import { requireUserId } from '@/lib/server/auth/session';
import { deleteAchievementAction, saveAchievement } from '../actions';

export const metadata: Metadata = { title: 'Achievement' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export default async function AchievementPage({ params, searchParams }: Props) {
  const userId = await requireUserId();
  const { id } = await params;
  const { saved } = await searchParams;
  const achievement = isUuid(id) ? await findAchievement(userId, id) : undefined;
  if (!achievement) notFound();
  const choices = await listLinkChoices(userId);
  return (
    <div className="max-w-3xl space-y-6">
      {saved === 'from-highlight' && (
        <FlashToast message="Your highlight is now an achievement. Add its impact and links." />
      )}
      <PageHeader
        trail={[{ href: '/achievements', label: 'Achievements' }]}
        title="Edit achievement"
        description={achievement.title}
        actions={
          <ConfirmDialog
            triggerLabel="Delete achievement"
            title="Delete this achievement?"
            body="It is removed from your reviews and résumé too. This cannot be undone."
            confirmLabel="Delete"
            hiddenFields={{ id: achievement.id }}
            action={deleteAchievementAction}
          />
        }
      />
      <Card>
        <AchievementForm
          action={saveAchievement.bind(null, achievement.id)}
          initial={{ ...formDefaults(achievement), tags: achievement.tags.join(', ') }}
          linked={{ goalIds: achievement.goalIds, skillIds: achievement.skillIds }}
          choices={linkOptions(choices)}
          submitLabel="Save achievement"
        />
      </Card>
    </div>
  );
}
