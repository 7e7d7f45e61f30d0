// What a log line says about an error: its type, message, code and stack frames, and the same for each of its
// causes. The log must not become a copy of user data: a failed query's message (drizzle's DrizzleQueryError)
// carries the statement's whole parameter array, every value the user sent. Such an error is described by the
// statement's start and how many parameters it bound; its cause, the database's reason, follows as usual.
// Only these fields are read from an error, so a property a library hangs on it (postgres.js's `parameters`,
// a row's `detail`) never reaches the log.
import 'server-only';

const maxStatementChars = 120;
const maxMessageChars = 500;
const maxCauses = 10;

export type ErrorFields = {
  type: string;
  message: string;
  code?: string;
  /** Next's digest, the reference its error page shows the user. */
  digest?: string;
  /** The failed statement, without its parameters. */
  query?: { statement: string; parameterCount: number };
  /** The stack's frames, without its first line, which repeats the message. */
  stack?: string;
  cause?: ErrorFields;
};

type FailedQuery = Error & { query: string; params: unknown };

function isFailedQuery(error: Error): error is FailedQuery {
  return 'query' in error && typeof error.query === 'string' && 'params' in error;
}

const shortened = (text: string, limit: number) => (text.length > limit ? `${text.slice(0, limit)}…` : text);

const framesOf = (error: Error) =>
  (error.stack ?? '')
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .join('\n');

const textProperty = (error: Error, key: 'code' | 'digest') => {
  const value: unknown = (error as Error & Record<typeof key, unknown>)[key];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
};

function describe(error: unknown, depth: number): ErrorFields {
  if (!(error instanceof Error)) return { type: typeof error, message: shortened(String(error), maxMessageChars) };
  // Auth.js names its errors in `type` (class names are minified in the build); a class that does not set
  // its name (drizzle's errors) is still told apart by its constructor.
  const ownType: unknown = (error as Error & { type?: unknown }).type;
  const type =
    typeof ownType === 'string' && ownType
      ? ownType
      : error.name && error.name !== 'Error'
        ? error.name
        : error.constructor.name || 'Error';
  const fields: ErrorFields = { type, message: '' };
  if (isFailedQuery(error)) {
    fields.message = 'a query failed';
    fields.query = {
      statement: shortened(error.query.replace(/\s+/g, ' ').trim(), maxStatementChars),
      parameterCount: Array.isArray(error.params) ? error.params.length : 0,
    };
  } else {
    fields.message = shortened(error.message, maxMessageChars);
  }
  const code = textProperty(error, 'code');
  if (code) fields.code = code;
  const digest = textProperty(error, 'digest');
  if (digest) fields.digest = digest;
  const frames = framesOf(error);
  if (frames) fields.stack = frames;
  if (error.cause !== undefined && depth < maxCauses) fields.cause = describe(error.cause, depth + 1);
  return fields;
}

/** The fields a log line carries for an error and its causes; never a failed query's parameters. */
export function errorFields(error: unknown): ErrorFields {
  return describe(error, 0);
}

/** The same as text, one error a paragraph, for places that store a description (a failed job's row). */
export function errorText(error: unknown): string {
  const paragraphs: string[] = [];
  for (let fields: ErrorFields | undefined = errorFields(error); fields; fields = fields.cause) {
    const query = fields.query ? `: ${fields.query.statement} (${fields.query.parameterCount} parameters)` : '';
    const code = fields.code ? ` [${fields.code}]` : '';
    const heading = `${paragraphs.length ? 'caused by ' : ''}${fields.type}: ${fields.message}${query}${code}`;
    paragraphs.push(fields.stack ? `${heading}\n${fields.stack}` : heading);
  }
  return paragraphs.join('\n');
}
