// PostgreSQL out of reach: a request fails within a bound, with an error the app knows for what it is, and a
// form's save answers "not saved, try again" with everything typed. Each test's own timeout is the bound
// it must come back within (speed targets live in `npm run bench`); before the connection timeouts, a
// black-holed connection waited 30 s, and the requests after a few failures waited up to 20 s each before
// even trying. The application data lives on the suite's real database; the outage is a second
// connection, installed as the process-wide one while the database is "out of reach".
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { connection, openDatabase, useConnection, type DatabaseConnection } from '@/db/client';
import { findUserProfile } from '@/db/queries/account/users';
import { findReflection } from '@/db/queries/weekly/updates';
import { isDatabaseUnavailable } from '@/db/unavailable';
import { currentWeekStart } from '@/lib/dates/calendar';
import { DatabaseUnavailableError } from '@/lib/errors';
import { databaseUnavailableMessage, type ActionResult } from '@/lib/forms/result';
import { runFormAction } from '@/lib/server/actions/form-action';
import { currentSession, noteUnavailability, readSessionOrThrow } from '@/lib/server/auth/session-checks';
import { parseWeeklyForm } from '@/lib/weekly/schema';
import { saveWeek } from '@/db/queries/weekly/updates';
import { describeOnEachDatabase } from '../support/database';
import { createTestGoal, createTestUser } from '../support/fixtures';
import { startOutageProxy, unusedPort, type OutageProxy } from '../support/outage-proxy';

const postgresAt = (port: number) =>
  openDatabase({ kind: 'postgres', url: `postgres://trajectory:unused@127.0.0.1:${port}/outage`, poolSize: 2 });

async function failureOf(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error('expected the database to be out of reach');
}

describe('a PostgreSQL server out of reach', () => {
  let blackHole: OutageProxy;
  const opened: DatabaseConnection[] = [];
  const open = (port: number) => {
    const database = postgresAt(port);
    opened.push(database);
    return database;
  };

  beforeAll(async () => {
    // The proxy's target does not matter: in black-hole mode nothing is forwarded.
    blackHole = await startOutageProxy({ host: '127.0.0.1', port: await unusedPort() });
    await blackHole.setMode('black-hole');
  });
  afterAll(async () => {
    await Promise.all(opened.map((database) => database.close()));
    await blackHole.close();
  });

  it('on a port with nothing listening: every request in a row fails, none waits longer each time', async () => {
    const database = open(await unusedPort());
    for (let attempt = 0; attempt < 10; attempt++) {
      expect(isDatabaseUnavailable(await failureOf(() => database.db.execute(sql`select 1`)))).toBe(true);
    }
  }, 15_000);

  it('on a port that accepts and never answers: the request fails with a connection timeout', async () => {
    const database = open(blackHole.port);
    const error = await failureOf(() => database.db.execute(sql`select 1`));
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(JSON.stringify(error, ['code', 'cause'])).toContain('CONNECT_TIMEOUT');
  }, 15_000);

  it('a session check it cannot answer is not read as "signed out": the reading throws DatabaseUnavailableError', async () => {
    useConnection(open(await unusedPort()));
    try {
      // As Auth.js does with a jwt callback that throws: it answers "no session".
      const authLike = () =>
        noteUnavailability(() => currentSession({ sub: randomUUID(), sid: randomUUID(), sv: 1 })).catch(() => null);
      await expect(readSessionOrThrow(authLike)).rejects.toBeInstanceOf(DatabaseUnavailableError);
    } finally {
      useConnection(undefined);
    }
  }, 15_000);
});

// The signed-in user is the test's user, read from the database like requireUser does; the rest is the
// real action path: the weekly parser, the wrapper and the save.
const session = vi.hoisted(() => ({ userId: '' }));
vi.mock('@/lib/server/auth/session', () => ({
  requireUserId: () => Promise.resolve(session.userId),
  requireUser: async () => {
    const profile = await findUserProfile(session.userId);
    if (!profile) throw new Error('the test user is gone');
    return profile;
  },
}));

describeOnEachDatabase('a weekly save while the database is out of reach', () => {
  let goalId = '';
  let weekStart = '';
  let reachable: DatabaseConnection;
  beforeAll(() => {
    reachable = connection();
  });
  // Each test its own user, whose week has nothing saved yet.
  beforeEach(async () => {
    session.userId = await createTestUser('outage');
    goalId = (await createTestGoal(session.userId)).id;
    const user = await findUserProfile(session.userId);
    if (!user) throw new Error('no test user');
    weekStart = currentWeekStart(new Date(), user.timeZone, user.weekStartsOn);
  });
  afterEach(() => useConnection(reachable));

  const typedWeek = () => {
    const form = new FormData();
    form.set('weekStart', weekStart);
    form.set('version', '0'); // never saved
    form.append('goalId', goalId);
    form.set(`value:${goalId}`, '3');
    form.set(`confidence:${goalId}`, '4');
    form.set(`note:${goalId}`, 'Two modules on joins');
    form.set('alignment', '4');
    form.set('reflectionNote', 'Shipped the import');
    form.set('highlight', 'The first customer used it');
    return form;
  };
  const save = (form: FormData): Promise<ActionResult> =>
    runFormAction(form, { user: 'profile', parse: parseWeeklyForm }, async (week, { user }) => {
      await saveWeek(user.id, week);
      return { ok: true, message: 'Saved.' };
    });

  for (const outage of ['nothing listening', 'a connection that never answers'] as const) {
    it(`(${outage}) answers "not saved, try again" with everything typed; sent again once it is back, it is saved`, async () => {
      const proxy = outage === 'nothing listening' ? null : await startOutageProxy({ host: '127.0.0.1', port: 1 });
      await proxy?.setMode('black-hole');
      const unreachable = postgresAt(proxy?.port ?? (await unusedPort()));
      useConnection(unreachable);
      try {
        const answer = await save(typedWeek());
        expect(answer).toMatchObject({
          ok: false,
          message: databaseUnavailableMessage,
          fieldErrors: {},
          values: {
            weekStart,
            version: '0',
            goalId,
            [`value:${goalId}`]: '3',
            [`confidence:${goalId}`]: '4',
            [`note:${goalId}`]: 'Two modules on joins',
            alignment: '4',
            reflectionNote: 'Shipped the import',
            highlight: 'The first customer used it',
          },
        });
      } finally {
        useConnection(reachable);
        await unreachable.close();
        await proxy?.close();
      }
      expect(await findReflection(session.userId, weekStart)).toBeUndefined();

      expect(await save(typedWeek())).toMatchObject({ ok: true });
      expect(await findReflection(session.userId, weekStart)).toMatchObject({
        highlight: 'The first customer used it',
      });
    }, 20_000);
  }
});
