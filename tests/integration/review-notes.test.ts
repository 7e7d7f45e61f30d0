import { eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { db } from '@/db/client';
import { foreignHighlightMessage, saveChosenReviewNotes } from '@/db/loaders/review-notes';
import { findUserProfile } from '@/db/queries/account/users';
import { findReviewNotes } from '@/db/queries/review/notes';
import { weeklyReflections } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { describeOnEachDatabase } from '../support/database';
import { createTestUser } from '../support/fixtures';
import { hostileCorpus } from '../support/hostile-corpus';

const today = '2026-01-10';

async function profileOf(userId: string) {
  const profile = await findUserProfile(userId);
  if (!profile) throw new Error(`no user ${userId}`);
  return profile;
}

async function addHighlight(userId: string, weekStart: string, highlight: string) {
  await db().insert(weeklyReflections).values({ userId, weekStart, alignment: 4, highlight });
}

describeOnEachDatabase('the review’s chosen highlights', () => {
  let ownerId = '';
  let strangerId = '';
  beforeAll(async () => {
    ownerId = await createTestUser('owner');
    strangerId = await createTestUser('stranger');
    await addHighlight(ownerId, '2025-03-03', 'Shipped the weekly report');
    await addHighlight(strangerId, '2025-03-03', 'Someone else’s win');
  });

  it('saves the user’s own weekly highlight of that year', async () => {
    await saveChosenReviewNotes(
      await profileOf(ownerId),
      { year: 2025, summary: 'A year', highlights: ['Shipped the weekly report'], achievementIds: null },
      today,
    );
    expect(await findReviewNotes(ownerId, 2025)).toEqual({
      summary: 'A year',
      highlights: ['Shipped the weekly report'],
      achievementIds: null,
    });
  });

  it.each([...hostileCorpus.map((entry) => entry.text), 'Someone else’s win', 'Achieved: a goal never set'])(
    'refuses a highlight that is not the user’s own: %j',
    async (foreign) => {
      const saving = saveChosenReviewNotes(
        await profileOf(ownerId),
        { year: 2025, summary: 'Changed', highlights: ['Shipped the weekly report', foreign], achievementIds: null },
        today,
      );
      await expect(saving).rejects.toThrow(AppError);
      await expect(saving).rejects.toMatchObject({
        code: 'invalid-reference',
        field: 'highlights',
        message: foreignHighlightMessage,
      });
      expect(await findReviewNotes(ownerId, 2025)).toEqual({
        summary: 'A year',
        highlights: ['Shipped the weekly report'],
        achievementIds: null,
      });
    },
  );

  it('refuses a highlight of another year', async () => {
    await expect(
      saveChosenReviewNotes(
        await profileOf(ownerId),
        { year: 2024, summary: '', highlights: ['Shipped the weekly report'], achievementIds: null },
        today,
      ),
    ).rejects.toMatchObject({ code: 'invalid-reference' });
  });

  it('keeps a saved highlight pickable after its weekly highlight changed', async () => {
    await db()
      .update(weeklyReflections)
      .set({ highlight: 'Reworded later' })
      .where(eq(weeklyReflections.userId, ownerId));
    await saveChosenReviewNotes(
      await profileOf(ownerId),
      {
        year: 2025,
        summary: 'Still',
        highlights: ['Shipped the weekly report', 'Reworded later'],
        achievementIds: null,
      },
      today,
    );
    expect((await findReviewNotes(ownerId, 2025)).highlights).toEqual(['Shipped the weekly report', 'Reworded later']);
  });
});
