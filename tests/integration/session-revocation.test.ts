// Sessions that end: sign-out ends one, a password change or "sign out everywhere" ends all of them, and a
// deleted account's token is signed out. docs/security.md "Sessions that end".
import { expect, it } from 'vitest';
import { deleteAccount } from '@/db/queries/account/deletion';
import { endAllSessions, replacePassword } from '@/db/queries/auth/sessions';
import { currentSession, currentSessionUser, endSessionOf, startSession } from '@/lib/server/auth/session-checks';
import { createTestUser } from '../support/fixtures';
import { describeOnEachDatabase } from '../support/database';

async function signedIn(userId: string) {
  const claims = await startSession(userId);
  if (!claims) throw new Error('no session');
  return { ...claims, name: 'whatever else the token holds' };
}

describeOnEachDatabase('session revocation', () => {
  it('a session holds until it is signed out, and signing out ends only that one', async () => {
    const userId = await createTestUser('leaver');
    const laptop = await signedIn(userId);
    const phone = await signedIn(userId);
    expect(await currentSession(laptop)).toMatchObject({ sub: userId });
    // Pages read the profile with the same check.
    expect(await currentSessionUser(laptop)).toMatchObject({ claims: { sub: userId }, profile: { id: userId } });

    await endSessionOf(laptop);
    expect(await currentSession(laptop)).toBeNull();
    expect(await currentSessionUser(laptop)).toBeNull();
    expect(await currentSession(phone)).toMatchObject({ sub: userId });
  });

  it('a password change and "sign out everywhere" end every session of that user only', async () => {
    const userId = await createTestUser('changer');
    const other = await signedIn(await createTestUser('bystander'));
    const before = await signedIn(userId);
    expect(await replacePassword(userId, 'a new hash')).toBe(true);
    expect(await currentSession(before)).toBeNull();

    const after = await signedIn(userId);
    expect(await currentSession(after)).toMatchObject({ sub: userId });
    await endAllSessions(userId);
    expect(await currentSession(after)).toBeNull();
    expect(await currentSession(other)).not.toBeNull();
  });

  it('the token of a deleted account is signed out, and no session starts for it', async () => {
    const userId = await createTestUser('deleted');
    const token = await signedIn(userId);
    expect(await deleteAccount(userId)).toBe(true);
    expect(await currentSession(token)).toBeNull();
    expect(await currentSessionUser(token)).toBeNull();
    expect(await startSession(userId)).toBeNull();
    // Signing out after the deletion (the settings action does) has nothing left to record.
    await expect(endSessionOf(token)).resolves.toBeUndefined();
  });

  it('a token without session claims (issued before sessions could end, or forged) is refused', async () => {
    const userId = await createTestUser('old-token');
    expect(await currentSession({ sub: userId })).toBeNull();
  });
});
