// A save over the version of a record its form was loaded from (columns.ts `editVersion`): the update's
// condition holds the loaded version and raises it, so of two saves from two tabs the later one changes
// nothing and is told what the other stored. On PostgreSQL the later update waits for the earlier to
// commit and then finds the version moved on. docs/architecture.md, "Edits from two tabs".
import 'server-only';
import { eq, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { StaleEditError } from '@/lib/errors';
import { formDefaults } from '@/lib/forms/form-defaults';

/** The update's extra condition (still at the loaded version) and the raised version to set. */
export function overLoadedVersion(version: PgColumn, loadedVersion: number): { stillLoaded: SQL; raised: SQL } {
  return { stillLoaded: eq(version, loadedVersion), raised: sql`${version} + 1` };
}

type Versioned = Record<string, unknown> & { version: number; updatedAt: Date };

/**
 * Why a guarded update changed nothing, given the record as stored now: gone (undefined, for the caller's
 * not-found), or saved since the form was loaded (a StaleEditError carrying it in its form's field names).
 */
export function refuseStaleEdit(stored: Versioned | undefined, choices: Record<string, string[]> = {}): undefined {
  if (!stored) return undefined;
  throw new StaleEditError({
    version: stored.version,
    savedAt: stored.updatedAt,
    values: formDefaults(stored),
    choices,
  });
}
