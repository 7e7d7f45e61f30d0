// Values a page derives from a user's history, kept in this process's memory while users.history_version is
// unchanged. The version comes with the session check every request makes (findSessionStanding), so a page
// served from here asks the database nothing more. Each instance keeps its own memo, and a write on any
// instance raises the version in the database (the triggers behind db/loaders/derived-values.ts), so no
// instance serves a value after its data moved on.
import 'server-only';
import type { DerivedValue } from '@/db/loaders/derived-values';
import { keptValues } from '@/lib/server/kept-values';

/** Whose history, at which version: read together with the session (`requireUserWithHistoryVersion`). */
export type HistoryOwner = { userId: string; historyVersion: number };

/** About two values (what a page reads, what it draws) per signed-in person and page: a few MB for the heaviest accounts. */
const memo = keptValues(2_000);

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
  return keptInSlot(derived.name, owner, derived, params, compute);
}

/**
 * What a page draws from `derived` (its cards' texts, its tables), kept beside the values it is drawn from and
 * under the same version, with `params` for everything else it depends on (the day, the number locale): a
 * second visit then neither reads the database nor derives the texts again. Deriving them was 3–6 % of a
 * page's CPU time under load (docs/performance.md, item 73).
 */
export function memoViewWhileHistoryUnchanged<T>(
  owner: HistoryOwner,
  derived: DerivedValue,
  params: string,
  compute: () => Promise<T>,
): Promise<T> {
  return keptInSlot(`${derived.name} view`, owner, derived, params, compute);
}

/** One slot per person and `slot` name, its value served while the history version, rules and params hold. */
function keptInSlot<T>(
  slot: string,
  owner: HistoryOwner,
  derived: DerivedValue,
  params: string,
  compute: () => Promise<T>,
): Promise<T> {
  return memo.read(
    `${owner.userId} ${slot}`,
    `${owner.historyVersion} rules ${derived.rulesVersion}: ${params}`,
    compute,
  );
}

/** Forgets every value (tests, and a database switched under a running process). */
export function forgetHistoryMemo(): void {
  memo.forget();
}
