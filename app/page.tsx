import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { FrontPage } from '@/components/front-page/front-page';
import { currentUserId } from '@/lib/server/auth/session';

export const metadata: Metadata = { title: { absolute: 'Trajectory: turn your job into a career' } };

/** Signed in: the dashboard. Signed out: the front page that says what Trajectory is. */
export default async function HomePage() {
  if (await currentUserId()) redirect('/dashboard');
  return <FrontPage />;
}
