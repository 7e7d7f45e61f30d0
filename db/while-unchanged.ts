// Values read from the database, kept in this process's memory until the database next changes. PGlite runs in
// this process and no other can open its folder, so every change goes through the count the connection keeps
// (`changeStamp` in db/client.ts). PostgreSQL is shared by instances: its stamp also counts the changes other
// instances made, as heard (db/change-notices.ts), and there is none while this instance is not listening.
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
 * What `read()` gives for `key`, read again only once the database has changed. Requests meanwhile share the
 * first one's promise; the value is frozen, since every request gets the same one.
 */
export function readWhileDatabaseUnchanged<T>(key: string, read: () => Promise<T>): Promise<T> {
  const source = connection();
  if (insideTransaction()) return read();
  // Stamped before reading: a change that lands while the read runs leaves this value already outdated.
  const stamp = source.changeStamp();
  if (stamp === null) return read();
  return kept.read(key, `${idOf(source)} ${stamp}`, read);
}
