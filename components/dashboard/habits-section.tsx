import Link from 'next/link';
import { PurposeAndProgressChart, SkillsComparisonChart } from '@/components/charts/bar-and-line-charts';
import type { PurposeAndProgressPoint, RecentWeek, SkillComparison } from '@/lib/trajectory/dashboard';
import { weekLabel } from '@/lib/dates/calendar';

type Props = {
  weeks: RecentWeek[];
  purpose: PurposeAndProgressPoint[];
  skills: SkillComparison[];
};

const chartedSkills = 12;

function purposeSummary(points: PurposeAndProgressPoint[]): string {
  const alignments = points.flatMap((point) => (point.alignment === null ? [] : [point.alignment.toFixed(1)]));
  const progress = points.flatMap((point) => (point.progress === null ? [] : [`${point.progress} %`]));
  return [
    'Monthly mean alignment with long-term purpose beside mean goal progress.',
    alignments.length > 0 ? `Alignment from ${alignments[0]} to ${alignments.at(-1)} out of 5.` : 'No alignment ratings yet.',
    progress.length > 0 ? `Goal progress from ${progress[0]} to ${progress.at(-1)}.` : 'No goal values yet.',
  ].join(' ');
}
function firstMonthSentence(point: PurposeAndProgressPoint): string {
  const parts = [
    point.alignment === null ? null : `alignment ${point.alignment.toFixed(1)} out of 5`,
    point.progress === null ? null : `goal progress ${point.progress} %`,
  ].filter((part): part is string => part !== null);
  return `${point.label}: ${parts.join(', ')}.`;
}

const card = 'space-y-3 rounded-xl border border-slate-200 bg-white p-4 sm:p-6 dark:border-slate-800 dark:bg-slate-900';

/** Weekly consistency, purpose alignment and skills now vs a year ago, each with a text or table alternative. */
export function HabitsSection({ weeks, purpose, skills }: Props) {
  const counted = weeks.filter((week) => week.counted);
  const updated = counted.filter((week) => week.updated).length;
  const charted = [...skills].sort((a, b) => b.now - b.yearAgo - (a.now - a.yearAgo)).slice(0, chartedSkills);
  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
      <section aria-labelledby="consistency-heading" className={card}>
        <h2 id="consistency-heading" className="text-lg font-semibold">
          Weekly consistency
        </h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Updates in <strong>{updated}</strong> of {counted.length === weeks.length ? `the last ${weeks.length} weeks` : `the ${counted.length} ${counted.length === 1 ? 'week' : 'weeks'} since you started`}.
        </p>
        <ol aria-label="Last weeks, oldest first" className="grid grid-cols-[repeat(13,minmax(0,1fr))] gap-1">
          {weeks.map((week) => {
            const label = `${weekLabel(week.weekStart)}: ${week.updated ? 'updated' : week.counted ? 'no update' : 'before you started'}`;
            const fill = week.updated
              ? 'bg-brand-600 dark:bg-brand-400'
              : week.counted
                ? 'bg-slate-200 dark:bg-slate-700'
                : 'border border-dashed border-slate-300 dark:border-slate-700';
            return (
              <li key={week.weekStart} title={label} className={`aspect-square rounded-sm ${fill}`}>
                <span className="sr-only">{label}</span>
              </li>
            );
          })}
        </ol>
      </section>

      <section aria-labelledby="purpose-heading" className={card}>
        <h2 id="purpose-heading" className="text-lg font-semibold">
          Purpose alignment and goal progress
        </h2>
        {purpose.length < 2 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {purpose[0]
              ? `${firstMonthSentence(purpose[0])} The trend appears from your second month of weekly updates.`
              : 'Rate how aligned each week was in the weekly update, and record your goals’ values, to see both trends here.'}
          </p>
        ) : (
          <>
            <PurposeAndProgressChart points={purpose} summary={purposeSummary(purpose)} />
            <details>
              <summary className="min-h-11 cursor-pointer py-2 text-sm font-semibold">Show as a table</summary>
              <table className="w-full text-left text-sm">
                <caption className="sr-only">Mean alignment and mean goal progress by month</caption>
                <thead>
                  <tr>
                    <th scope="col">Month</th>
                    <th scope="col">Alignment (1–5)</th>
                    <th scope="col">Goal progress</th>
                  </tr>
                </thead>
                <tbody>
                  {purpose.map((point) => (
                    <tr key={point.month}>
                      <th scope="row" className="font-normal">
                        {point.label}
                      </th>
                      <td>{point.alignment === null ? '—' : point.alignment.toFixed(1)}</td>
                      <td>{point.progress === null ? '—' : `${point.progress} %`}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          </>
        )}
      </section>

      <section aria-labelledby="skills-heading" className={`${card} lg:col-span-2`}>
        <h2 id="skills-heading" className="text-lg font-semibold">
          Skills: now and a year ago
        </h2>
        {skills.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">Assess your skills on the Career page to compare them with a year ago.</p>
        ) : (
          <>
            <SkillsComparisonChart
              skills={charted}
              summary={`${skills.filter((skill) => skill.now > skill.yearAgo).length} of ${skills.length} skills grew over the last year.${skills.length > charted.length ? ` The chart shows the ${charted.length} that grew most.` : ''}`}
            />
            <details>
              <summary className="min-h-11 cursor-pointer py-2 text-sm font-semibold">Show skills as a table</summary>
              <table className="w-full text-left text-sm">
                <caption className="sr-only">Skill levels now and a year ago</caption>
                <thead>
                  <tr>
                    <th scope="col">Skill</th>
                    <th scope="col">A year ago</th>
                    <th scope="col">Now</th>
                  </tr>
                </thead>
                <tbody>
                  {charted.map((skill) => (
                    <tr key={skill.name}>
                      <th scope="row" className="font-normal">
                        {skill.name}
                      </th>
                      <td>{skill.yearAgo || '—'}</td>
                      <td>{skill.now}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
            {skills.length > charted.length && (
              <Link href="/career#skills" className="inline-flex min-h-11 items-center text-sm font-semibold text-brand-800 underline dark:text-brand-300">
                All {skills.length} skills on the Career page
              </Link>
            )}
          </>
        )}
      </section>
    </div>
  );
}
