// Pay records: a position's dated pay. A raise is a new record; the pay at a date is the latest record on or
// before it. Amounts are numbers in the record's currency (ISO 4217), never converted. Rules: lib/career/compensation.ts.
import { sql } from 'drizzle-orm';
import { check, date, index, integer, numeric, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { editVersion, owner, timestamps } from './columns';
import { payBasis, positions } from './career';

const amount = (name: string) => numeric(name, { precision: 15, scale: 3, mode: 'number' });

export const payRecords = pgTable(
  'pay_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: owner(),
    positionId: uuid('position_id')
      .notNull()
      .references(() => positions.id, { onDelete: 'cascade' }),
    effectiveOn: date('effective_on', { mode: 'string' }).notNull(),
    currency: text('currency').notNull(),
    baseKind: payBasis('base_kind').notNull(),
    baseAmount: amount('base_amount').notNull(),
    hoursPerWeek: numeric('hours_per_week', { precision: 5, scale: 2, mode: 'number' }),
    bonusTarget: amount('bonus_target'),
    bonusPaid: amount('bonus_paid'),
    equityValue: amount('equity_value'),
    equityVestingStart: date('equity_vesting_start', { mode: 'string' }),
    equityVestingYears: integer('equity_vesting_years'),
    benefits: text('benefits')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    benefitsNote: text('benefits_note').notNull().default(''),
    version: editVersion(),
    ...timestamps,
  },
  (table) => [
    index('pay_records_position_idx').on(table.positionId, table.effectiveOn),
    index('pay_records_user_idx').on(table.userId, table.effectiveOn),
    check('pay_records_currency_code', sql`${table.currency} ~ '^[A-Z]{3}$'`),
    check(
      'pay_records_amounts_not_negative',
      sql`${table.baseAmount} >= 0 AND coalesce(${table.bonusTarget}, 0) >= 0 AND coalesce(${table.bonusPaid}, 0) >= 0 AND coalesce(${table.equityValue}, 0) >= 0`,
    ),
    check(
      'pay_records_hourly_has_hours',
      sql`${table.baseKind} <> 'hourly' OR (${table.hoursPerWeek} > 0 AND ${table.hoursPerWeek} <= 168)`,
    ),
    check(
      'pay_records_equity_vesting',
      sql`${table.equityValue} IS NULL OR (${table.equityVestingStart} IS NOT NULL AND ${table.equityVestingYears} BETWEEN 1 AND 10)`,
    ),
  ],
);

export type PayRecord = typeof payRecords.$inferSelect;
