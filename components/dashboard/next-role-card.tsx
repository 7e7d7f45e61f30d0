import { InAppLink } from '@/components/ui/in-app-link';
import { Card } from '@/components/ui/card';
import { percent } from '@/lib/format';
import type { Readiness } from '@/lib/next-role/readiness';
import { requirementName } from '@/lib/next-role/requirement-name';

const linkClasses = 'inline-flex min-h-11 items-center font-semibold text-brand-800 underline dark:text-brand-300';

/** The current target's readiness and its biggest gap; without a target, an invitation to pick one. */
export function NextRoleCard({
  target,
  locale,
}: {
  target: { title: string; readiness: Readiness } | null;
  locale: string;
}) {
  if (!target)
    return (
      <p className="text-slate-700 dark:text-slate-300">
        Aiming at a next role?{' '}
        <InAppLink href="/next-role" className="font-semibold text-brand-800 underline dark:text-brand-300">
          Pick a target role
        </InAppLink>{' '}
        and see how ready your record says you are.
      </p>
    );
  const gap = target.readiness.gaps[0];
  return (
    <Card as="section" aria-labelledby="next-role-heading" className="space-y-2">
      <h2 id="next-role-heading" className="text-lg font-semibold">
        Next role
      </h2>
      <p className="flex flex-wrap items-baseline gap-x-2">
        <span className="text-3xl font-bold text-brand-800 dark:text-brand-300">
          {percent(target.readiness.percent / 100, locale)}
        </span>
        <span className="[overflow-wrap:anywhere]">ready for {target.title}</span>
      </p>
      <p className="text-sm text-slate-700 dark:text-slate-300 [overflow-wrap:anywhere]">
        {gap
          ? `Biggest gap: ${requirementName(gap.requirement)}. The role needs ${gap.need}; you have: ${gap.have.toLowerCase()}.`
          : 'Every requirement is met.'}
      </p>
      <InAppLink href="/next-role" className={linkClasses}>
        Gaps and evidence
      </InAppLink>
    </Card>
  );
}
