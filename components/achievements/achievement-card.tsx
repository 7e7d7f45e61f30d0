import { InAppLink } from '@/components/ui/in-app-link';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { measuredResultText } from '@/lib/achievements/achievements';
import { dateLabel } from '@/lib/dates/calendar';

type Props = {
  achievement: {
    id: string;
    title: string;
    impact: string;
    metric: string;
    valueBefore: number | null;
    valueAfter: number | null;
    unit: string;
    achievedOn: string;
    tags: string[];
  };
  /** What it is linked to, by name: "Data analyst, Acme", a goal's title, a skill's name. */
  links?: string[];
  /** The user's number locale (lib/server/number-locale.ts). */
  locale: string;
};

/** One achievement as a card: its date, what happened, the impact and result, its links and tags. */
export function AchievementCard({ achievement, links = [], locale }: Props) {
  const result = measuredResultText(achievement, '→', locale);
  return (
    <Card as="article" className="space-y-2">
      <p className="text-sm text-slate-600 dark:text-slate-400">{dateLabel(achievement.achievedOn)}</p>
      <h3 className="font-semibold break-words">
        <InAppLink href={`/achievements/${achievement.id}`} className="underline-offset-2 hover:underline">
          {achievement.title}
        </InAppLink>
      </h3>
      {achievement.impact && <p className="whitespace-pre-line break-words">{achievement.impact}</p>}
      {result && (
        <p className="text-sm font-medium break-words">
          <span className="sr-only">Measured result: </span>
          {result}
        </p>
      )}
      {links.length > 0 && (
        <p className="text-sm break-words text-slate-700 dark:text-slate-300">Linked to {links.join(' · ')}</p>
      )}
      {achievement.tags.length > 0 && (
        <ul aria-label="Tags" className="flex flex-wrap gap-1">
          {achievement.tags.map((tag) => (
            <li key={tag}>
              <Badge>{tag}</Badge>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
