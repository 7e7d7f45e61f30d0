// A process's memory of values worth keeping between requests: one value per slot, with the stamp it was
// computed under (a history version, a count of database changes), served again while the caller's stamp is
// the same. Shared by db/loaders/history-memo.ts and db/while-unchanged.ts.
import 'server-only';
import { deepFreeze } from '@/lib/deep-freeze';

type Entry = { stamp: string; value: Promise<unknown> };

export type KeptValues = {
  /**
   * The value kept in `slot` if it was computed under `stamp`, else `compute()`'s, kept in its place. Requests
   * meanwhile share the first one's promise; the value is frozen, since every request gets the same one, and a
   * failed computation is not kept, so the next request tries again.
   */
  read<T>(slot: string, stamp: string, compute: () => Promise<T>): Promise<T>;
  forget(): void;
};

/** At most `maxEntries` values, the least recently used forgotten first. */
export function keptValues(maxEntries: number): KeptValues {
  // Map keeps insertion order: a hit moves its entry to the end, so the first entry is the least recently used.
  const entries = new Map<string, Entry>();
  return {
    read<T>(slot: string, stamp: string, compute: () => Promise<T>): Promise<T> {
      const entry = entries.get(slot);
      entries.delete(slot);
      if (entry?.stamp === stamp) {
        entries.set(slot, entry);
        return entry.value as Promise<T>;
      }
      const value = compute().then(deepFreeze);
      entries.set(slot, { stamp, value });
      value.catch(() => {
        if (entries.get(slot)?.value === value) entries.delete(slot);
      });
      for (const oldest of entries.keys()) {
        if (entries.size <= maxEntries) break;
        entries.delete(oldest);
      }
      return value;
    },
    forget: () => entries.clear(),
  };
}
