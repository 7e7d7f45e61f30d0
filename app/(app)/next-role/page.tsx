import type { Metadata } from 'next';
import { InAppLink } from '@/components/ui/in-app-link';
import { GapList, RequirementList } from '@/components/next-role/requirement-lists';
import { ReadinessChart } from '@/components/next-role/readiness-chart';
import { ActionButtonForm } from '@/components/next-role/role-forms';
import { StartingPoints } from '@/components/next-role/starting-points';
import { buttonClasses } from '@/components/ui/button-classes';
import { Card, CardSection } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Disclosure } from '@/components/ui/disclosure';
import { FlashToast } from '@/components/ui/flash-toast';
import { HydrateApart } from '@/components/ui/hydrate-apart';
import { PageHeader } from '@/components/ui/page-header';
import { loadNextRoleView } from '@/db/loaders/record-views';
import { localDate } from '@/lib/dates/calendar';
import { percent } from '@/lib/format';
import { withTodayAsLastPoint } from '@/lib/next-role/readiness-chart';
import { requireUserWithHistory } from '@/lib/server/auth/session';
import { requestNumberLocale } from '@/lib/server/number-locale';
import {
  copyExampleProfile,
  deleteRoleAction,
  importProfileFile,
  makeGoalFromGap,
  makeRoleCurrentAction,
  rateExpectationAction,
} from './actions';

export const metadata: Metadata = { title: 'Next role' };

const chartMonths = 36;
const flashes: Record<string, string> = {
  created: 'Target role added. Here is how ready you are.',
  deleted: 'Target role deleted.',
  edited: 'Profile saved. Readiness is counted again from it.',
  switched: 'Current target changed.',
};

type Props = { searchParams: Promise<{ saved?: string }> };

export default async function NextRolePage({ searchParams }: Props) {
  const { user, history } = await requireUserWithHistory();
  const { saved } = await searchParams;
  const flash = saved ? flashes[saved] : undefined;
  const today = localDate(new Date(), user.timeZone);
  const [{ roles, current, readiness, series }, locale] = await Promise.all([
    loadNextRoleView(history, today, chartMonths),
    requestNumberLocale(),
  ]);
  const header = (
    <PageHeader
      title="Next role"
      description="The role you aim at next, how ready your record says you are, and what to do about the gaps."
    />
  );
  if (!current || !readiness)
    return (
      <>
        {flash && <FlashToast message={flash} />}
        {header}
        <StartingPoints copyExample={copyExampleProfile} importFile={importProfileFile} />
      </>
    );

  const storedById = new Map(current.requirements.map((stored) => [stored.id, stored]));
  const roleName = current.level ? `${current.title} (${current.level})` : current.title;
  const others = roles.filter((role) => role.id !== current.id);
  return (
    <>
      {flash && <FlashToast message={flash} />}
      {header}
      <div className="space-y-6">
        <Card as="section" aria-labelledby="readiness-heading" className="space-y-4">
          <h2 id="readiness-heading" className="sr-only">
            Readiness
          </h2>
          <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            <span className="text-5xl font-bold tracking-tight text-brand-800 dark:text-brand-300">
              {percent(readiness.percent / 100, locale)}
            </span>
            <span className="text-lg [overflow-wrap:anywhere]">ready for {roleName}</span>
          </p>
          {current.summary && <p className="max-w-prose text-slate-700 dark:text-slate-300">{current.summary}</p>}
          <div className="flex flex-wrap gap-2">
            <InAppLink href={`/next-role/${current.id}/edit`} className={buttonClasses('secondary')}>
              Edit profile
            </InAppLink>
            <a href={`/next-role/profile.json?role=${current.id}`} className={buttonClasses('secondary')} download>
              Download profile
            </a>
            <ConfirmDialog
              triggerLabel="Delete"
              triggerAccessibleName={`Delete the target ${current.title}`}
              title={`Delete the target ${current.title}?`}
              body="Its requirements and your ratings of them are deleted. Goals made from its gaps stay in your goals. This cannot be undone."
              confirmLabel="Delete target"
              hiddenFields={{ roleId: current.id }}
              action={deleteRoleAction}
            />
          </div>
        </Card>
        {/* The gaps, chart and lists below the first screen hydrate apart from it: one long task less on a phone. */}
        <HydrateApart>
          <GapList gaps={readiness.gaps} storedById={storedById} makeGoal={makeGoalFromGap} locale={locale} />
          <ReadinessChart points={withTodayAsLastPoint(series, today, readiness.percent)} locale={locale} />
          <RequirementList
            requirements={readiness.requirements}
            storedById={storedById}
            rate={rateExpectationAction}
            locale={locale}
          />
          {others.length > 0 && (
            <CardSection id="other-targets" title="Your other targets">
              <ul className="space-y-3">
                {others.map((role) => (
                  <li key={role.id} className="flex flex-wrap items-center justify-between gap-3">
                    <span className="font-medium [overflow-wrap:anywhere]">
                      {role.title}
                      {role.level && <span className="text-slate-600 dark:text-slate-400"> · {role.level}</span>}
                    </span>
                    <div className="flex flex-wrap gap-2">
                      <InAppLink
                        href={`/next-role/${role.id}/edit`}
                        className={buttonClasses('secondary')}
                        aria-label={`Edit ${role.title}`}
                      >
                        Edit
                      </InAppLink>
                      <ActionButtonForm
                        action={makeRoleCurrentAction}
                        fields={{ roleId: role.id }}
                        label="Make current"
                        pendingLabel="Switching…"
                        variant="secondary"
                      />
                    </div>
                  </li>
                ))}
              </ul>
            </CardSection>
          )}
          <section aria-labelledby="another-heading" className="space-y-3">
            <h2 id="another-heading" className="text-lg font-semibold">
              Aim at another role
            </h2>
            <Disclosure summary="Write your own, start from an example or import a file">
              <div className="pt-3">
                <StartingPoints copyExample={copyExampleProfile} importFile={importProfileFile} />
              </div>
            </Disclosure>
          </section>
        </HydrateApart>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          How readiness is counted: each requirement’s weight, and how much of it your record meets today.{' '}
          <InAppLink href="/career" className="font-semibold text-brand-800 underline dark:text-brand-300">
            Your career record
          </InAppLink>{' '}
          is the evidence.
        </p>
      </div>
    </>
  );
}
