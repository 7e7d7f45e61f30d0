// The one error type for refusals the user should hear about: thrown by the data layer and by actions,
// turned into a form's answer by the action wrapper (lib/server/actions/form-action.ts). Below it, the
// error for a database out of reach, which no one refused.

export type AppErrorCode =
  /** The record is not there, or is not the user's: the two are told apart by no one. */
  | 'not-found'
  /** A unique rule of the record: the name is already taken. */
  | 'already-exists'
  /** A rule between records, such as one first role per person or an import only into an empty account. */
  | 'conflict'
  /** The input points at a record it may not point at, such as a short-term goal as a parent. */
  | 'invalid-reference'
  /** The input breaks a rule only the server can check, such as a password or a file's content. */
  | 'invalid-input'
  /** Too many attempts in a while: the sentence says how long to wait. */
  | 'rate-limited';

export class AppError extends Error {
  override readonly name = 'AppError';

  /**
   * @param message a sentence for the user, shown beside `field` when given, else above the form
   * @param field the form field the sentence belongs to
   */
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** A stored record as another save left it: its version, when it was saved, and its fields as its form names them. */
export type StoredRecord = {
  version: number;
  savedAt: Date;
  values: Record<string, string>;
  /** Every value of each repeated field (checkbox groups), as in the form. */
  choices: Record<string, string[]>;
};

/**
 * A save over a version of the record newer than the one its form was loaded from: another tab or device
 * saved in between. Nothing was saved; the form shows the other save beside what the user typed, and the
 * user chooses (docs/architecture.md, "Edits from two tabs").
 */
export class StaleEditError extends AppError {
  constructor(
    readonly stored: StoredRecord,
    message = 'This was saved in another tab or on another device after you opened it. Nothing of yours is saved yet: choose which to keep.',
  ) {
    super('conflict', message);
  }
}

/** The digest of a page's error when the database could not be reached: the error page says so. */
export const databaseUnavailableDigest = 'database-unavailable';

/**
 * The database could not be reached or did not answer in time (db/unavailable.ts tells such failures
 * apart). Its digest reaches the error page in production, where a server error's message does not. It
 * keeps only the driver's code, not the failed query, whose parameters are the user's data.
 */
export class DatabaseUnavailableError extends Error {
  override readonly name = 'DatabaseUnavailableError';
  readonly digest = databaseUnavailableDigest;

  /** @param code the driver's or PostgreSQL's code: ECONNREFUSED, CONNECT_TIMEOUT, 57P01, … */
  constructor(readonly code: string) {
    super(`The database could not be reached (${code}).`);
  }
}
