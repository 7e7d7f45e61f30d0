// Values a page derives from a user's history, kept in this process's memory while users.history_version is
// unchanged. The version comes with the session check every request makes (findSessionStanding), so a page
// served from here asks the database nothing more. Each instance keeps its own memo, and a write on any
// instance raises the version in the database (the triggers behind db/loaders/derived-values.ts), so no
// instance serves a value after its data moved on.
import 'server-only';
import type { DerivedValue } from '@/db/loaders/derived-values';
import { deepFreeze } from '@/lib/deep-freeze';

/** Whose history, at which version: read together with the session (`requireUserWithHistoryVersion`). */
export type HistoryOwner = { userId: string; historyVersion: number };

/** About one value per signed-in person and page: a few MB for the heaviest accounts. */
const maxEntries = 1_000;

type Entry = { key: string; value: Promise<unknown> };
// Map keeps insertion order: a hit moves its entry to the end, so the first entry is the least recently used.
const entries = new Map<string, Entry>();

/**
 * What `compute()` gives for `derived` at the owner's history version with `params` (everything else the value
 * depends on: dates, the range asked for). The first request computes, requests meanwhile share its promise,
 * later ones get the same value, frozen: a renderer that sorted it in place would corrupt the next page.
 */
export function memoWhileHistoryUnchanged<T>(
  owner: HistoryOwner,
  derived: DerivedValue,
  params: string,
  compute: () => Promise<T>,
): Promise<T> {
  const slot = `${owner.userId} ${derived.name}`;
  const key = `${owner.historyVersion} rules ${derived.rulesVersion}: ${params}`;
  const entry = entries.get(slot);
  entries.delete(slot);
  if (entry?.key === key) {
    entries.set(slot, entry);
    return entry.value as Promise<T>;
  }
  const value = compute().then(deepFreeze);
  entries.set(slot, { key, value });
  // A failed computation is not kept: the next request tries again.
  value.catch(() => {
    if (entries.get(slot)?.value === value) entries.delete(slot);
  });
  for (const oldest of entries.keys()) {
    if (entries.size <= maxEntries) break;
    entries.delete(oldest);
  }
  return value;
}

/** Forgets every value (tests, and a database switched under a running process). */
export function forgetHistoryMemo(): void {
  entries.clear();
}
