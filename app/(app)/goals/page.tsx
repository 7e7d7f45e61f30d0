import type { Metadata } from 'next';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { requireUserId } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Goals' };

export default async function GoalsPage() {
  await requireUserId();
  return (
    <>
      <PageHeader title="Goals" description="Short-term goals that serve long-term ones." />
      <EmptyState title="No goals yet">
        <p>
          Goals will live here: long-term ones that give your work direction, and short-term ones that move them
          forward week by week. Creating goals arrives in the next release.
        </p>
      </EmptyState>
    </>
  );
}
