import { integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';

// Two-factor sign-in with an authenticator app (docs/security.md "Two-factor sign-in"). One row per user who
// started or finished setting it up. Secrets are AES-256-GCM ciphertexts (lib/server/auth/two-factor-secrets.ts),
// never the secret itself: a copy of the database alone cannot produce codes.
export const twoFactor = pgTable('two_factor', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  /** The confirmed secret; null while setup is not finished. */
  secret: text('secret'),
  /** A secret shown for setup and not yet confirmed with a code; a new setup replaces it. */
  pendingSecret: text('pending_secret'),
  enabledAt: timestamp('enabled_at', { withTimezone: true }),
  /** The newest 30-second time step whose code was accepted: that code, and older ones, are refused. */
  lastUsedStep: integer('last_used_step'),
});

// Ten one-time codes for when the authenticator is lost; only their SHA-256 is kept.
export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  // Leads with user_id, so it also serves reading one user's codes.
  (table) => [uniqueIndex('recovery_codes_user_hash_unique').on(table.userId, table.codeHash)],
);
