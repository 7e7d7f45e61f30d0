import { DrizzleQueryError } from 'drizzle-orm/errors';
import { describe, expect, it } from 'vitest';
import { asDatabaseUnavailable, isDatabaseUnavailable, unavailabilityCode } from '@/db/unavailable';
import { DatabaseUnavailableError, databaseUnavailableDigest } from '@/lib/errors';

const withCode = (code: string) => Object.assign(new Error(`failed: ${code}`), { code });
const failedQuery = (cause: Error) => new DrizzleQueryError('select 1 where $1', ['the user’s text'], cause);

describe('a database out of reach, told apart from other failures', () => {
  it('is found in the driver error a failed query wraps', () => {
    expect(unavailabilityCode(failedQuery(withCode('ECONNREFUSED')))).toBe('ECONNREFUSED');
    expect(unavailabilityCode(failedQuery(withCode('CONNECT_TIMEOUT')))).toBe('CONNECT_TIMEOUT');
    expect(unavailabilityCode(failedQuery(withCode('57P01')))).toBe('57P01'); // the server shutting down
    expect(unavailabilityCode(failedQuery(withCode('08006')))).toBe('08006'); // a connection failure
    expect(unavailabilityCode(failedQuery(withCode('57014')))).toBe('57014'); // the statement timeout
  });

  it('is found under an Auth.js error, which keeps the callback’s error as cause.err', () => {
    const authError = Object.assign(new Error('JWTSessionError'), {
      cause: { err: failedQuery(withCode('ECONNRESET')) },
    });
    expect(isDatabaseUnavailable(authError)).toBe(true);
  });

  it('is not any other failure: a refused write, a bug, a value that is not an error', () => {
    expect(isDatabaseUnavailable(failedQuery(withCode('23505')))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError('x is undefined'))).toBe(false);
    expect(isDatabaseUnavailable('ECONNREFUSED')).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });

  it('becomes a DatabaseUnavailableError with the code and the digest the error page knows, and without the query', () => {
    const error = asDatabaseUnavailable(failedQuery(withCode('ECONNREFUSED')));
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect(error).toMatchObject({ code: 'ECONNREFUSED', digest: databaseUnavailableDigest });
    expect(JSON.stringify(error) + String(error)).not.toContain('the user’s text');
    const other = new TypeError('x is undefined');
    expect(asDatabaseUnavailable(other)).toBe(other);
  });
});
