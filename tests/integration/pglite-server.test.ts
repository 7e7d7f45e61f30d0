import postgres from 'postgres';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startPgliteServer, type PgliteServer } from '../support/pglite-server';

// The embedded database served over the wire stands in for PostgreSQL in the outage tests when no
// TEST_DATABASE_URL is set; a production server opens a pool and a listener connection to it.
let server: PgliteServer;
let url: string;
beforeAll(async () => {
  server = await startPgliteServer();
  url = `postgres://trajectory@127.0.0.1:${server.port}/postgres`;
});
afterAll(async () => {
  await server.close();
});

test('connections querying side by side each get their own answers, and one in a transaction keeps it', async () => {
  const first = postgres(url, { max: 1, onnotice: () => {} });
  const second = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await first`create table if not exists counted (n integer)`;
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        // Unprepared, as drizzle sends them: each is parsed as the unnamed statement, then bound.
        index % 2 === 0
          ? first.unsafe<{ n: number }[]>('select $1::int + $2::int as n', [index, 1])
          : second.unsafe<{ n: number }[]>('select $1::int + $2::int + $3::int as n', [index, 1, 1]),
      ),
    );
    expect(answers.map(([row]) => row?.n)).toEqual(
      Array.from({ length: 20 }, (_, index) => (index % 2 === 0 ? index + 1 : index + 2)),
    );

    const inserted = first.begin(async (transaction) => {
      await transaction`insert into counted values (1)`;
      // The other connection's statement waits for the transaction; it does not run inside it.
      await new Promise((resolve) => setImmediate(resolve));
      await transaction`insert into counted values (2)`;
      throw new Error('roll back');
    });
    const countedMeanwhile = second`select count(*)::int as n from counted`;
    await expect(inserted).rejects.toThrow('roll back');
    expect((await countedMeanwhile)[0]?.n).toBe(0);
  } finally {
    await Promise.all([first.end(), second.end()]);
  }
});

test('a notification raised on one connection reaches the connection that listens', async () => {
  const listener = postgres(url, { max: 1, onnotice: () => {} });
  const writer = postgres(url, { max: 1, onnotice: () => {} });
  try {
    let hear: (payload: string) => void = () => {};
    const heard = new Promise<string>((resolve) => (hear = resolve));
    await listener.listen('changed', (payload) => hear(payload));
    await writer`select pg_notify('changed', 'from the writer')`;
    expect(await heard).toBe('from the writer');
  } finally {
    await Promise.all([listener.end({ timeout: 0 }), writer.end()]);
  }
});
