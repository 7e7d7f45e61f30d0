// Values read from the embedded database, kept in this process's memory until the database next changes.
// PGlite runs in this process and no other can open its folder, so every change goes through the count
// the connection keeps (`changesSoFar` in db/client.ts). PostgreSQL is shared by instances: read every time.
import 'server-only';
import { connection, insideTransaction, type DatabaseConnection } from '@/db/client';
import { keptValues } from '@/lib/server/kept-values';

/** About one value per signed-in session. */
const kept = keptValues(1_000);
// Each connection counts its own changes (tests switch connections): their values are stamped apart.
const connectionIds = new WeakMap<DatabaseConnection, number>();
let connectionsSeen = 0;

function idOf(source: DatabaseConnection): number {
  let id = connectionIds.get(source);
  if (id === undefined) connectionIds.set(source, (id = ++connectionsSeen));
  return id;
}

/**
 * What `read()` gives for `key`, read again only once the embedded database has changed. Requests meanwhile
 * share the first one's promise; the value is frozen, since every request gets the same one.
 */
export function readWhileDatabaseUnchanged<T>(key: string, read: () => Promise<T>): Promise<T> {
  const source = connection();
  if (!source.changesSoFar || insideTransaction()) return read();
  // Counted before reading: a change that lands while the read runs leaves this value already outdated.
  return kept.read(key, `${idOf(source)} ${source.changesSoFar()}`, read);
}
