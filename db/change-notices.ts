// Changes any instance makes to what a session check reads, heard from PostgreSQL: migration 0022's triggers
// NOTIFY at commit, and one connection of each instance LISTENs. While it demonstrably hears, nothing another
// instance did has gone unheard for long; otherwise no value may be trusted.
import 'server-only';
import { randomUUID } from 'node:crypto';
import postgres from 'postgres';

export const sessionStandingChannel = 'session_standing_changed';

export type ChangeNotices = {
  /** Whether every change committed until a moment ago has been heard (`onChange` called for it). */
  listening: () => boolean;
  close: () => Promise<void>;
};

/** The wait before listening again after the connection was lost or could not be made. */
const relistenDelayMs = 500;
/**
 * The listener sends itself a notice this often and is trusted only while the last one came back within
 * `heardWithinMs`. A connection that died without a word from the network (TCP keepalive notices it only after
 * minutes) or a pooler that does not pass notices on (PgBouncer in transaction mode) is so distrusted within
 * seconds. Notices from one connection arrive in commit order, so hearing its own says the ones before it came.
 */
export const heartbeatEveryMs = 1_000;
export const heardWithinMs = 2_500;

/**
 * Listens on its own connection (a pool's connections come and go) and calls `onChange` for every notice, and
 * also whenever the connection is lost or listens again, since notices sent meanwhile were missed.
 */
export function listenForChanges(
  url: string,
  onChange: () => void,
  options: { connectSeconds: number; reconnectDelaySeconds: (failuresInARow: number) => number },
): ChangeNotices {
  const heartbeat = `heartbeat ${randomUUID()}`;
  let listening = false;
  let closed = false;
  let lastHeard = -Infinity;
  let beating = false;
  const listener = postgres(url, {
    max: 1,
    idle_timeout: 0,
    max_lifetime: null,
    connect_timeout: options.connectSeconds,
    backoff: options.reconnectDelaySeconds,
    fetch_types: false,
    onnotice: () => {},
    onclose: () => {
      listening = false;
      onChange();
      if (!closed) void listen();
    },
    // Typed in postgres.js's code but not in its declarations; `sql.listen` is built on it.
    ...{
      onnotify: (_channel: string, payload: string) => {
        if (payload === heartbeat) lastHeard = performance.now();
        // Other instances' heartbeats change nothing.
        else if (!payload.startsWith('heartbeat ')) onChange();
      },
    },
  });

  function beat() {
    if (!listening || beating) return;
    beating = true;
    listener
      .unsafe('select pg_notify($1, $2)', [sessionStandingChannel, heartbeat])
      .catch(() => {})
      .finally(() => (beating = false));
  }
  const beats = setInterval(beat, heartbeatEveryMs).unref();

  let attempt: Promise<void> | null = null;
  function listen(): Promise<void> {
    attempt ??= (async () => {
      while (!closed && !listening) {
        try {
          await listener.unsafe(`LISTEN ${sessionStandingChannel}`);
          listening = !closed;
          onChange();
          beat();
        } catch {
          await new Promise((resolve) => setTimeout(resolve, relistenDelayMs).unref());
        }
      }
    })().finally(() => (attempt = null));
    return attempt;
  }
  void listen();

  return {
    listening: () => listening && performance.now() - lastHeard < heardWithinMs,
    close: async () => {
      closed = true;
      listening = false;
      clearInterval(beats);
      // Nothing to drain; ending at once also rejects a LISTEN still waiting for its connection.
      await listener.end({ timeout: 0 });
      await attempt;
    },
  };
}
