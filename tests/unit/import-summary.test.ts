import { describe, expect, it } from 'vitest';
import { accountExportSchema } from '@/lib/account/export-schema';
import { importSummary, type SettingsBefore } from '@/lib/account/import-summary';

const at = '2026-11-25T10:00:00.000Z';
const update = (weekStart: string) => ({ weekStart, value: 0, confidence: 3, note: '', createdAt: at, updatedAt: at });
const goal = (ref: string, updates: ReturnType<typeof update>[]) => ({
  ref,
  title: `Goal ${ref}`,
  purpose: '',
  horizon: 'long',
  category: 'learning',
  targetKind: 'done',
  startValue: null,
  targetValue: null,
  unit: null,
  startDate: '2026-01-05',
  targetDate: null,
  status: 'active',
  statusChangedOn: '2026-01-05',
  parentRef: null,
  createdAt: at,
  updatedAt: at,
  milestones: [],
  updates,
});
const reflection = { weekStart: '2026-01-04', alignment: 4, note: '', highlight: '', createdAt: at, updatedAt: at };
const parsed = (overrides: Record<string, unknown> = {}) =>
  accountExportSchema.parse({
    format: 'trajectory-account',
    version: 2,
    exportedAt: at,
    profile: { name: 'Ana', email: 'a@example.com', timeZone: 'Europe/Lisbon', weekStartsOn: 0 },
    goals: [],
    reflections: [],
    skills: [],
    education: [],
    certifications: [],
    positions: [],
    ...overrides,
  });
const reminders = { weeklyOn: false, weeklyDay: 5, weeklyHour: 16, certificationsOn: false, goalsOn: false };
const asInFile: SettingsBefore = { name: 'Ana', timeZone: 'Europe/Lisbon', weekStartsOn: 0, reminders };

describe('the import summary', () => {
  it('names every kind of record the file brought, with its count, in the singular for one', () => {
    const file = parsed({
      goals: [goal('a', [update('2026-01-04'), update('2026-01-11')]), goal('b', [update('2026-01-04')])],
      reflections: [reflection],
    });
    expect(importSummary(file, asInFile)).toBe(
      'Imported 2 goals, 3 weekly updates and 1 reflection. Your settings are as they were.',
    );
  });

  it('says so when the file held no records', () => {
    expect(importSummary(parsed(), asInFile)).toBe(
      'The file held no records to import. Your settings are as they were.',
    );
  });

  it('says which settings of the account the file changed', () => {
    const before: SettingsBefore = { name: 'Old name', timeZone: 'UTC', weekStartsOn: 1, reminders };
    expect(importSummary(parsed({ reminders: { ...reminders, weeklyOn: true } }), before)).toBe(
      'The file held no records to import. Changed your name to “Ana”, your time zone to Europe/Lisbon, ' +
        'your week to start on Sunday and your reminders to the file’s.',
    );
    expect(importSummary(parsed({ profile: { ...asInFile, name: null, email: 'a@example.com' } }), asInFile)).toBe(
      'The file held no records to import. Changed your name to none (it was removed).',
    );
  });
});
