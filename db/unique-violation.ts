// A write refused by a unique index, told apart from every other database error. The index is the rule:
// checking first in a query would race a concurrent write. drizzle wraps the driver's error in its own
// (DrizzleQueryError, the driver's error as `cause`); PGlite names the index `constraint`, postgres.js
// `constraint_name`.
import 'server-only';
import type { AppError } from '@/lib/errors';

const uniqueViolation = '23505';

type DriverError = { code?: unknown; constraint?: unknown; constraint_name?: unknown; cause?: unknown };

/** The unique index a write violated, looking through the errors that wrap the driver's. */
function violatedUniqueIndex(error: unknown): string | undefined {
  let current = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const { code, constraint, constraint_name: constraintName, cause } = current as DriverError;
    if (code === uniqueViolation) {
      const index = constraint ?? constraintName;
      return typeof index === 'string' ? index : undefined;
    }
    current = cause;
  }
  return undefined;
}

/** Runs a write; a violation of the named unique index becomes the given AppError, anything else passes. */
export async function refuseOnUniqueViolation<T>(
  index: string,
  refusal: () => AppError,
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (violatedUniqueIndex(error) === index) throw refusal();
    throw error;
  }
}
