// In production every line the server prints is a JSON line: what Next, Auth.js or a library prints through
// the console goes through the logger too. An error among the arguments is described by the logger's error
// rule, so a failed query that Next reports (a page that threw) still leaves out its parameters. In
// development the console is left as it is: Next maps its errors to the sources there.
import 'server-only';
import { format, stripVTControlCharacters } from 'node:util';
import type { Level } from 'pino';
import type { Logger } from './logger';

const levelOf = { error: 'error', warn: 'warn', info: 'info', log: 'info', debug: 'debug' } satisfies Record<
  string,
  Level
>;

type ConsoleMethods = Pick<Console, keyof typeof levelOf>;

/** Replaces the console's printing methods with calls to the logger, one line each. */
export function sendConsoleTo(log: Logger, target: ConsoleMethods = console): void {
  for (const [method, level] of Object.entries(levelOf) as [keyof ConsoleMethods, Level][]) {
    target[method] = (...args: unknown[]) => {
      const error = args.find((argument) => argument instanceof Error);
      const rest = args.filter((argument) => argument !== error);
      // Next prefixes its lines with a coloured mark (⨯, ⚠); a JSON line wants the plain words.
      const text = stripVTControlCharacters(format(...rest))
        .replace(/^\s*[⨯⚠○✓▲]\s*/u, '')
        .trim();
      if (error) log[level]({ err: error }, text || 'printed through the console');
      else log[level](text);
    };
  }
}
