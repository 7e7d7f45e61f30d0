import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { expect, it, vi } from 'vitest';
import { heardWithinMs, sessionStandingChannel } from '@/db/change-notices';
import { connection, db, inTransaction, openDatabase } from '@/db/client';
import { users } from '@/db/schema';
import { updateUserProfile } from '@/db/queries/account/users';
import { deleteAccount } from '@/db/queries/account/deletion';
import { endAllSessions, endSession, findSessionStanding } from '@/db/queries/auth/sessions';
import { describeOnEachDatabase } from '../support/database';
import { startOutageProxy } from '../support/outage-proxy';
import { createTestGoal, createTestUser } from '../support/fixtures';

const longAgo = new Date('2000-01-01T00:00:00Z');

/** On PostgreSQL values are kept only while this instance listens for other instances' changes; it starts on first use. */
async function untilListening() {
  connection().changeStamp();
  await vi.waitFor(() => expect(connection().changeStamp()).not.toBeNull(), { timeout: 10_000, interval: 20 });
}

/**
 * The server processes of this database's connections that listen, whose last statement is the LISTEN or a
 * heartbeat (PostgreSQL only: postgres.js gives rows).
 */
async function listenerBackends(): Promise<number[]> {
  const rows: unknown = await db().execute(
    sql`select pid from pg_stat_activity where datname = current_database()
        and (query ilike 'listen %' or query = 'select pg_notify($1, $2)')`,
  );
  return (rows as { pid: number }[]).map((row) => row.pid);
}

/**
 * On PostgreSQL this instance hears its own changes too, a moment after making them: waits until it has heard
 * every notice of the writes before (a marker sent now comes back after them) and nothing more comes.
 */
async function untilHeard() {
  if (connection().target.kind !== 'postgres') return;
  const before = connection().changeStamp();
  await db().execute(sql`select pg_notify(${sessionStandingChannel}, 'test marker')`);
  await vi.waitFor(() => expect(connection().changeStamp()).not.toBe(before), { timeout: 10_000, interval: 20 });
  let last = connection().changeStamp();
  let since = performance.now();
  await vi.waitFor(
    () => {
      const now = connection().changeStamp();
      if (now !== last) [last, since] = [now, performance.now()];
      expect(performance.now() - since).toBeGreaterThan(200);
    },
    { timeout: 10_000, interval: 25 },
  );
}

async function settledStanding(userId: string, sessionId: string) {
  await untilHeard();
  return findSessionStanding(userId, sessionId);
}

describeOnEachDatabase('the session check kept in memory while the database is unchanged', (backend) => {
  it('reads once while nothing changes', async () => {
    await untilListening();
    const userId = await createTestUser('kept');
    const sessionId = randomUUID();
    const first = await settledStanding(userId, sessionId);
    expect(await findSessionStanding(userId, sessionId)).toBe(first);
    expect(first?.ended).toBe(false);
  });

  it('sees every kind of change on the next check', async () => {
    await untilListening();
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
    await untilListening();
    const userId = await createTestUser('with');
    const sessionId = randomUUID();
    expect((await findSessionStanding(userId, sessionId))?.profile.name).not.toBe('Through a CTE');
    await db().execute(
      sql`with renamed as (update users set name = 'Through a CTE' where id = ${userId} returning id) select count(*) from renamed`,
    );
    expect((await findSessionStanding(userId, sessionId))?.profile.name).toBe('Through a CTE');
  });

  it('reads afresh inside a transaction, which sees its own writes before they count', async () => {
    await untilListening();
    const userId = await createTestUser('inside');
    const sessionId = randomUUID();
    await findSessionStanding(userId, sessionId);
    await inTransaction(async () => {
      await db().execute(sql`update users set name = 'Inside' where id = ${userId}`);
      expect((await findSessionStanding(userId, sessionId))?.profile.name).toBe('Inside');
    });
  });

  it('keeps each session apart, and a kept value cannot be changed by a reader', async () => {
    await untilListening();
    const userId = await createTestUser('apart');
    const [one, other] = [randomUUID(), randomUUID()];
    await findSessionStanding(userId, one);
    await endSession(userId, one, longAgo);
    expect((await findSessionStanding(userId, one))?.ended).toBe(true);
    expect((await findSessionStanding(userId, other))?.ended).toBe(false);
    const standing = await findSessionStanding(userId, other);
    if (backend === 'pglite') expect(Object.isFrozen(standing?.profile)).toBe(true);
  });

  if (backend === 'postgres') {
    it('hears what another instance changes, and reads afresh after losing the connection it listens on', async () => {
      await untilListening();
      const userId = await createTestUser('elsewhere');
      const sessionId = randomUUID();
      const before = await settledStanding(userId, sessionId);

      const { url } = connection().target as { url: string };
      const otherInstance = openDatabase({ kind: 'postgres', url, poolSize: 1 });
      try {
        await otherInstance.db
          .update(users)
          .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
          .where(eq(users.id, userId));
        await vi.waitFor(
          async () =>
            expect((await findSessionStanding(userId, sessionId))?.sessionVersion).toBe(
              (before?.sessionVersion ?? 0) + 1,
            ),
          { timeout: 10_000, interval: 20 },
        );
      } finally {
        await otherInstance.close();
      }

      // Notices sent while the connection was down are lost: nothing kept from before may be used after it.
      const kept = await settledStanding(userId, sessionId);
      const [listener] = await listenerBackends();
      await db().execute(sql`select pg_terminate_backend(${listener})`);
      await vi.waitFor(async () => expect(await findSessionStanding(userId, sessionId)).not.toBe(kept), {
        timeout: 10_000,
        interval: 20,
      });
      await vi.waitFor(
        async () => expect((await listenerBackends()).filter((pid) => pid !== listener)).toHaveLength(1),
        {
          timeout: 10_000,
          interval: 50,
        },
      );
      await untilListening();
      const afterwards = await findSessionStanding(userId, sessionId);
      expect(afterwards).not.toBe(kept);
      expect(afterwards).toEqual(kept);
      expect(await findSessionStanding(userId, sessionId)).toBe(afterwards);
    });

    it('stops keeping values within seconds when the connection it listens on goes silent without a word', async () => {
      const { url } = connection().target as { url: string };
      const database = new URL(url);
      const proxy = await startOutageProxy({ host: database.hostname, port: Number(database.port || 5432) });
      database.host = `127.0.0.1:${proxy.port}`;
      const instance = openDatabase({ kind: 'postgres', url: database.toString(), poolSize: 1 });
      try {
        instance.changeStamp();
        await vi.waitFor(() => expect(instance.changeStamp()).not.toBeNull(), { timeout: 10_000, interval: 20 });
        await proxy.setMode('silent');
        await vi.waitFor(() => expect(instance.changeStamp()).toBeNull(), {
          timeout: heardWithinMs + 5_000,
          interval: 50,
        });
        // Dropping the silent connection: the instance listens again and is trusted once it hears itself.
        await proxy.setMode('pass');
        await vi.waitFor(() => expect(instance.changeStamp()).not.toBeNull(), { timeout: 10_000, interval: 20 });
      } finally {
        await instance.close();
        await proxy.close();
      }
    });
  }
});
