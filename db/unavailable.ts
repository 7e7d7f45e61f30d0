// A database that cannot be reached, told apart from every other failure: the server is down or
// restarting, the network does not answer, a statement ran past its time. Such a failure says nothing
// about the request, so the user hears "try again" rather than "something went wrong". drizzle wraps the
// driver's error (DrizzleQueryError, the driver's error as `cause`); Auth.js wraps a failed callback's
// error as `cause.err`.
import 'server-only';
import { DatabaseUnavailableError } from '@/lib/errors';

const unreachableCodes = new Set([
  // postgres.js
  'CONNECT_TIMEOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_DESTROYED',
  'CONNECTION_ENDED',
  // the network, through Node
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  // PostgreSQL: shutting down, crashed, starting up, statement or lock timeout
  '57P01',
  '57P02',
  '57P03',
  '57014',
  '55P03',
]);

type WrappedError = { code?: unknown; cause?: unknown; err?: unknown };

/**
 * The code that says the database could not be reached or did not answer in time, found in the error or
 * one it wraps; undefined for any other failure.
 */
export function unavailabilityCode(error: unknown): string | undefined {
  let current = error;
  for (let depth = 0; depth < 6 && typeof current === 'object' && current !== null; depth++) {
    if (current instanceof DatabaseUnavailableError) return current.code;
    const { code, cause, err } = current as WrappedError;
    // A PostgreSQL connection exception: SQLSTATE class 08.
    if (typeof code === 'string' && (unreachableCodes.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return code;
    current = cause ?? err;
  }
  return undefined;
}

export function isDatabaseUnavailable(error: unknown): boolean {
  return unavailabilityCode(error) !== undefined;
}

/** The error as a DatabaseUnavailableError when the database could not be reached; else as it was. */
export function asDatabaseUnavailable(error: unknown): unknown {
  const code = unavailabilityCode(error);
  return code === undefined || error instanceof DatabaseUnavailableError ? error : new DatabaseUnavailableError(code);
}
