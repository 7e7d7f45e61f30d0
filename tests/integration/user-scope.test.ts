import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { findUserProfile, updateUserProfile } from '@/db/queries/account/users';
import { registerUser } from '../support/fixtures';
import { signUpSchema } from '@/lib/auth/schema';
import { describeOnEachDatabase } from '../support/database';

describeOnEachDatabase('profile queries are scoped to one user', () => {
  let alice = '';
  let bob = '';
  beforeAll(async () => {
    const a = await registerUser(
      signUpSchema.parse({ email: 'alice@example.com', password: 'alice passphrase', name: 'Alice' }),
    );
    const b = await registerUser(
      signUpSchema.parse({ email: 'bob@example.com', password: 'bob passphrase', name: 'Bob' }),
    );
    if (!a.ok || !b.ok) throw new Error('setup failed');
    alice = a.userId;
    bob = b.userId;
  });

  it('a user reads only their own profile', async () => {
    expect(await findUserProfile(alice)).toMatchObject({ email: 'alice@example.com', name: 'Alice' });
    expect(await findUserProfile(randomUUID())).toBeUndefined();
  });

  it('an update touches only the given user', async () => {
    await updateUserProfile(alice, { name: 'Alice L.', timeZone: 'America/New_York', weekStartsOn: 0 });
    expect(await findUserProfile(alice)).toMatchObject({
      name: 'Alice L.',
      timeZone: 'America/New_York',
      weekStartsOn: 0,
    });
    expect(await findUserProfile(bob)).toMatchObject({ name: 'Bob', timeZone: 'UTC', weekStartsOn: 1 });
  });

  it('an update for an id that is not a user changes nothing and reports so', async () => {
    expect(await updateUserProfile(randomUUID(), { name: 'Intruder' })).toBeUndefined();
    expect((await findUserProfile(bob))?.name).toBe('Bob');
  });
});
