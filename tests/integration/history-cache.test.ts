import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { addAssessment, createSkill, updateSkill } from '@/db/queries/career/skills';
import { loadDashboardTrends } from '@/db/loaders/dashboard';
import type { DerivedValue } from '@/db/loaders/derived-values';
import { whileHistoryUnchanged } from '@/db/loaders/history-cache';
import { historyCache, users } from '@/db/schema';
import { skillSchema } from '@/lib/career/schema';
import { describeOnEachDatabase } from '../support/database';
import { createTestGoal, createTestUser } from '../support/fixtures';

/** A value stored under `name`, computed by the test's own rules. */
const derived = (name: string): DerivedValue => ({ name, rulesVersion: 1, reads: [] });

describeOnEachDatabase('values cached while the history is unchanged', () => {
  let alice = '';
  let bob = '';
  beforeAll(async () => {
    alice = await createTestUser('alice');
    bob = await createTestUser('bob');
  });

  const counting = () => {
    const calls = { count: 0 };
    const compute = () => Promise.resolve({ computed: ++calls.count });
    return { calls, compute };
  };

  it('computes once, then serves the stored value until the history or the parameters change', async () => {
    const { calls, compute } = counting();
    expect(await whileHistoryUnchanged(alice, derived('test'), '2026-11-25', compute)).toEqual({ computed: 1 });
    expect(await whileHistoryUnchanged(alice, derived('test'), '2026-11-25', compute)).toEqual({ computed: 1 });
    expect(calls.count).toBe(1);

    expect(await whileHistoryUnchanged(alice, derived('test'), '2026-11-26', compute)).toEqual({ computed: 2 });
    await createTestGoal(alice);
    expect(await whileHistoryUnchanged(alice, derived('test'), '2026-11-26', compute)).toEqual({ computed: 3 });
    expect(await whileHistoryUnchanged(alice, derived('test'), '2026-11-26', compute)).toEqual({ computed: 3 });
  });

  it('keeps one value per user: another user never sees it', async () => {
    const { compute } = counting();
    await whileHistoryUnchanged(alice, derived('private'), 'x', () => Promise.resolve({ secret: 'alice' }));
    expect(await whileHistoryUnchanged(bob, derived('private'), 'x', compute)).toEqual({ computed: 1 });
  });

  it('shows a renamed skill and a new assessment on the next dashboard view', async () => {
    const today = '2026-11-25';
    const skill = await createSkill(alice, skillSchema.parse({ name: 'SQL', kind: 'technical', targetLevel: '4' }), {
      assessedOn: '2025-06-01',
      level: 2,
      evidence: '',
    });
    expect((await loadDashboardTrends(alice, '2025-12', today)).skills).toEqual([{ name: 'SQL', now: 2, yearAgo: 2 }]);

    await updateSkill(
      alice,
      skill.id,
      skillSchema.parse({ name: 'PostgreSQL', kind: 'technical', targetLevel: '4' }),
      1,
    );
    expect((await loadDashboardTrends(alice, '2025-12', today)).skills).toEqual([
      { name: 'PostgreSQL', now: 2, yearAgo: 2 },
    ]);

    await addAssessment(alice, skill.id, { assessedOn: '2026-10-01', level: 3, evidence: '' });
    expect((await loadDashboardTrends(alice, '2025-12', today)).skills).toEqual([
      { name: 'PostgreSQL', now: 3, yearAgo: 2 },
    ]);
  });

  describe('deleting the account', () => {
    it('removes the stored values with it', async () => {
      const leaving = await createTestUser('leaving');
      await whileHistoryUnchanged(leaving, derived('test'), 'x', () => Promise.resolve({ kept: true }));
      await db().delete(users).where(eq(users.id, leaving));
      expect(await db().select().from(historyCache).where(eq(historyCache.userId, leaving))).toEqual([]);
    });
  });
});
