import { DrizzleQueryError } from 'drizzle-orm/errors';
import { describe, expect, it } from 'vitest';
import { errorText } from '@/lib/server/log/error-fields';
import { createLogger } from '@/lib/server/log/logger';
import { requestContextStore } from '@/lib/server/request-context';
import type { LogLevel } from '@/lib/env';

/** A logger writing to an array, as the process's logger writes to stdout in production. */
function capturedLogger(level: LogLevel = 'info') {
  const lines: string[] = [];
  const log = createLogger({ level, destination: { write: (line: string) => void lines.push(line) } });
  const parsed = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  return { log, lines, parsed };
}

const typedText = 'my private reflection on the week';

function failedInsert() {
  return new DrizzleQueryError(
    'insert into "weekly_reflections"\n  ("user_id", "highlight") values ($1, $2)',
    ['user-1', typedText],
    Object.assign(new Error('value too long for type character varying(200)'), { code: '22001' }),
  );
}

describe('the logger', () => {
  it('writes one JSON object a line, with the level by name, the time and the message', () => {
    const { log, lines, parsed } = capturedLogger();
    log.info({ jobId: 'job-1' }, 'job done');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\{.*\}\n$/);
    expect(parsed()[0]).toMatchObject({ level: 'info', msg: 'job done', jobId: 'job-1' });
    expect(String(parsed()[0]?.time)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('adds the request id to every line logged inside a request, and none outside one', async () => {
    const { log, parsed } = capturedLogger();
    await requestContextStore().run({ requestId: 'r-1' }, async () => {
      log.info('before a wait');
      await new Promise((resolve) => setImmediate(resolve));
      log.error(new Error('after a wait'));
    });
    log.info('outside');
    expect(parsed().map((line) => line.requestId)).toEqual(['r-1', 'r-1', undefined]);
  });

  it('shares its request store with any code that looks it up on globalThis under the agreed symbol', () => {
    const fromServer: unknown = Reflect.get(globalThis, Symbol.for('trajectory.requestContext'));
    expect(fromServer).toBe(requestContextStore());
  });

  it('logs at LOG_LEVEL and above only, and nothing when silent', () => {
    const warn = capturedLogger('warn');
    warn.log.info('routine');
    warn.log.warn('odd');
    expect(warn.parsed().map((line) => line.msg)).toEqual(['odd']);
    const silent = capturedLogger('silent');
    silent.log.fatal('even this');
    expect(silent.lines).toEqual([]);
  });
});

describe('what the logger never writes', () => {
  const secrets = {
    password: 'hunter2-password',
    newPassword: 'new-hunter3',
    currentPassword: 'old-hunter1',
    token: 'reset-token-abc123',
    sessionToken: 'session-token-def456',
    cookie: 'authjs.session-token=cookie-ghi789',
    authorization: 'Bearer authz-jkl012',
    secret: 'client-secret-mno345',
    params: ['user-1', typedText],
  };
  const secretValues = ['hunter2-password', 'new-hunter3', 'old-hunter1', 'abc123', 'def456', 'ghi789', 'jkl012'];

  it.each([
    ['at the top level', secrets],
    ['one level down', { form: secrets }],
    ['two levels down', { request: { body: secrets } }],
  ])('a password, token, cookie, authorization or bound parameters %s', (_where, logged) => {
    const { log, lines } = capturedLogger();
    log.info(logged, 'signing in');
    expect(lines).toHaveLength(1);
    for (const value of [...secretValues, 'mno345', typedText]) expect(lines[0]).not.toContain(value);
    expect(lines[0]).toContain('[redacted]');
  });

  it('a request’s cookie and authorization headers, nor a response’s set-cookie', () => {
    const { log, lines } = capturedLogger();
    log.warn(
      {
        headers: { cookie: secrets.cookie, authorization: secrets.authorization },
        response: { headers: { 'set-cookie': 'authjs.session-token=set-pqr678' } },
      },
      'odd request',
    );
    for (const value of ['ghi789', 'jkl012', 'pqr678']) expect(lines[0]).not.toContain(value);
  });

  it('a failed query’s parameters, which hold what the user typed, even as the cause of another error', () => {
    const { log, lines, parsed } = capturedLogger();
    log.error({ err: new Error('saving failed', { cause: failedInsert() }) }, 'a form action failed');
    expect(lines[0]).not.toContain(typedText);
    expect(lines[0]).not.toContain('user-1');
    expect(parsed()[0]).toMatchObject({
      msg: 'a form action failed',
      err: {
        message: 'saving failed',
        cause: {
          message: 'a query failed',
          query: {
            statement: 'insert into "weekly_reflections" ("user_id", "highlight") values ($1, $2)',
            parameterCount: 2,
          },
          cause: { message: 'value too long for type character varying(200)', code: '22001' },
        },
      },
    });
  });

  it('a property a driver hangs on its error, such as the parameters or the offending row', () => {
    const { log, lines } = capturedLogger();
    const driverError = Object.assign(new Error('duplicate key value violates unique constraint'), {
      code: '23505',
      parameters: [typedText],
      detail: `Key (name)=(${typedText}) already exists.`,
    });
    log.error(driverError, 'saving failed');
    expect(lines[0]).not.toContain(typedText);
    expect(lines[0]).toContain('23505');
  });
});

describe('how an error is logged', () => {
  it('with its type, message, code, stack frames and each of its causes', () => {
    const { log, parsed } = capturedLogger();
    const reason = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    log.error(new TypeError('the dashboard could not load', { cause: reason }), 'page failed');
    const err = parsed()[0]?.err as Record<string, unknown> & { cause: Record<string, unknown> };
    expect(err).toMatchObject({ type: 'TypeError', message: 'the dashboard could not load' });
    expect(err.stack).toMatch(/^\s+at .*logger\.test\.ts/);
    expect(err.stack).not.toContain('the dashboard could not load');
    expect(err.cause).toMatchObject({
      type: 'Error',
      message: 'connect ECONNREFUSED 127.0.0.1:5432',
      code: 'ECONNREFUSED',
    });
  });

  it('named by the type Auth.js gives its errors, which outlives the build’s short class names', () => {
    const { log, parsed } = capturedLogger();
    class E extends Error {
      type = 'MissingCSRF';
    }
    log.error(new E('CSRF token was missing during an action callback.'), 'Auth.js reported an error');
    expect(parsed()[0]).toMatchObject({ err: { type: 'MissingCSRF' } });
  });

  it('as text for a failed job’s row, with the same rule for a failed query', () => {
    const text = errorText(new Error('job failed', { cause: failedInsert() }));
    expect(text).not.toContain(typedText);
    expect(text).toMatch(/^Error: job failed\n\s+at /);
    expect(text).toContain(
      'caused by DrizzleQueryError: a query failed: insert into "weekly_reflections" ("user_id", "highlight") values ($1, $2) (2 parameters)',
    );
    expect(text).toContain('caused by Error: value too long for type character varying(200) [22001]');
  });
});
