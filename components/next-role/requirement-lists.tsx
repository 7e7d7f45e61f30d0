import { Badge, type BadgeTone } from '@/components/ui/badge';
import { CardSection } from '@/components/ui/card';
import type { FormAction } from '@/components/ui/use-form-action';
import { dateLabel } from '@/lib/dates/calendar';
import { percent } from '@/lib/format';
import type { EvidenceKind, RequirementReadiness } from '@/lib/next-role/readiness';
import { requirementName } from '@/lib/next-role/requirement-name';
import { readinessStateLabels, requirementTypeLabels, type ReadinessState } from '@/lib/next-role/vocabulary';
import { ExpectationRatingForm, GapGoalControl } from './role-forms';

const stateTones: Record<ReadinessState, BadgeTone> = { met: 'success', partly: 'warning', missing: 'muted' };
const evidenceKindLabels: Record<EvidenceKind, string> = {
  assessment: 'Assessment',
  certification: 'Certificate',
  education: 'Education',
  position: 'Position',
  achievement: 'Achievement',
  self_rating: 'Your rating',
  goal: 'Goal',
};

/** What the user keeps with a requirement: the goals made from it and their ratings of it, oldest first. */
export type StoredRequirement = { goals: { id: string; title: string }[]; selfRatings: { rating: number }[] };

type Row = { readiness: RequirementReadiness; stored: StoredRequirement | undefined };

function RequirementHead({ readiness, locale }: { readiness: RequirementReadiness; locale: string }) {
  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="min-w-0 font-semibold [overflow-wrap:anywhere]">{requirementName(readiness.requirement)}</h3>
        <Badge tone={stateTones[readiness.state]}>{readinessStateLabels[readiness.state]}</Badge>
      </div>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {requirementTypeLabels[readiness.requirement.type]} · {percent(readiness.share, locale)} of readiness
      </p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-sm">
        <dt className="text-slate-600 dark:text-slate-400">You have</dt>
        <dd>{readiness.have}</dd>
        <dt className="text-slate-600 dark:text-slate-400">The role needs</dt>
        <dd className="[overflow-wrap:anywhere]">{readiness.need}</dd>
      </dl>
    </>
  );
}

/** The requirements not met, the largest missing share first, each with the goal that would close it. */
export function GapList({
  gaps,
  storedById,
  makeGoal,
  locale,
}: {
  gaps: RequirementReadiness[];
  storedById: Map<string, StoredRequirement>;
  makeGoal: FormAction;
  locale: string;
}) {
  const rows: Row[] = gaps.map((readiness) => ({ readiness, stored: storedById.get(readiness.key) }));
  return (
    <CardSection
      id="gaps"
      title="Gaps"
      description={
        gaps.length === 0 ? undefined : 'What stands between you and the role, the largest part of readiness first.'
      }
    >
      {gaps.length === 0 ? (
        <p className="text-slate-700 dark:text-slate-300">Every requirement is met. You are ready for this role.</p>
      ) : (
        <ol aria-label="Gaps, largest first" className="grid grid-cols-1 gap-3 lg:grid-cols-2">
          {rows.map(({ readiness, stored }) => {
            return (
              <li
                key={readiness.key}
                className="space-y-2 rounded-lg border border-slate-200 p-3 dark:border-slate-700"
              >
                <RequirementHead readiness={readiness} locale={locale} />
                <GapGoalControl action={makeGoal} requirementId={readiness.key} goal={stored?.goals.at(-1)} />
              </li>
            );
          })}
        </ol>
      )}
    </CardSection>
  );
}

/** Every requirement with the records that count for it, and the user's rating of each expectation. */
export function RequirementList({
  requirements,
  storedById,
  rate,
  locale,
}: {
  requirements: RequirementReadiness[];
  storedById: Map<string, StoredRequirement>;
  rate: FormAction;
  locale: string;
}) {
  return (
    <CardSection id="requirements" title="Requirements and evidence">
      <ul className="grid grid-cols-1 gap-3 lg:grid-cols-2">
        {requirements.map((readiness) => {
          const lastRating = storedById.get(readiness.key)?.selfRatings.at(-1);
          return (
            <li key={readiness.key} className="space-y-2 rounded-lg border border-slate-200 p-3 dark:border-slate-700">
              <RequirementHead readiness={readiness} locale={locale} />
              {readiness.evidence.length === 0 ? (
                <p className="text-sm text-slate-600 dark:text-slate-400">No evidence in your record yet.</p>
              ) : (
                <ul aria-label={`Evidence for ${requirementName(readiness.requirement)}`} className="space-y-1 text-sm">
                  {readiness.evidence.map((evidence, index) => (
                    <li key={index} className="[overflow-wrap:anywhere]">
                      <span className="font-medium">{evidenceKindLabels[evidence.kind]}:</span> {evidence.label}
                      {evidence.date && (
                        <span className="text-slate-600 dark:text-slate-400"> · {dateLabel(evidence.date)}</span>
                      )}
                    </li>
                  ))}
                </ul>
              )}
              {readiness.requirement.type === 'expectation' && (
                <ExpectationRatingForm
                  action={rate}
                  requirementId={readiness.key}
                  rating={lastRating?.rating ?? null}
                  label="How often you do this"
                />
              )}
            </li>
          );
        })}
      </ul>
    </CardSection>
  );
}
