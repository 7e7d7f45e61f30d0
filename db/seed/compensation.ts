// The demo account's pay story: an hourly wage with one raise, a salary at the promotion to team lead
// (a raise you can see on the dashboard) and another a year later, then the move into analytics with a
// bonus target and a small equity grant. Amounts in GBP, as Alex lives in London.
import { and, eq } from 'drizzle-orm';
import { addDays, type IsoDate } from '@/lib/dates/calendar';
import type { PayRecordInput } from '@/lib/career/compensation-schema';
import { db } from '@/db/client';
import { payRecords, positions } from '@/db/schema';

const noExtras = {
  currency: 'GBP',
  hoursPerWeek: null,
  bonusTarget: null,
  bonusPaid: null,
  equityValue: null,
  equityVestingStart: null,
  equityVestingYears: null,
  benefitsNote: '',
} as const;

/** Seeds pay records for the demo's positions (seeded first by seedDemoCareer), found by their titles. */
export async function seedDemoPay(userId: string, today: IsoDate): Promise<void> {
  const ago = (days: number) => addDays(today, -days);
  const roleId = async (title: string) => {
    const [role] = await db()
      .select({ id: positions.id, startedOn: positions.startedOn })
      .from(positions)
      .where(and(eq(positions.userId, userId), eq(positions.title, title)));
    if (!role) throw new Error(`the demo has no position "${title}"`);
    return role;
  };
  const agent = await roleId('Customer support agent');
  const lead = await roleId('Support team lead');
  const analyst = await roleId('Operations analyst');
  const records: (PayRecordInput & { positionId: string })[] = [
    {
      ...noExtras,
      positionId: agent.id,
      effectiveOn: agent.startedOn,
      baseKind: 'hourly',
      baseAmount: 11.5,
      hoursPerWeek: 37.5,
      benefits: ['pension', 'paid_leave'],
    },
    {
      ...noExtras,
      positionId: agent.id,
      effectiveOn: ago(1500),
      baseKind: 'hourly',
      baseAmount: 12.4,
      hoursPerWeek: 37.5,
      benefits: ['pension', 'paid_leave'],
    },
    {
      ...noExtras,
      positionId: lead.id,
      effectiveOn: lead.startedOn,
      baseKind: 'salary',
      baseAmount: 31_000,
      bonusTarget: 2000,
      bonusPaid: 1800,
      benefits: ['pension', 'paid_leave', 'health_insurance'],
    },
    {
      ...noExtras,
      positionId: lead.id,
      effectiveOn: ago(735),
      baseKind: 'salary',
      baseAmount: 33_500,
      bonusTarget: 2500,
      benefits: ['pension', 'paid_leave', 'health_insurance'],
    },
    {
      ...noExtras,
      positionId: analyst.id,
      effectiveOn: analyst.startedOn,
      baseKind: 'salary',
      baseAmount: 41_000,
      bonusTarget: 3000,
      equityValue: 8000,
      equityVestingStart: analyst.startedOn,
      equityVestingYears: 4,
      benefits: ['pension', 'paid_leave', 'health_insurance', 'learning_budget', 'remote_work'],
      benefitsNote: 'Hybrid: two days a week in the office',
    },
  ];
  await db()
    .insert(payRecords)
    .values(records.map((record) => ({ ...record, userId })));
}
