// After a write to someone's history: every page shows it, and the dashboard's stored
// index and trends are recomputed in the background, so the next dashboard view after
// the weekly update reads them back instead of computing them while the user waits.
import { revalidatePath } from 'next/cache';
import { after } from 'next/server';
import { loadDashboardHistory } from '@/db/loaders/dashboard';
import { findUserProfile } from '@/db/queries/account/users';
import { defaultDashboardRange } from '@/lib/trajectory/dashboard';
import { localDate } from '@/lib/dates/calendar';
import { logger } from '@/lib/server/log/logger';

export function historyChanged(userId: string): void {
  revalidatePath('/', 'layout');
  after(async () => {
    try {
      const profile = await findUserProfile(userId);
      if (profile) await loadDashboardHistory(userId, defaultDashboardRange, localDate(new Date(), profile.timeZone));
    } catch (error) {
      // Only a head start: the dashboard computes whatever is missing when it is opened.
      logger().error({ err: error }, 'preparing the dashboard after a change failed');
    }
  });
}
