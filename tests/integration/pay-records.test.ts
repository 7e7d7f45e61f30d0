import { beforeAll, expect, it } from 'vitest';
import { exportAccount } from '@/db/queries/account/export';
import { importAccount } from '@/db/queries/account/import';
import {
  addPayRecord,
  deletePayRecord,
  findPayRecord,
  listPayRecords,
  listPositionPayRecords,
  updatePayRecord,
} from '@/db/queries/career/pay-records';
import { createPosition, deletePosition } from '@/db/queries/career/positions';
import { readExportFile } from '@/lib/account/data-forms';
import { payRecordSchema, type PayRecordInput } from '@/lib/career/compensation-schema';
import { positionSchema } from '@/lib/career/schema';
import { StaleEditError } from '@/lib/errors';
import { describeOnEachDatabase } from '../support/database';
import { createTestUser } from '../support/fixtures';

const role = (title: string, howReached = 'first_role') =>
  positionSchema.parse({
    title,
    employer: 'Acme',
    employmentType: 'full_time',
    payBasis: 'salary',
    startedOn: '2023-01-01',
    howReached,
  });

const pay = (overrides: Partial<PayRecordInput> = {}): PayRecordInput =>
  payRecordSchema.parse({
    effectiveOn: '2023-01-01',
    currency: 'EUR',
    baseKind: 'salary',
    baseAmount: 48_000,
    hoursPerWeek: null,
    bonusTarget: 3000,
    bonusPaid: null,
    equityValue: null,
    equityVestingStart: null,
    equityVestingYears: null,
    benefits: ['pension'],
    benefitsNote: 'Gym',
    ...overrides,
  });

describeOnEachDatabase('pay records', () => {
  let alice = '';
  let bob = '';
  beforeAll(async () => {
    alice = await createTestUser('alice-pay');
    bob = await createTestUser('bob-pay');
  });

  it('adds, updates over the loaded version and deletes a position’s pay records; amounts keep their decimals', async () => {
    const position = await createPosition(alice, role('Analyst'));
    if (!position) throw new Error('setup');
    const first = await addPayRecord(alice, position.id, pay());
    const raise = await addPayRecord(alice, position.id, pay({ effectiveOn: '2024-01-01', baseAmount: 51_250.75 }));
    expect((await listPositionPayRecords(alice, position.id)).map((record) => record.baseAmount)).toEqual([
      48_000, 51_250.75,
    ]);
    if (!first || !raise) throw new Error('setup');
    const hourly = pay({ baseKind: 'hourly', baseAmount: 30.5, hoursPerWeek: 37.5, benefits: [] });
    expect(await updatePayRecord(alice, first.id, hourly, 1)).toMatchObject({
      baseKind: 'hourly',
      baseAmount: 30.5,
      hoursPerWeek: 37.5,
      benefits: [],
      version: 2,
    });
    // A second tab that loaded version 1 hears what the first stored, and changes nothing.
    await expect(updatePayRecord(alice, first.id, pay(), 1)).rejects.toBeInstanceOf(StaleEditError);
    expect(await deletePayRecord(alice, raise.id)).toBe(position.id);
    expect(await findPayRecord(alice, raise.id)).toBeUndefined();
    // Deleting the position deletes its pay history with it.
    await deletePosition(alice, position.id);
    expect(await findPayRecord(alice, first.id)).toBeUndefined();
  });

  it('another user’s position or pay record behaves like a missing one', async () => {
    const mine = await createPosition(alice, role('Team lead', 'promotion'));
    if (!mine) throw new Error('setup');
    const record = await addPayRecord(alice, mine.id, pay());
    if (!record) throw new Error('setup');
    expect(await addPayRecord(bob, mine.id, pay({ baseAmount: 1 }))).toBeUndefined();
    expect(await findPayRecord(bob, record.id)).toBeUndefined();
    expect(await updatePayRecord(bob, record.id, pay({ baseAmount: 1 }), 1)).toBeUndefined();
    expect(await deletePayRecord(bob, record.id)).toBeUndefined();
    expect(await listPayRecords(bob)).toEqual([]);
    expect(await listPositionPayRecords(bob, mine.id)).toEqual([]);
    expect(await findPayRecord(alice, record.id)).toMatchObject({ baseAmount: 48_000, version: 1 });
  });

  it('exports pay under its position and imports it again; a version 1 file without pay still imports', async () => {
    const exported = await exportAccount(alice);
    if (!exported) throw new Error('setup');
    const withPay = exported.positions.find((position) => position.payRecords.length > 0);
    expect(withPay?.payRecords[0]).toMatchObject({ currency: 'EUR', baseAmount: 48_000, benefits: ['pension'] });

    const copy = await createTestUser('copy-pay');
    await importAccount(copy, readExportFile(JSON.stringify(exported)));
    expect((await listPayRecords(copy)).map((record) => [record.currency, record.baseAmount])).toEqual(
      (await listPayRecords(alice)).map((record) => [record.currency, record.baseAmount]),
    );

    // Version 1: positions as they were, no pay records anywhere.
    const versionOne = {
      ...exported,
      version: 1,
      positions: exported.positions.map(({ payRecords: _payRecords, ...position }) => position),
    };
    const old = await createTestUser('old-file-pay');
    await importAccount(old, readExportFile(JSON.stringify(versionOne)));
    expect((await exportAccount(old))?.positions.map((position) => position.title)).toEqual(
      exported.positions.map((position) => position.title),
    );
    expect(await listPayRecords(old)).toEqual([]);
  });

  it('an import refuses an unknown currency or more decimals than the currency has', () => {
    const file = (payRecord: Record<string, unknown>) =>
      JSON.stringify({
        format: 'trajectory-account',
        version: 2,
        exportedAt: '2026-01-01T00:00:00.000Z',
        profile: { name: null, email: 'a@example.com', timeZone: 'Europe/London', weekStartsOn: 1 },
        goals: [],
        reflections: [],
        skills: [],
        education: [],
        certifications: [],
        positions: [
          {
            ...role('Analyst'),
            createdAt: '2026-01-01T00:00:00.000Z',
            updatedAt: '2026-01-01T00:00:00.000Z',
            payRecords: [
              {
                ...pay(),
                createdAt: '2026-01-01T00:00:00.000Z',
                updatedAt: '2026-01-01T00:00:00.000Z',
                ...payRecord,
              },
            ],
          },
        ],
      });
    expect(() => readExportFile(file({}))).not.toThrow();
    expect(() => readExportFile(file({ currency: 'XXQ' }))).toThrow(/positions\.0\.payRecords\.0\.currency/);
    expect(() => readExportFile(file({ currency: 'JPY', baseAmount: 100.5 }))).toThrow(
      /positions\.0\.payRecords\.0\.baseAmount/,
    );
    expect(() => readExportFile(file({ baseAmount: -5 }))).toThrow(/positions\.0\.payRecords\.0\.baseAmount/);
  });
});
