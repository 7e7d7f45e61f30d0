import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { GoalForm } from '@/components/goals/goal-form';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { findGoal, listLongTermGoalChoices, listMilestones } from '@/db/queries/goals/goals';
import { requireUserId } from '@/lib/server/auth/session';
import { isUuid } from '@/lib/ids';
import { updateGoalAction } from '../../actions';

export const metadata: Metadata = { title: 'Edit goal' };

export default async function EditGoalPage({ params }: { params: Promise<{ goalId: string }> }) {
  const userId = await requireUserId();
  const { goalId } = await params;
  const goal = isUuid(goalId) ? await findGoal(userId, goalId) : undefined;
  if (!goal) notFound();
  const [milestones, longTermGoals] = await Promise.all([
    listMilestones(userId, goal.id),
    listLongTermGoalChoices(userId),
  ]);
  return (
    <>
      <PageHeader
        trail={[
          { href: '/goals', label: 'Goals' },
          { href: `/goals/${goal.id}`, label: goal.title },
        ]}
        title="Edit goal"
        description={goal.title}
      />
      <Card className="max-w-2xl">
        <GoalForm
          action={updateGoalAction.bind(null, goal.id)}
          longTermGoals={longTermGoals.filter((choice) => choice.id !== goal.id)}
          submitLabel="Save changes"
          initial={{
            title: goal.title,
            purpose: goal.purpose,
            horizon: goal.horizon,
            category: goal.category,
            targetKind: goal.targetKind,
            startValue: goal.startValue === null ? '0' : String(goal.startValue),
            targetValue: goal.targetValue === null ? '' : String(goal.targetValue),
            unit: goal.unit ?? '',
            milestones: milestones.map((milestone) => ({ id: milestone.id, title: milestone.title })),
            startDate: goal.startDate,
            targetDate: goal.targetDate ?? '',
            parentGoalId: goal.parentGoalId ?? '',
            version: String(goal.version),
          }}
        />
      </Card>
    </>
  );
}
