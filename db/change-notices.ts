// Changes any instance makes to what a session check reads, heard from PostgreSQL: migration 0022's triggers
// NOTIFY at commit, and one connection of each instance LISTENs. While it listens, nothing another instance did
// has gone unheard; once it is lost, no value may be trusted until it listens again.
import 'server-only';
import postgres from 'postgres';

export const sessionStandingChannel = 'session_standing_changed';

export type ChangeNotices = {
  /** Whether every change made since the last `onChange` would have been heard. */
  listening: () => boolean;
  close: () => Promise<void>;
};

/** The wait before listening again after the connection was lost or could not be made. */
const relistenDelayMs = 500;

/**
 * Listens on its own connection (a pool's connections come and go) and calls `onChange` for every notice, and
 * also whenever the connection is lost or listens again, since notices sent meanwhile were missed.
 */
export function listenForChanges(
  url: string,
  onChange: () => void,
  options: { connectSeconds: number },
): ChangeNotices {
  let listening = false;
  let closed = false;
  const listener = postgres(url, {
    max: 1,
    idle_timeout: 0,
    max_lifetime: null,
    connect_timeout: options.connectSeconds,
    fetch_types: false,
    onnotice: () => {},
    onclose: () => {
      listening = false;
      onChange();
      if (!closed) void listen();
    },
    // Typed in postgres.js's code but not in its declarations; `sql.listen` is built on it.
    ...{ onnotify: () => onChange() },
  });

  let attempt: Promise<void> | null = null;
  function listen(): Promise<void> {
    attempt ??= (async () => {
      while (!closed && !listening) {
        try {
          await listener.unsafe(`LISTEN ${sessionStandingChannel}`);
          listening = !closed;
          onChange();
        } catch {
          await new Promise((resolve) => setTimeout(resolve, relistenDelayMs).unref());
        }
      }
    })().finally(() => (attempt = null));
    return attempt;
  }
  void listen();

  return {
    listening: () => listening,
    close: async () => {
      closed = true;
      listening = false;
      // Ending rejects a LISTEN still waiting for its connection; the loop then sees `closed` and stops.
      await listener.end({ timeout: 5 });
      await attempt;
    },
  };
}
