// Changing one's password: the current one is checked as a sign-in would be (throttled the same way, so a
// stolen session cannot guess it), then every session made with the old one ends.
import 'server-only';
import { headers } from 'next/headers';
import { accountNotFound, type UserProfile } from '@/db/queries/account/users';
import { replacePassword } from '@/db/queries/auth/sessions';
import { clientAddress, type ClientAddress } from '@/lib/auth/ip-address';
import { hashPassword } from '@/lib/auth/password';
import { waitMessage } from '@/lib/auth/rate-limit';
import type { ChangePasswordInput } from '@/lib/auth/schema';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { checkCurrentPassword } from './credentials';

/** The address of the request being handled, as sign-in throttling counts it. */
export async function requestClientAddress(): Promise<ClientAddress> {
  return clientAddress(await headers(), env().trustedProxyHops);
}

export async function changePassword(
  user: UserProfile,
  input: ChangePasswordInput,
  client: ClientAddress,
): Promise<void> {
  const check = await checkCurrentPassword(user, input.currentPassword, client);
  if (!check.ok && check.reason === 'rate_limited')
    throw new AppError('rate-limited', waitMessage(check.retryAfterMinutes), 'currentPassword');
  if (!check.ok) throw new AppError('invalid-input', 'That is not your current password.', 'currentPassword');
  if (!(await replacePassword(user.id, await hashPassword(input.newPassword)))) throw accountNotFound();
}
