import type { Metadata } from 'next';
import Link from 'next/link';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { buttonClasses } from '@/components/ui/button-classes';
import { requireUser } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Dashboard' };

export default async function DashboardPage() {
  const user = await requireUser();
  return (
    <>
      <PageHeader
        title={user.name ? `Hello, ${user.name.split(' ')[0]}` : 'Your dashboard'}
        description="How your path is moving, from job toward career."
      />
      <EmptyState
        title="Your trajectory starts with a goal"
        action={
          <Link href="/goals" className={buttonClasses('primary')}>
            Go to goals
          </Link>
        }
      >
        <p>
          Once you set goals, check in weekly and record your skills, training and roles, this page charts your
          trajectory index: a mirror of how far your work has moved from a job toward a career.
        </p>
      </EmptyState>
    </>
  );
}
