// The Career page's four lists of entries, each linking to its entry's own page.
import { EmptyRecord as Empty } from '@/components/career/record-section';
import { EntryCards } from '@/components/career/entry-cards';
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
        <EntryCards
          className="grid grid-cols-1 gap-3 md:grid-cols-2"
          entries={skills.map((skill) => {
            const level = skill.now;
            return {
              id: skill.id,
              href: `/career/skills/${skill.id}`,
              title: skill.name,
              badges: [{ label: skillKindLabels[skill.kind] }],
              spread: true,
              lines: [
                {
                  text: `${level === null ? 'Not assessed yet' : `Now ${level} (${skillLevelName(level)})`} · target ${skill.targetLevel} (${skillLevelName(skill.targetLevel)})`,
                  tone: 'body',
                },
                { text: change(levelChangeOverYear(skill)), tone: 'muted' },
              ],
            };
          })}
        />
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
        <EntryCards
          className="space-y-3"
          entries={education.map((entry) => ({
            id: entry.id,
            href: `/career/education/${entry.id}`,
            title: entry.title,
            badges: [{ label: educationKindLabels[entry.kind] }],
            badgesFirst: true,
            lines: [
              {
                text: [
                  entry.provider,
                  trainingPeriod(entry),
                  entry.hours !== null ? `${formatNumber(entry.hours, locale)} hours` : '',
                ]
                  .filter(Boolean)
                  .join(' · '),
                tone: 'muted',
              },
            ],
          }))}
        />
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
        <EntryCards
          className="space-y-3"
          entries={certifications.map((certification) => {
            const state = certificationState(certification.expiresOn, today);
            const credentialUrl = certification.credentialUrl;
            return {
              id: certification.id,
              href: `/career/certifications/${certification.id}`,
              title: certification.name,
              badges: [
                {
                  label: certificationStateLabels[state],
                  tone: state === 'valid' ? 'success' : state === 'expiring' ? 'warning' : 'muted',
                },
              ],
              spread: true,
              lines: [
                {
                  text: [
                    certification.issuer,
                    `earned ${dateLabel(certification.earnedOn)}`,
                    certification.expiresOn
                      ? `${state === 'expired' ? 'expired' : 'expires'} ${dateLabel(certification.expiresOn)}`
                      : 'no expiry',
                  ]
                    .filter(Boolean)
                    .join(' · '),
                  tone: 'muted',
                },
              ],
              externalLink:
                credentialUrl && /^https?:\/\//.test(credentialUrl)
                  ? {
                      href: credentialUrl,
                      label: 'View credential',
                      detail: `for ${certification.name} (opens in a new tab)`,
                    }
                  : undefined,
            };
          })}
        />
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
        <EntryCards
          className="space-y-3"
          entries={positions.map((position) => {
            const payLine = pay.some((record) => record.positionId === position.id)
              ? positionPayLine(position, positions, pay, locale)
              : null;
            return {
              id: position.id,
              href: `/career/positions/${position.id}`,
              title: position.title,
              badges: [
                ...(position.endedOn === null ? [{ label: 'Current', tone: 'brand' as const }] : []),
                ...(position.howReached === 'promotion' ? [{ label: 'Promotion', tone: 'success' as const }] : []),
              ],
              lines: [
                {
                  text: `${position.employer} · ${period(position.startedOn, position.endedOn, 'now', dateLabel)} · ${howReachedLabels[position.howReached]}`,
                  tone: 'muted',
                },
                ...(payLine ? [{ text: payLine, tone: 'plain' as const }] : []),
              ],
            };
          })}
        />
      )}
    </>
  );
}
