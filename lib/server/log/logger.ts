// The server's one logger (docs/architecture.md, "Logs"): JSON lines on stdout in production, readable lines in
// development. Every line logged while a request is served carries its id; errors carry their causes, and no
// line carries a secret or a failed query's parameters.
import 'server-only';
import { createRequire } from 'node:module';
import path from 'node:path';
import pino, { type DestinationStream, type Logger } from 'pino';
import type { PrettyOptions } from 'pino-pretty';
import { env, type LogLevel } from '@/lib/env';
import { currentRequestId } from '@/lib/server/request-context';
import { errorFields } from './error-fields';

export type { Logger } from 'pino';

/** Keys whose values are replaced wherever they appear in a logged object, down to three levels. */
export const secretKeys = [
  'password',
  'newPassword',
  'currentPassword',
  'passwordHash',
  'token',
  'accessToken',
  'refreshToken',
  'sessionToken',
  'secret',
  'authSecret',
  'clientSecret',
  'cookie',
  'cookies',
  'set-cookie',
  'authorization',
  // A statement's bound values: every value the user sent.
  'params',
  'parameters',
];

const redactedPaths = secretKeys.flatMap((key) => {
  const property = /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `["${key}"]`;
  return [property.replace(/^\./, ''), `*${property}`, `*.*${property}`];
});

export function createLogger(options: { level: LogLevel; destination: DestinationStream }): Logger {
  return pino(
    {
      level: options.level,
      timestamp: pino.stdTimeFunctions.isoTime,
      // "level":"error" rather than 50: an operator reads and filters these lines.
      formatters: { level: (label) => ({ level: label }) },
      serializers: { err: errorFields },
      redact: { paths: redactedPaths, censor: '[redacted]' },
      mixin() {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
    },
    options.destination,
  );
}

// process.stdout writes synchronously to files and pipes on Linux, so no line is lost when the process exits,
// and lines keep their order with what Next itself prints.
function destination(): DestinationStream {
  if (process.env.NODE_ENV === 'production') return process.stdout;
  // pino-pretty is a development dependency: loaded at run time, outside production only, and in this thread
  // (pino's transports run in worker threads, which a bundler breaks).
  const load = createRequire(path.join(/*turbopackIgnore: true*/ process.cwd(), 'package.json'));
  const { prettyFactory } = load('pino-pretty') as {
    prettyFactory: (options: PrettyOptions) => (line: string) => string;
  };
  const prettify = prettyFactory({
    colorize: Boolean(process.stdout.isTTY),
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname',
  });
  return { write: (line: string) => process.stdout.write(prettify(line)) };
}

let shared: Logger | undefined;

/** The process's logger, at LOG_LEVEL. */
export function logger(): Logger {
  shared ??= createLogger({ level: env().logLevel, destination: destination() });
  return shared;
}
