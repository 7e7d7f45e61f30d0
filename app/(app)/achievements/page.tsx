import type { Metadata } from 'next';
import { InAppLink } from '@/components/ui/in-app-link';
import { AchievementCard } from '@/components/achievements/achievement-card';
import { buttonClasses } from '@/components/ui/button-classes';
import { ChoiceLinks } from '@/components/ui/choice-links';
import { EmptyState } from '@/components/ui/empty-state';
import { FlashToast } from '@/components/ui/flash-toast';
import { PageHeader } from '@/components/ui/page-header';
import { loadAchievementsView } from '@/db/loaders/record-views';
import { parseTags, tagsInUse } from '@/lib/achievements/tags';
import { requestNumberLocale } from '@/lib/server/number-locale';
import { requireUserWithHistory } from '@/lib/server/auth/session';

export const metadata: Metadata = { title: 'Achievements' };

const savedMessages: Record<string, string> = {
  created: 'Achievement added.',
  updated: 'Achievement saved.',
  deleted: 'Achievement deleted.',
};

type Props = { searchParams: Promise<{ tag?: string; saved?: string }> };

export default async function AchievementsPage({ searchParams }: Props) {
  const { history } = await requireUserWithHistory();
  const { tag: requestedTag, saved } = await searchParams;
  const tag = typeof requestedTag === 'string' ? parseTags(requestedTag)[0] : undefined;
  const [{ all, choices }, locale] = await Promise.all([loadAchievementsView(history), requestNumberLocale()]);
  const shown = tag ? all.filter((achievement) => achievement.tags.includes(tag)) : all;
  const tags = tagsInUse(all);
  const goalTitles = new Map(choices.goals.map((goal) => [goal.id, goal.title]));
  const skillNames = new Map(choices.skills.map((skill) => [skill.id, skill.name]));
  const positionNames = new Map(
    choices.positions.map((position) => [position.id, `${position.title}, ${position.employer}`]),
  );
  const add = (
    <InAppLink href="/achievements/new" className={buttonClasses('primary')}>
      Add an achievement
    </InAppLink>
  );

  return (
    <>
      {saved && savedMessages[saved] && <FlashToast message={savedMessages[saved]} />}
      <PageHeader
        title="Achievements"
        description="Your brag document: what you did, what it changed and how you measured it. It leads your yearly review and fills your résumé."
        actions={add}
      />
      {tags.length > 0 && (
        <div className="mb-6">
          <ChoiceLinks
            label="Filter by tag"
            choices={[
              { href: '/achievements', label: 'All', current: tag === undefined },
              ...tags.map((option) => ({
                href: `/achievements?tag=${encodeURIComponent(option)}`,
                label: option,
                current: option === tag,
              })),
            ]}
          />
        </div>
      )}
      {shown.length === 0 ? (
        <EmptyState title={tag ? `No achievements tagged “${tag}”` : 'No achievements yet'} action={add}>
          <p>
            Log a win while you remember it: a launch, a problem solved, someone you helped grow. Your weekly highlight
            can become one with a click.
          </p>
        </EmptyState>
      ) : (
        <ul
          className="space-y-4"
          aria-label={tag ? `Achievements tagged ${tag}, newest first` : 'Achievements, newest first'}
        >
          {shown.map((achievement) => (
            <li key={achievement.id}>
              <AchievementCard
                locale={locale}
                achievement={achievement}
                links={[
                  ...(achievement.positionId ? [positionNames.get(achievement.positionId) ?? ''] : []),
                  ...achievement.goalIds.map((id) => goalTitles.get(id) ?? ''),
                  ...achievement.skillIds.map((id) => skillNames.get(id) ?? ''),
                ].filter(Boolean)}
              />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
