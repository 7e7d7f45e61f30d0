import type { Metadata } from 'next';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { requireUserId } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Review' };

export default async function ReviewPage() {
  await requireUserId();
  return (
    <>
      <PageHeader title="Yearly review" description="Look back on a year and export it for yourself, a manager or a mentor." />
      <EmptyState title="No year to review yet">
        <p>
          At year end, this page gathers the goals you reached, the skills you grew, your training, credentials and
          roles into a review you can export as PDF, Markdown or JSON.
        </p>
      </EmptyState>
    </>
  );
}
