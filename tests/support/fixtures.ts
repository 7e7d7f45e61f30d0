import { createGoal } from '@/db/queries/goals/goals';
import { registerUser } from '@/lib/server/auth/sign-up';
import { goalInputSchema } from '@/lib/goals/schema';
import { signUpSchema } from '@/lib/auth/schema';

let counter = 0;

/** A registered user's id (real sign-up path, real hashing). */
export async function createTestUser(name = 'user'): Promise<string> {
  counter += 1;
  const result = await registerUser(
    signUpSchema.parse({ email: `${name}-${counter}-${Date.now()}@example.com`, password: 'test passphrase 1' }),
  );
  if (!result.ok) throw new Error('could not create test user');
  return result.userId;
}

type GoalOverrides = Partial<
  Record<
    | 'title'
    | 'horizon'
    | 'category'
    | 'targetKind'
    | 'startValue'
    | 'targetValue'
    | 'unit'
    | 'startDate'
    | 'targetDate'
    | 'parentGoalId',
    string
  >
> & {
  milestones?: { title: string }[];
};

/** A goal created through the same validation the form uses. */
export async function createTestGoal(userId: string, overrides: GoalOverrides = {}) {
  const input = goalInputSchema.parse({
    title: 'Finish SQL courses',
    horizon: 'short',
    category: 'learning',
    targetKind: 'numeric',
    startValue: '0',
    targetValue: '4',
    unit: 'courses',
    startDate: '2026-01-05',
    milestones: [],
    ...overrides,
  });
  return createGoal(userId, input, '2026-01-05');
}
