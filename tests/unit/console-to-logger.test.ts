import { DrizzleQueryError } from 'drizzle-orm/errors';
import { describe, expect, it } from 'vitest';
import { sendConsoleTo } from '@/lib/server/log/console';
import * as loggerModule from '@/lib/server/log/logger';
import { loggerInto } from '../support/captured-log';

function consoleIntoLines() {
  const lines: string[] = [];
  const unused = (..._args: unknown[]) => undefined;
  const target = { error: unused, warn: unused, info: unused, log: unused, debug: unused };
  sendConsoleTo(loggerInto(loggerModule, lines, 'debug'), target);
  return { target, lines, parsed: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe('the console in production', () => {
  it('prints one JSON line a call, at the matching level, with the words without colours or marks', () => {
    const { target, parsed } = consoleIntoLines();
    target.log('server listening on %d', 3000);
    target.warn('\u001b[33m⚠\u001b[39m slow response');
    target.debug('detail');
    expect(parsed()).toMatchObject([
      { level: 'info', msg: 'server listening on 3000' },
      { level: 'warn', msg: 'slow response' },
      { level: 'debug', msg: 'detail' },
    ]);
  });

  it('describes an error as the logger does, so a failed query Next reports leaves out its parameters', () => {
    const { target, lines, parsed } = consoleIntoLines();
    const typedText = 'what the user wrote';
    const failedQuery = new DrizzleQueryError(
      'select * from "goals" where "title" = $1',
      [typedText],
      new Error('boom'),
    );
    target.error('\u001b[31m⨯\u001b[39m', failedQuery);
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain(typedText);
    expect(parsed()[0]).toMatchObject({
      level: 'error',
      msg: 'printed through the console',
      err: { message: 'a query failed', query: { parameterCount: 1 }, cause: { message: 'boom' } },
    });
  });
});
