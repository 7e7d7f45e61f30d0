// The server's logger writing to an array instead of stdout, for tests that check what a module logs:
//   vi.mock('@/lib/server/log/logger', async (original) =>
//     (await import('../support/captured-log')).capturingLoggerModule(await original()));
// then read loggedLines() in the test.
import type * as LoggerModule from '@/lib/server/log/logger';
import type { LogLevel } from '@/lib/env';

const lines: string[] = [];

/** A logger of the given module's kind that writes to `into`. */
export function loggerInto(module: typeof LoggerModule, into: string[], level: LogLevel = 'info') {
  return module.createLogger({ level, destination: { write: (line: string) => void into.push(line) } });
}

export function capturingLoggerModule(module: typeof LoggerModule): typeof LoggerModule {
  const log = loggerInto(module, lines, 'debug');
  return { ...module, logger: () => log };
}

/** The lines logged since the last call to forgetLoggedLines, parsed. */
export const loggedLines = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);

/** The same lines as written, to check that a value appears in none of them. */
export const loggedText = () => lines.join('');

export function forgetLoggedLines(): void {
  lines.length = 0;
}
