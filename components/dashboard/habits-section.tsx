import { InAppLink } from '@/components/ui/in-app-link';
import { PurposeAndProgressChart, SkillsComparisonChart } from '@/components/charts/lazy-charts';
import type { PurposeAndProgressPoint, RecentWeek, SkillComparison } from '@/lib/trajectory/dashboard';
import type { BalancePoint } from '@/lib/weekly/balance';
import { BalanceCard } from './balance-card';
import { ConsistencyCard } from './consistency-card';
import { CardSection } from '@/components/ui/card';
import { TableDisclosure } from '@/components/ui/table-disclosure';
import { oneDecimal, withUnit } from '@/lib/format';

type Props = {
  weeks: RecentWeek[];
  purpose: PurposeAndProgressPoint[];
  skills: SkillComparison[];
  balance: BalancePoint[];
  /** The user's number locale (lib/server/number-locale.ts). */
  locale: string;
};

const chartedSkills = 12;

function purposeSummary(points: PurposeAndProgressPoint[], locale: string): string {
  const alignments = points.flatMap((point) => (point.alignment === null ? [] : [oneDecimal(point.alignment, locale)]));
  const progress = points.flatMap((point) => (point.progress === null ? [] : [withUnit(point.progress, '%', locale)]));
  return [
    'Monthly mean alignment with long-term purpose beside mean goal progress.',
    alignments.length > 0
      ? `Alignment from ${alignments[0]} to ${alignments.at(-1)} out of 5.`
      : 'No alignment ratings yet.',
    progress.length > 0 ? `Goal progress from ${progress[0]} to ${progress.at(-1)}.` : 'No goal values yet.',
  ].join(' ');
}
function firstMonthSentence(point: PurposeAndProgressPoint, locale: string): string {
  const parts = [
    point.alignment === null ? null : `alignment ${oneDecimal(point.alignment, locale)} out of 5`,
    point.progress === null ? null : `goal progress ${withUnit(point.progress, '%', locale)}`,
  ].filter((part): part is string => part !== null);
  return `${point.label}: ${parts.join(', ')}.`;
}

/**
 * Weekly consistency, purpose alignment, work-life balance and skills now vs a year ago, each with a text or
 * table alternative.
 */
export function HabitsSection({ weeks, purpose, skills, balance, locale }: Props) {
  const charted = [...skills].sort((a, b) => b.now - b.yearAgo - (a.now - a.yearAgo)).slice(0, chartedSkills);
  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
      <ConsistencyCard weeks={weeks} />

      <CardSection id="purpose" title="Purpose alignment and goal progress">
        {purpose.length < 2 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {purpose[0]
              ? `${firstMonthSentence(purpose[0], locale)} The trend appears from your second month of weekly updates.`
              : 'Rate how aligned each week was in the weekly update, and record your goals’ values, to see both trends here.'}
          </p>
        ) : (
          <>
            <PurposeAndProgressChart points={purpose} summary={purposeSummary(purpose, locale)} locale={locale} />
            <TableDisclosure
              summary="Show as a table"
              table={{
                caption: 'Mean alignment and mean goal progress by month',
                columns: ['Month', 'Alignment (1–5)', 'Goal progress'],
                rows: purpose.map((point) => ({
                  key: point.month,
                  header: point.label,
                  cells: [
                    point.alignment === null ? '—' : oneDecimal(point.alignment, locale),
                    point.progress === null ? '—' : withUnit(point.progress, '%', locale),
                  ],
                })),
              }}
            />
          </>
        )}
      </CardSection>

      <BalanceCard points={balance} locale={locale} />

      <CardSection id="skills" title="Skills: now and a year ago" className="lg:col-span-2">
        {skills.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Assess your skills on the Career page to compare them with a year ago.
          </p>
        ) : (
          <>
            <SkillsComparisonChart
              skills={charted}
              summary={`${skills.filter((skill) => skill.now > skill.yearAgo).length} of ${skills.length} skills grew over the last year.${skills.length > charted.length ? ` The chart shows the ${charted.length} that grew most.` : ''}`}
            />
            <TableDisclosure
              summary="Show skills as a table"
              table={{
                caption: 'Skill levels now and a year ago',
                columns: ['Skill', 'A year ago', 'Now'],
                headersWrap: true,
                rows: charted.map((skill) => ({
                  key: skill.name,
                  header: skill.name,
                  cells: [skill.yearAgo ? String(skill.yearAgo) : '—', String(skill.now)],
                })),
              }}
            />
            {skills.length > charted.length && (
              <InAppLink
                href="/career#skills"
                className="inline-flex min-h-11 items-center text-sm font-semibold text-brand-800 underline dark:text-brand-300"
              >
                All {skills.length} skills on the Career page
              </InAppLink>
            )}
          </>
        )}
      </CardSection>
    </div>
  );
}
