// The Career page's four lists of entries, each linking to its entry's own page.
import Link from 'next/link';
import { EmptyRecord as Empty } from '@/components/career/record-section';
import { Badge } from '@/components/ui/badge';
import { cardClasses } from '@/components/ui/card';
import type { listCertifications } from '@/db/queries/career/certifications';
import type { listEducation } from '@/db/queries/career/education';
import type { listPositions } from '@/db/queries/career/positions';
import type { SkillWithLevels } from '@/db/queries/career/skills';
import type { PayRecord } from '@/db/schema';
import { positionPayLine } from '@/lib/career/compensation-text';
import { educationKindLabels, howReachedLabels, skillKindLabels, skillLevelName } from '@/lib/career/vocabulary';
import { certificationState, certificationStateLabels } from '@/lib/career/certifications';
import { period, trainingPeriod } from '@/lib/career/periods';
import { levelChangeOverYear } from '@/lib/career/skills';
import { dateLabel, type IsoDate } from '@/lib/dates/calendar';
import { formatNumber } from '@/lib/format';

type Rows<T extends (...args: never[]) => Promise<unknown[]>> = Awaited<ReturnType<T>>;

const card = cardClasses({ compact: true });
const change = (delta: number | null) =>
  delta === null
    ? '—'
    : delta > 0
      ? `+${delta} in 12 months`
      : delta < 0
        ? `${delta} in 12 months`
        : 'no change in 12 months';

export function SkillList({ skills }: { skills: SkillWithLevels[] }) {
  return (
    <>
      {skills.length === 0 ? (
        <Empty>
          No skills yet. Add the technical and soft skills that open your next step, and assess them as they grow.
        </Empty>
      ) : (
        <ul className="grid grid-cols-1 gap-3 md:grid-cols-2">
          {skills.map((skill) => {
            const level = skill.now;
            const delta = levelChangeOverYear(skill);
            return (
              <li key={skill.id} className={card}>
                <div className="flex items-center justify-between gap-2">
                  <h3 className="min-w-0 font-semibold">
                    <Link href={`/career/skills/${skill.id}`} className="hover:underline">
                      {skill.name}
                    </Link>
                  </h3>
                  <Badge>{skillKindLabels[skill.kind]}</Badge>
                </div>
                <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
                  {level === null ? 'Not assessed yet' : `Now ${level} (${skillLevelName(level)})`} · target{' '}
                  {skill.targetLevel} ({skillLevelName(skill.targetLevel)})
                </p>
                <p className="text-sm text-slate-600 dark:text-slate-400">{change(delta)}</p>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}

export function EducationList({ education, locale }: { education: Rows<typeof listEducation>; locale: string }) {
  return (
    <>
      {education.length === 0 ? (
        <Empty>No education or training yet. Courses, degrees, workshops, mentorship and self-study all count.</Empty>
      ) : (
        <ul className="space-y-3">
          {education.map((entry) => (
            <li key={entry.id} className={card}>
              <div className="flex flex-wrap items-center gap-2">
                <Badge>{educationKindLabels[entry.kind]}</Badge>
                <h3 className="font-semibold">
                  <Link href={`/career/education/${entry.id}`} className="hover:underline">
                    {entry.title}
                  </Link>
                </h3>
              </div>
              <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
                {[
                  entry.provider,
                  trainingPeriod(entry),
                  entry.hours !== null ? `${formatNumber(entry.hours, locale)} hours` : '',
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function CertificationList({
  certifications,
  today,
}: {
  certifications: Rows<typeof listCertifications>;
  today: IsoDate;
}) {
  return (
    <>
      {certifications.length === 0 ? (
        <Empty>No certifications yet. Record the credentials you have earned and when they expire.</Empty>
      ) : (
        <ul className="space-y-3">
          {certifications.map((certification) => {
            const state = certificationState(certification.expiresOn, today);
            return (
              <li key={certification.id} className={card}>
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <h3 className="font-semibold">
                    <Link href={`/career/certifications/${certification.id}`} className="hover:underline">
                      {certification.name}
                    </Link>
                  </h3>
                  <Badge tone={state === 'valid' ? 'success' : state === 'expiring' ? 'warning' : 'muted'}>
                    {certificationStateLabels[state]}
                  </Badge>
                </div>
                <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
                  {[
                    certification.issuer,
                    `earned ${dateLabel(certification.earnedOn)}`,
                    certification.expiresOn
                      ? `${state === 'expired' ? 'expired' : 'expires'} ${dateLabel(certification.expiresOn)}`
                      : 'no expiry',
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
                {certification.credentialUrl && /^https?:\/\//.test(certification.credentialUrl) && (
                  <a
                    href={certification.credentialUrl}
                    rel="noopener noreferrer nofollow"
                    target="_blank"
                    className="text-sm font-semibold text-brand-700 underline dark:text-brand-300"
                  >
                    View credential<span className="sr-only"> for {certification.name} (opens in a new tab)</span>
                  </a>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}

type PositionListProps = { positions: Rows<typeof listPositions>; pay: PayRecord[]; locale: string };

export function PositionList({ positions, pay, locale }: PositionListProps) {
  return (
    <>
      {positions.length === 0 ? (
        <Empty>No positions yet. Add your roles, current and past, and how you reached each one.</Empty>
      ) : (
        <ul className="space-y-3">
          {positions.map((position) => (
            <li key={position.id} className={card}>
              <div className="flex flex-wrap items-center gap-2">
                <h3 className="font-semibold">
                  <Link href={`/career/positions/${position.id}`} className="hover:underline">
                    {position.title}
                  </Link>
                </h3>
                {position.endedOn === null && <Badge tone="brand">Current</Badge>}
                {position.howReached === 'promotion' && <Badge tone="success">Promotion</Badge>}
              </div>
              <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
                {position.employer} · {period(position.startedOn, position.endedOn, 'now', dateLabel)} ·{' '}
                {howReachedLabels[position.howReached]}
              </p>
              {pay.some((record) => record.positionId === position.id) && (
                <p className="text-sm">{positionPayLine(position, positions, pay, locale)}</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
