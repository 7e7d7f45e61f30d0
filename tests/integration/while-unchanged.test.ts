import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { connection, db, inTransaction } from '@/db/client';
import { updateUserProfile } from '@/db/queries/account/users';
import { deleteAccount } from '@/db/queries/account/deletion';
import { endAllSessions, endSession, findSessionStanding } from '@/db/queries/auth/sessions';
import { describeOnEachDatabase } from '../support/database';
import { createTestGoal, createTestUser } from '../support/fixtures';

const longAgo = new Date('2000-01-01T00:00:00Z');

describeOnEachDatabase('the session check kept in memory while the database is unchanged', (backend) => {
  it('reads once on the embedded database, every time on PostgreSQL', async () => {
    const userId = await createTestUser('kept');
    const sessionId = randomUUID();
    const first = await findSessionStanding(userId, sessionId);
    const again = await findSessionStanding(userId, sessionId);
    expect(again).toEqual(first);
    if (backend === 'pglite') expect(again).toBe(first);
    else expect(again).not.toBe(first);
    expect(connection().changesSoFar === null).toBe(backend === 'postgres');
  });

  it('sees every kind of change on the next check', async () => {
    const userId = await createTestUser('changes');
    const sessionId = randomUUID();
    const standing = () => findSessionStanding(userId, sessionId);
    const before = await standing();
    expect(before?.ended).toBe(false);

    // A write in a transaction: the profile.
    await updateUserProfile(userId, { name: 'Renamed' });
    expect((await standing())?.profile.name).toBe('Renamed');

    // A write outside any transaction: the history.
    const historyBefore = (await standing())?.historyVersion ?? 0;
    await createTestGoal(userId);
    expect((await standing())?.historyVersion).toBeGreaterThan(historyBefore);

    // A statement sent as is (not a plain select): every session ended.
    await endAllSessions(userId);
    expect((await standing())?.sessionVersion).toBe((before?.sessionVersion ?? 0) + 1);

    // A script: this session signed out.
    await endSession(userId, sessionId, longAgo);
    expect((await standing())?.ended).toBe(true);

    // The account deleted: no standing at all.
    await deleteAccount(userId);
    expect(await standing()).toBeUndefined();
  });

  it('sees a change made through a raw statement that starts with `with`', async () => {
    const userId = await createTestUser('with');
    const sessionId = randomUUID();
    expect((await findSessionStanding(userId, sessionId))?.profile.name).not.toBe('Through a CTE');
    await db().execute(
      sql`with renamed as (update users set name = 'Through a CTE' where id = ${userId} returning id) select count(*) from renamed`,
    );
    expect((await findSessionStanding(userId, sessionId))?.profile.name).toBe('Through a CTE');
  });

  it('reads afresh inside a transaction, which sees its own writes before they count', async () => {
    const userId = await createTestUser('inside');
    const sessionId = randomUUID();
    await findSessionStanding(userId, sessionId);
    await inTransaction(async () => {
      await db().execute(sql`update users set name = 'Inside' where id = ${userId}`);
      expect((await findSessionStanding(userId, sessionId))?.profile.name).toBe('Inside');
    });
  });

  it('keeps each session apart, and a kept value cannot be changed by a reader', async () => {
    const userId = await createTestUser('apart');
    const [one, other] = [randomUUID(), randomUUID()];
    await findSessionStanding(userId, one);
    await endSession(userId, one, longAgo);
    expect((await findSessionStanding(userId, one))?.ended).toBe(true);
    expect((await findSessionStanding(userId, other))?.ended).toBe(false);
    const standing = await findSessionStanding(userId, other);
    if (backend === 'pglite') expect(Object.isFrozen(standing?.profile)).toBe(true);
  });
});
