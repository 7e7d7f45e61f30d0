import { AlignmentChart, SkillsComparisonChart, type AlignmentPoint, type SkillComparison } from '@/components/charts/bar-and-line-charts';
import { weekLabel } from '@/lib/weeks';

type Props = {
  weeks: { weekStart: string; updated: boolean }[];
  alignment: AlignmentPoint[];
  skills: SkillComparison[];
};

const chartedSkills = 12;
const card = 'space-y-3 rounded-xl border border-slate-200 bg-white p-4 sm:p-6 dark:border-slate-800 dark:bg-slate-900';

/** Weekly consistency, purpose alignment and skills now vs a year ago, each with a text or table alternative. */
export function HabitsSection({ weeks, alignment, skills }: Props) {
  const updated = weeks.filter((week) => week.updated).length;
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <section aria-labelledby="consistency-heading" className={card}>
        <h2 id="consistency-heading" className="text-lg font-semibold">
          Weekly consistency
        </h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Updates in <strong>{updated}</strong> of the last {weeks.length} weeks.
        </p>
        <ol aria-label="Last weeks, oldest first" className="grid grid-cols-[repeat(13,minmax(0,1fr))] gap-1">
          {weeks.map((week) => (
            <li
              key={week.weekStart}
              title={`${weekLabel(week.weekStart)}: ${week.updated ? 'updated' : 'no update'}`}
              className={`aspect-square rounded-sm ${week.updated ? 'bg-brand-600 dark:bg-brand-400' : 'bg-slate-200 dark:bg-slate-700'}`}
            >
              <span className="sr-only">
                {weekLabel(week.weekStart)}: {week.updated ? 'updated' : 'no update'}
              </span>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="alignment-heading" className={card}>
        <h2 id="alignment-heading" className="text-lg font-semibold">
          Purpose alignment
        </h2>
        {alignment.length < 2 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">Rate how aligned each week was in the weekly update to see the trend here.</p>
        ) : (
          <>
            <AlignmentChart points={alignment} summary={`Monthly mean alignment with long-term purpose, from ${alignment[0]?.alignment.toFixed(1)} to ${alignment.at(-1)?.alignment.toFixed(1)} out of 5.`} />
            <details>
              <summary className="min-h-11 cursor-pointer py-2 text-sm font-semibold">Show alignment as a table</summary>
              <table className="w-full text-left text-sm">
                <caption className="sr-only">Mean alignment by month</caption>
                <thead>
                  <tr>
                    <th scope="col">Month</th>
                    <th scope="col">Mean alignment (1–5)</th>
                  </tr>
                </thead>
                <tbody>
                  {alignment.map((point) => (
                    <tr key={point.month}>
                      <th scope="row" className="font-normal">{point.label}</th>
                      <td>{point.alignment.toFixed(1)}</td>
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
              skills={[...skills].sort((a, b) => b.now - b.yearAgo - (a.now - a.yearAgo)).slice(0, chartedSkills)}
              summary={`${skills.filter((skill) => skill.now > skill.yearAgo).length} of ${skills.length} skills grew over the last year.${skills.length > chartedSkills ? ` The chart shows the ${chartedSkills} that grew most; the table lists all.` : ''}`}
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
                  {skills.map((skill) => (
                    <tr key={skill.name}>
                      <th scope="row" className="font-normal">{skill.name}</th>
                      <td>{skill.yearAgo || '—'}</td>
                      <td>{skill.now}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          </>
        )}
      </section>
    </div>
  );
}
