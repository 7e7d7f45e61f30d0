import { redirect } from 'next/navigation';
import { currentUserId } from '@/lib/server/auth/session';

export default async function HomePage() {
  redirect((await currentUserId()) ? '/dashboard' : '/sign-in');
}
