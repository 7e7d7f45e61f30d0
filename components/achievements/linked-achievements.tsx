import { InAppLink } from '@/components/ui/in-app-link';
import { buttonClasses } from '@/components/ui/button-classes';
import { CardSection } from '@/components/ui/card';
import { measuredResultText } from '@/lib/achievements/achievements';
import { dateLabel } from '@/lib/dates/calendar';

type Props = {
  /** What the achievements are linked to, in a sentence: "this goal", "this skill". */
  subject: string;
  achievements: {
    id: string;
    title: string;
    achievedOn: string;
    metric: string;
    valueBefore: number | null;
    valueAfter: number | null;
    unit: string;
  }[];
  /** The new-achievement form with this goal or skill already ticked. */
  addHref: string;
  /** The user's number locale (lib/server/number-locale.ts). */
  locale: string;
};

/** A goal's or a skill's achievements, newest first, with a way to add one already linked to it. */
export function LinkedAchievements({ subject, achievements, addHref, locale }: Props) {
  return (
    <CardSection
      id="achievements"
      title="Achievements"
      aside={
        <InAppLink href={addHref} className={buttonClasses('secondary')}>
          Add an achievement
        </InAppLink>
      }
    >
      {achievements.length === 0 ? (
        <p className="text-slate-600 dark:text-slate-400">No achievements linked to {subject} yet.</p>
      ) : (
        <ul className="space-y-2">
          {achievements.map((achievement) => {
            const result = measuredResultText(achievement, '→', locale);
            return (
              <li key={achievement.id} className="break-words">
                <InAppLink
                  href={`/achievements/${achievement.id}`}
                  className="font-medium text-brand-700 underline dark:text-brand-300"
                >
                  {achievement.title}
                </InAppLink>{' '}
                <span className="text-sm text-slate-600 dark:text-slate-400">
                  · {dateLabel(achievement.achievedOn)}
                  {result ? ` · ${result}` : ''}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </CardSection>
  );
}
