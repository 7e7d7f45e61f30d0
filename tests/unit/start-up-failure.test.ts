import { describe, expect, it } from 'vitest';
import { describeDatabaseTarget } from '@/lib/startup/database-target';
import { startUpFailureLine } from '@/lib/startup/start-up-failure';

const password = 's3cret-Pa55';
const postgresTarget = { kind: 'postgres', url: `postgres://app:${password}@db.internal:6543/trajectory` } as const;
const folderTarget = { kind: 'pglite', dataDir: '/srv/trajectory/data' } as const;

const coded = (message: string, code: string, cause?: unknown) =>
  Object.assign(new Error(message, { cause }), { code });
/** drizzle wraps the driver's error: the code is on its cause. */
const failedQuery = (cause: Error) => new Error('Failed query: select pg_advisory_lock($1)\nparams: ', { cause });

describe('describeDatabaseTarget', () => {
  it('names the embedded folder, or PostgreSQL host, port and database without the password', () => {
    expect(describeDatabaseTarget(folderTarget)).toBe('embedded PGlite in /srv/trajectory/data');
    expect(describeDatabaseTarget({ kind: 'pglite', dataDir: null })).toBe('embedded PGlite in memory');
    expect(describeDatabaseTarget(postgresTarget)).toBe('PostgreSQL at db.internal:6543/trajectory');
    expect(describeDatabaseTarget({ kind: 'postgres', url: 'postgres://me@localhost/' })).toBe(
      'PostgreSQL at localhost:5432/me',
    );
  });
});

describe('startUpFailureLine', () => {
  const cases: [string, unknown, typeof postgresTarget | typeof folderTarget, RegExp][] = [
    [
      'a wrong password (28P01)',
      failedQuery(coded('password authentication failed for user "app"', '28P01')),
      postgresTarget,
      /refused the password for user "app".*correct the user and password in DATABASE_URL/,
    ],
    [
      'a missing database (3D000)',
      coded('database "trajectory" does not exist', '3D000'),
      postgresTarget,
      /database "trajectory" does not exist.*createdb/,
    ],
    [
      'nothing listening (ECONNREFUSED inside an AggregateError)',
      new AggregateError([coded('connect ECONNREFUSED ::1:6543', 'ECONNREFUSED')], ''),
      postgresTarget,
      /nothing accepts connections at db.internal:6543.*start PostgreSQL/,
    ],
    [
      'an unknown host',
      coded('getaddrinfo ENOTFOUND db.internal', 'ENOTFOUND'),
      postgresTarget,
      /host name .* unknown/,
    ],
    ['no answer', coded('write CONNECT_TIMEOUT db.internal:6543', 'CONNECT_TIMEOUT'), postgresTarget, /did not answer/],
    [
      'a read-only data folder',
      coded("EROFS: read-only file system, open '/srv/trajectory/data/.write-check'", 'EROFS'),
      folderTarget,
      /embedded PGlite in \/srv\/trajectory\/data: the data folder cannot be created or written.*DATA_DIR/,
    ],
    ['a path through a file', coded('ENOTDIR: not a directory, mkdir', 'ENOTDIR'), folderTarget, /cannot be created/],
    [
      'a folder in use by another process',
      coded('/srv/trajectory/data is in use by process 4242', 'ELOCKED'),
      folderTarget,
      /another running process is using the data folder.*delete \/srv\/trajectory\/data\/server.lock/,
    ],
    ['a full disk', coded('ENOSPC: no space left on device, write', 'ENOSPC'), folderTarget, /disk .* is full/],
  ];

  it.each(cases)('explains %s in one line: what failed, the cause, what to do', (_name, error, target, expected) => {
    const line = startUpFailureLine(error, target);
    expect(line).toMatch(/^Trajectory did not start: could not open and prepare /);
    expect(line).toMatch(expected);
    expect(line).toContain('What to do:');
    expect(line).not.toContain('\n');
    expect(line).not.toContain(password);
  });

  it('passes on an unknown error’s first lines, shortened and without the password', () => {
    const line = startUpFailureLine(
      new Error(`could not use postgres://app:${password}@db.internal:6543/trajectory\n${'x'.repeat(500)}`),
      postgresTarget,
    );
    expect(line).not.toContain(password);
    expect(line).not.toContain('\n');
    expect(line.length).toBeLessThan(400);
    expect(line).toContain('PostgreSQL at db.internal:6543/trajectory: could not use postgres://app:***@');
  });

  it('without a target (the environment itself is invalid) says what the environment check said', () => {
    const line = startUpFailureLine(
      new Error('Invalid environment:\n  DATABASE_URL: must start with postgres://'),
      undefined,
    );
    expect(line).toBe('Trajectory did not start: Invalid environment:; DATABASE_URL: must start with postgres://');
  });
});
