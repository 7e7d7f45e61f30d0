import type { Metadata } from 'next';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { requireUserId } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Career' };

export default async function CareerPage() {
  await requireUserId();
  return (
    <>
      <PageHeader title="Career" description="Skills, education and training, certifications and roles." />
      <EmptyState title="Your career record is empty">
        <p>
          This is where you will record skills and how their levels change, courses and degrees, certifications
          with their expiry dates, and the roles and promotions that make up your path.
        </p>
      </EmptyState>
    </>
  );
}
