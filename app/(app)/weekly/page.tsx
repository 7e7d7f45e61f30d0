import type { Metadata } from 'next';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { requireUserId } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Weekly update' };

export default async function WeeklyUpdatePage() {
  await requireUserId();
  return (
    <>
      <PageHeader title="Weekly update" description="Two minutes a week: update each goal and reflect on the week." />
      <EmptyState title="Nothing to update yet">
        <p>
          Each week you will update every active goal on one screen and rate how aligned the week was with your
          long-term purpose. It becomes available once you have goals.
        </p>
      </EmptyState>
    </>
  );
}
