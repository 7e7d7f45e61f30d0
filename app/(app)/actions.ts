'use server';

import { signOut } from '@/lib/server/auth/auth';

// Not through runFormAction: a button with no input and no answer to show; it always redirects.
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: '/sign-in' });
}
