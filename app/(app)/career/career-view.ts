// What the Career page draws, derived from the record once per change of the history and kept beside it
// (memoViewWhileHistoryUnchanged): its four lists as cards, each linking to its entry's own page, the pay over
// time, and the recurring development areas.
import 'server-only';
import type { EntryCard } from '@/components/career/entry-cards';
import { payOverTimeTable } from '@/components/career/pay-over-time-table';
import type { PlainTable } from '@/components/ui/plain-table';
import type { loadCareerView } from '@/db/loaders/record-views';
import type { listCertifications } from '@/db/queries/career/certifications';
import type { listEducation } from '@/db/queries/career/education';
import type { listPositions } from '@/db/queries/career/positions';
import type { SkillWithLevels } from '@/db/queries/career/skills';
import type { PayRecord } from '@/db/schema';
import { compensationSeries } from '@/lib/career/compensation';
import { positionPayLine } from '@/lib/career/compensation-text';
import { educationKindLabels, howReachedLabels, skillKindLabels, skillLevelName } from '@/lib/career/vocabulary';
import { certificationState, certificationStateLabels } from '@/lib/career/certifications';
import { period, trainingPeriod } from '@/lib/career/periods';
import { levelChangeOverYear } from '@/lib/career/skills';
import { dateLabel, type IsoDate } from '@/lib/dates/calendar';
import { recurringDevelopmentAreas, type RecurringArea } from '@/lib/feedback/recurring';
import { formatNumber } from '@/lib/format';

type Rows<T extends (...args: never[]) => Promise<unknown[]>> = Awaited<ReturnType<T>>;
type CareerRecord = Awaited<ReturnType<typeof loadCareerView>>;

export type CareerPageView = {
  skills: EntryCard[];
  education: EntryCard[];
  certifications: EntryCard[];
  positions: EntryCard[];
  /** How many positions have not ended. */
  currentRoles: number;
  /** Total yearly compensation at each change, one table per currency. */
  payOverTime: PlainTable[];
  areas: RecurringArea[];
  feedbackCount: number;
  peopleCount: number;
};

export function careerPageView(record: CareerRecord, today: IsoDate, locale: string): CareerPageView {
  const { skills, education, certifications, positions, pay, feedback, people } = record;
  return {
    skills: skillCards(skills),
    education: educationCards(education, locale),
    certifications: certificationCards(certifications, today),
    positions: positionCards(positions, pay, locale),
    currentRoles: positions.filter((position) => position.endedOn === null).length,
    payOverTime: compensationSeries(positions, pay).map((series) => payOverTimeTable(series, locale)),
    areas: recurringDevelopmentAreas(feedback),
    feedbackCount: feedback.length,
    peopleCount: people.length,
  };
}

const change = (delta: number | null) =>
  delta === null
    ? '—'
    : delta > 0
      ? `+${delta} in 12 months`
      : delta < 0
        ? `${delta} in 12 months`
        : 'no change in 12 months';

function skillCards(skills: SkillWithLevels[]): EntryCard[] {
  return skills.map((skill) => {
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
  });
}

function educationCards(education: Rows<typeof listEducation>, locale: string): EntryCard[] {
  return education.map((entry) => ({
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
  }));
}

function certificationCards(certifications: Rows<typeof listCertifications>, today: IsoDate): EntryCard[] {
  return certifications.map((certification) => {
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
  });
}

function positionCards(positions: Rows<typeof listPositions>, pay: PayRecord[], locale: string): EntryCard[] {
  return positions.map((position) => {
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
  });
}
