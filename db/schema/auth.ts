import { sql } from 'drizzle-orm';
import { index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date()),
};

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name'),
    email: text('email').notNull(),
    emailVerified: timestamp('email_verified', { withTimezone: true, mode: 'date' }),
    image: text('image'),
    // Null for accounts that only sign in through OAuth.
    passwordHash: text('password_hash'),
    timeZone: text('time_zone').notNull().default('UTC'),
    // 0 = Sunday … 6 = Saturday, as Date.getDay() counts.
    weekStartsOn: integer('week_starts_on').notNull().default(1),
    // Raised by database triggers on every change to what the trajectory index reads
    // (migration 0004), so cached index points can tell whether they are still current.
    historyVersion: integer('history_version').notNull().default(0),
    // Raised to end every session at once (password change, "sign out everywhere"); a session token carries
    // the version it was issued under and is refused once they differ (lib/server/auth/session-checks.ts).
    sessionVersion: integer('session_version').notNull().default(0),
    ...timestamps,
  },
  (table) => [uniqueIndex('users_email_lower_unique').on(sql`lower(${table.email})`)],
);

// Columns and names as @auth/drizzle-adapter expects them, for OAuth sign-ins.
export const accounts = pgTable(
  'accounts',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    type: text('type').$type<'oauth' | 'oidc' | 'email' | 'webauthn'>().notNull(),
    provider: text('provider').notNull(),
    providerAccountId: text('provider_account_id').notNull(),
    refresh_token: text('refresh_token'),
    access_token: text('access_token'),
    expires_at: integer('expires_at'),
    token_type: text('token_type'),
    scope: text('scope'),
    id_token: text('id_token'),
    session_state: text('session_state'),
    ...timestamps,
  },
  (table) => [
    primaryKey({ columns: [table.provider, table.providerAccountId] }),
    index('accounts_user_id_idx').on(table.userId),
  ],
);

// One row per failed sign-in; the rate limit counts recent rows, so every app
// instance sees the same counters.
export const signInFailures = pgTable(
  'sign_in_failures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    ipAddress: text('ip_address').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('sign_in_failures_email_idx').on(table.email, table.createdAt),
    index('sign_in_failures_ip_idx').on(table.ipAddress, table.createdAt),
  ],
);

// Sessions ended one at a time by signing out: a JWT cannot be recalled, so its id is refused until it
// would have expired anyway. Pruned as sessions end.
export const endedSessions = pgTable(
  'ended_sessions',
  {
    sessionId: uuid('session_id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    endedAt: timestamp('ended_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('ended_sessions_user_id_idx').on(table.userId),
    index('ended_sessions_ended_at_idx').on(table.endedAt),
  ],
);

// Sessions kept when the others ended (a change to two-factor sign-in, a password change): the session
// stays valid while the user's session version is still the one it was kept at. Pruned as they expire.
export const keptSessions = pgTable(
  'kept_sessions',
  {
    sessionId: uuid('session_id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    sessionVersion: integer('session_version').notNull(),
    keptAt: timestamp('kept_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('kept_sessions_user_id_idx').on(table.userId), index('kept_sessions_kept_at_idx').on(table.keptAt)],
);

export type User = typeof users.$inferSelect;

// Password-reset links (docs/security.md "Password reset"): only the SHA-256 hash of each token is kept, so
// a copy of the database cannot reset anyone's password. A token works once, until it expires.
export const passwordResetTokens = pgTable(
  'password_reset_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('password_reset_tokens_hash_unique').on(table.tokenHash),
    index('password_reset_tokens_user_id_idx').on(table.userId),
  ],
);

// One row per reset request, for an account or not, so throttling treats every email alike and tells
// no one which emails have accounts.
export const passwordResetRequests = pgTable(
  'password_reset_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    ipAddress: text('ip_address').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('password_reset_requests_email_idx').on(table.email, table.createdAt),
    index('password_reset_requests_ip_idx').on(table.ipAddress, table.createdAt),
  ],
);

// Email-proving links (docs/security.md "Email verification"): a sign-up's link proves the account's own
// address, a change's link the new one (held in `email`). Only the SHA-256 hash of each token is kept.
export const emailVerificationTokens = pgTable(
  'email_verification_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: text('purpose').$type<'sign-up' | 'change-email'>().notNull(),
    email: text('email').notNull(),
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('email_verification_tokens_hash_unique').on(table.tokenHash),
    index('email_verification_tokens_user_id_idx').on(table.userId),
  ],
);

// One row per request that may send an email-proving mail (sign-up, a new link, a change of email), for
// throttling: `email` is the address mailed, `userId` the account when one is signed in.
export const emailVerificationRequests = pgTable(
  'email_verification_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    userId: uuid('user_id'),
    ipAddress: text('ip_address').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('email_verification_requests_email_idx').on(table.email, table.createdAt),
    index('email_verification_requests_user_idx').on(table.userId, table.createdAt),
    index('email_verification_requests_ip_idx').on(table.ipAddress, table.createdAt),
  ],
);

// A change of email waiting for its link to be opened at the new address; one per user at most.
export const pendingEmailChanges = pgTable('pending_email_changes', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  newEmail: text('new_email').notNull(),
  requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
});
