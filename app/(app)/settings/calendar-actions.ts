'use server';

import { revalidatePath } from 'next/cache';
import { deleteFeed, storeFeedSecret } from '@/db/queries/calendar/feeds';
import { runFormAction } from '@/lib/server/actions/form-action';
import { hashFeedSecret, newFeedSecret } from '@/lib/server/calendar/feed-secret';
import { feedPath } from '@/lib/calendar/feed-secret';
import { formParser } from '@/lib/forms/form';
import type { ActionResult } from '@/lib/forms/result';
import { z } from 'zod';

const parseNothing = formParser([], z.object({}));

/** Turns the feed on, or replaces its link: the secret is answered once, here, and stored only as its hash. */
export async function makeCalendarLinkAction(
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult<{ feedPath: string }>> {
  return runFormAction(formData, { user: 'id', parse: parseNothing }, async (_input, { user }) => {
    const secret = newFeedSecret();
    await storeFeedSecret(user.id, hashFeedSecret(secret));
    revalidatePath('/settings');
    return {
      ok: true,
      message: 'Your calendar link is ready. Any earlier link no longer works.',
      feedPath: feedPath(secret),
    };
  });
}

export async function turnOffCalendarFeedAction(
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  return runFormAction(formData, { user: 'id', parse: parseNothing }, async (_input, { user }) => {
    await deleteFeed(user.id);
    revalidatePath('/settings');
    return { ok: true, message: 'The calendar feed is off; its link no longer works.' };
  });
}
