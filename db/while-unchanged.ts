// Values read from the embedded database, kept in this process's memory until the database next changes.
// PGlite runs in this process and no other can open its folder, so every change goes through the count
// the connection keeps (`changesSoFar` in db/client.ts). PostgreSQL is shared by instances: read every time.
import 'server-only';
import { connection, insideTransaction, type DatabaseConnection } from '@/db/client';
import { deepFreeze } from '@/lib/deep-freeze';

/** About one value per signed-in session. */
const maxEntries = 1_000;

type Entry = { source: DatabaseConnection; changes: number; value: Promise<unknown> };
// Map keeps insertion order: a hit moves its entry to the end, so the first entry is the least recently used.
const entries = new Map<string, Entry>();

/**
 * What `read()` gives for `key`, read again only once the embedded database has changed. Requests meanwhile
 * share the first one's promise; the value is frozen, since every request gets the same one.
 */
export function readWhileDatabaseUnchanged<T>(key: string, read: () => Promise<T>): Promise<T> {
  const source = connection();
  if (!source.changesSoFar || insideTransaction()) return read();
  // Counted before reading: a change that lands while the read runs leaves this value already outdated.
  const changes = source.changesSoFar();
  const entry = entries.get(key);
  entries.delete(key);
  if (entry && entry.source === source && entry.changes === changes) {
    entries.set(key, entry);
    return entry.value as Promise<T>;
  }
  const value = read().then(deepFreeze);
  entries.set(key, { source, changes, value });
  // A failed read is not kept: the next request tries again.
  value.catch(() => {
    if (entries.get(key)?.value === value) entries.delete(key);
  });
  for (const oldest of entries.keys()) {
    if (entries.size <= maxEntries) break;
    entries.delete(oldest);
  }
  return value;
}
