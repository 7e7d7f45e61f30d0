import { createGoal } from '@/db/queries/goals/goals';
import { createUserWithPassword } from '@/db/queries/account/users';
import { hashPassword } from '@/lib/auth/password';
import type { SignUpInput } from '@/lib/auth/schema';
import { goalInputSchema } from '@/lib/goals/schema';
import { signUpSchema } from '@/lib/auth/schema';

let counter = 0;

/**
 * A confirmed account made straight in the database, as if its owner had opened the confirmation link
 * (the sign-up flow itself is tested in sign-up.test.ts and email-verification.test.ts).
 */
export async function registerUser(
  input: SignUpInput,
): Promise<{ ok: true; userId: string } | { ok: false; fieldErrors: { email: string[] } }> {
  const created = await createUserWithPassword({
    email: input.email,
    name: input.name || null,
    passwordHash: await hashPassword(input.password),
    timeZone: input.timeZone,
    emailVerified: new Date(),
  });
  return created ? { ok: true, userId: created.id } : { ok: false, fieldErrors: { email: ['taken'] } };
}

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
