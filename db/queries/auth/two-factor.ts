// Two-factor sign-in data of one user (docs/security.md "Two-factor sign-in"). Every function takes the user's
// id first and touches only that user's rows. Secrets arrive and leave sealed; code hashes arrive hashed.
import 'server-only';
import { and, count, eq, isNull, lt, or } from 'drizzle-orm';
import { db, inTransaction } from '@/db/client';
import { recoveryCodes, twoFactor } from '@/db/schema';

export type TwoFactorState = { enabledAt: Date; sealedSecret: string; lastUsedStep: number | null };

/** The confirmed two-factor state; undefined when two-factor sign-in is off (setup not finished counts as off). */
export async function findEnabledTwoFactor(userId: string): Promise<TwoFactorState | undefined> {
  const [row] = await db()
    .select({ enabledAt: twoFactor.enabledAt, sealedSecret: twoFactor.secret, lastUsedStep: twoFactor.lastUsedStep })
    .from(twoFactor)
    .where(eq(twoFactor.userId, userId));
  if (!row?.enabledAt || !row.sealedSecret) return undefined;
  return { enabledAt: row.enabledAt, sealedSecret: row.sealedSecret, lastUsedStep: row.lastUsedStep };
}

export async function findPendingSecret(userId: string): Promise<string | undefined> {
  const [row] = await db()
    .select({ pendingSecret: twoFactor.pendingSecret })
    .from(twoFactor)
    .where(eq(twoFactor.userId, userId));
  return row?.pendingSecret ?? undefined;
}

/** Keeps a secret shown for setup until it is confirmed; a later setup replaces it. Leaves a confirmed secret as is. */
export async function storePendingSecret(userId: string, sealedSecret: string): Promise<void> {
  await db()
    .insert(twoFactor)
    .values({ userId, pendingSecret: sealedSecret })
    .onConflictDoUpdate({ target: twoFactor.userId, set: { pendingSecret: sealedSecret } });
}

async function replaceCodes(userId: string, codeHashes: readonly string[]): Promise<void> {
  await db().delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await db()
    .insert(recoveryCodes)
    .values(codeHashes.map((codeHash) => ({ userId, codeHash })));
}

/**
 * Turns two-factor sign-in on with the pending secret, as long as it is still the one the code was checked
 * against (a setup started meanwhile in another tab wins). The confirming code's step counts as used.
 */
export async function enableTwoFactor(
  userId: string,
  confirmed: { sealedPendingSecret: string; step: number; codeHashes: readonly string[] },
  now: Date,
): Promise<boolean> {
  return inTransaction(async () => {
    const updated = await db()
      .update(twoFactor)
      .set({
        secret: confirmed.sealedPendingSecret,
        pendingSecret: null,
        enabledAt: now,
        lastUsedStep: confirmed.step,
      })
      .where(and(eq(twoFactor.userId, userId), eq(twoFactor.pendingSecret, confirmed.sealedPendingSecret)))
      .returning({ userId: twoFactor.userId });
    if (updated.length === 0) return false;
    await replaceCodes(userId, confirmed.codeHashes);
    return true;
  });
}

/**
 * Marks a time step as used, only if it is newer than the last one: of two sign-ins racing with one code,
 * only one gets true.
 */
export async function recordUsedStep(userId: string, step: number): Promise<boolean> {
  const updated = await db()
    .update(twoFactor)
    .set({ lastUsedStep: step })
    .where(and(eq(twoFactor.userId, userId), or(isNull(twoFactor.lastUsedStep), lt(twoFactor.lastUsedStep, step))))
    .returning({ userId: twoFactor.userId });
  return updated.length > 0;
}

/** Spends one unused recovery code of this user; false when it is not theirs, not a code, or already spent. */
export async function spendRecoveryCode(userId: string, codeHash: string, now: Date): Promise<boolean> {
  const updated = await db()
    .update(recoveryCodes)
    .set({ usedAt: now })
    .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, codeHash), isNull(recoveryCodes.usedAt)))
    .returning({ id: recoveryCodes.id });
  return updated.length > 0;
}

export async function countUnusedRecoveryCodes(userId: string): Promise<number> {
  const [row] = await db()
    .select({ unused: count() })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return row?.unused ?? 0;
}

/** New recovery codes in place of every old one, used or not. */
export async function replaceRecoveryCodes(userId: string, codeHashes: readonly string[]): Promise<void> {
  await inTransaction(() => replaceCodes(userId, codeHashes));
}

/** Turns two-factor sign-in off: the secret and every recovery code are deleted. */
export async function disableTwoFactor(userId: string): Promise<void> {
  await inTransaction(async () => {
    await db().delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
    await db().delete(twoFactor).where(eq(twoFactor.userId, userId));
  });
}
