// Unexpected errors are logged once, on the server, and the log must not become a copy of user data:
// a failed query's message (drizzle's DrizzleQueryError) carries the statement's whole parameter array,
// every value the user sent. Such an error is logged as a short line instead: the statement's start, how
// many parameters it bound, the database's reason, and where it was thrown.
import 'server-only';

const maxStatementChars = 120;
const maxReasonChars = 200;

type FailedQuery = Error & { query: string; params: unknown[] };

function isFailedQuery(error: unknown): error is FailedQuery {
  return error instanceof Error && 'query' in error && typeof error.query === 'string' && 'params' in error;
}

const shortened = (text: string, limit: number) => (text.length > limit ? `${text.slice(0, limit)}…` : text);

/** The first failed query in the error and its causes, if any. */
function failedQueryIn(error: unknown): FailedQuery | undefined {
  for (let cause = error, depth = 0; cause instanceof Error && depth < 10; cause = cause.cause, depth++)
    if (isFailedQuery(cause)) return cause;
  return undefined;
}

function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return 'no reason given';
  const code = 'code' in error && typeof error.code === 'string' ? ` [${error.code}]` : '';
  return `${shortened(error.message, maxReasonChars)}${code}`;
}

/** The stack's frames without its first line, which repeats the message. */
const framesOf = (error: Error) =>
  (error.stack ?? '')
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .join('\n');

/**
 * What to log for an error: the error itself, unless a failed query is in it (or among its causes); then a
 * short description that leaves out the parameters.
 */
export function loggableError(error: unknown): unknown {
  const query = failedQueryIn(error);
  if (!query) return error;
  const statement = shortened(query.query.replace(/\s+/g, ' '), maxStatementChars);
  const parameters = Array.isArray(query.params) ? query.params.length : 0;
  const outer = error instanceof Error ? error : query;
  return `a query failed: ${statement} (${parameters} parameters): ${reasonOf(query.cause)}\n${framesOf(outer)}`;
}

/** Logs an unexpected error once, with what was being done, and without the values of a failed query. */
export function logError(doing: string, error: unknown): void {
  console.error(doing, loggableError(error));
}
