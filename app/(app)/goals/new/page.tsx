import type { Metadata } from 'next';
import { GoalForm } from '@/components/goals/goal-form';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { listLongTermGoalChoices } from '@/db/queries/goals/goals';
import { requireUser } from '@/lib/server/auth/session';
import { isUuid } from '@/lib/ids';
import { localDate } from '@/lib/dates/calendar';
import { createGoalAction } from '../actions';

export const metadata: Metadata = { title: 'New goal' };

export default async function NewGoalPage({ searchParams }: { searchParams: Promise<{ parent?: string }> }) {
  const user = await requireUser();
  const { parent } = await searchParams;
  const longTermGoals = (await listLongTermGoalChoices(user.id)).filter((goal) => goal.status === 'active');
  const parentGoalId = isUuid(parent) && longTermGoals.some((goal) => goal.id === parent) ? parent : '';
  return (
    <>
      <PageHeader
        trail={[{ href: '/goals', label: 'Goals' }]}
        title="New goal"
        description="What do you want to reach, and why does it matter to you?"
      />
      <Card className="max-w-2xl">
        <GoalForm
          action={createGoalAction}
          longTermGoals={longTermGoals}
          submitLabel="Create goal"
          initial={{
            title: '',
            purpose: '',
            horizon: parentGoalId ? 'short' : 'long',
            category: '',
            targetKind: 'numeric',
            startValue: '0',
            targetValue: '',
            unit: '',
            milestones: [],
            startDate: localDate(new Date(), user.timeZone),
            targetDate: '',
            parentGoalId,
          }}
        />
      </Card>
    </>
  );
}
