import { describe, expect, it } from 'vitest';
import { savedAtPhrase } from '@/lib/dates/saved-at';
import { StaleEditError } from '@/lib/errors';
import { appErrorFailure } from '@/lib/forms/result';
import { parseWeeklyForm, weeklyRefusal } from '@/lib/weekly/schema';
import { storedWeekFields } from '@/lib/weekly/stored-week';

describe('a save over another tab’s newer save, as the form hears it', () => {
  it('keeps what the user typed and carries the other save with its version and instant', () => {
    const typed = new FormData();
    typed.append('version', '3');
    typed.append('reflectionNote', 'mine');
    const stored = {
      version: 4,
      savedAt: new Date('2026-11-26T13:32:00Z'),
      values: { reflectionNote: 'theirs' },
      choices: {},
    };
    expect(appErrorFailure(new StaleEditError(stored), typed)).toMatchObject({
      ok: false,
      fieldErrors: {},
      values: { version: '3', reflectionNote: 'mine' },
      conflict: { version: '4', savedAt: '2026-11-26T13:32:00.000Z', values: { reflectionNote: 'theirs' } },
    });
  });

  it('says when the other save was made in the user’s time zone: the time today, else the date too', () => {
    const savedAt = new Date('2026-11-26T13:32:00Z');
    expect(savedAtPhrase(savedAt, 'Europe/Berlin', new Date('2026-11-26T20:00:00Z'))).toBe('at 14:32');
    expect(savedAtPhrase(savedAt, 'Pacific/Auckland', new Date('2026-11-27T03:00:00Z'))).toBe('at 02:32');
    expect(savedAtPhrase(savedAt, 'Europe/Berlin', new Date('2026-11-27T08:00:00Z'))).toBe('on 26 Nov 2026 at 14:32');
    expect(savedAtPhrase(savedAt, 'Not/AZone', new Date('2026-11-26T20:00:00Z'))).toBe('at 13:32');
  });
});

describe('the weekly form’s loaded version', () => {
  const week = (version?: string) => {
    const form = new FormData();
    form.append('weekStart', '2026-11-23');
    if (version !== undefined) form.append('version', version);
    form.append('alignment', '3');
    return form;
  };

  it('is read as a whole number; 0 is a week never saved', () => {
    expect(parseWeeklyForm(week('0'))).toMatchObject({ success: true, data: { version: 0 } });
    expect(parseWeeklyForm(week('12'))).toMatchObject({ success: true, data: { version: 12 } });
  });

  it('missing or forged, the page is out of date and nothing is saved', () => {
    for (const forged of [undefined, '', '-1', '1.5', 'abc', '12345678901']) {
      const parsed = parseWeeklyForm(week(forged));
      if (parsed.success) throw new Error(`accepted version ${String(forged)}`);
      expect(Object.keys(parsed.fieldErrors)).toEqual(['version']);
      expect(weeklyRefusal(parsed.fieldErrors)).toMatch(/^This page is out of date\./);
    }
  });
});

describe('a stored week as the weekly form’s fields', () => {
  it('leaves out hours and balance the week did not record', () => {
    const fields = storedWeekFields([], { alignment: 3, note: '', highlight: '', hoursWorked: null, balance: null });
    expect(fields.values).toEqual({ alignment: '3', reflectionNote: '', highlight: '' });
  });

  it('names each goal’s check-in and the reflection as the form does; goals without an update are left out', () => {
    const fields = storedWeekFields(
      [
        { id: 'n', targetKind: 'numeric', thisWeek: { value: 2.5, confidence: 4, note: 'half' }, milestones: [] },
        { id: 'd', targetKind: 'done', thisWeek: { value: 1, confidence: 5, note: '' }, milestones: [] },
        { id: 'x', targetKind: 'done', thisWeek: { value: 0, confidence: 2, note: '' }, milestones: [] },
        {
          id: 'm',
          targetKind: 'milestones',
          thisWeek: { value: 1, confidence: 3, note: '' },
          milestones: [
            { id: 'a', doneByThisWeek: true },
            { id: 'b', doneByThisWeek: false },
          ],
        },
        { id: 'none', targetKind: 'numeric', thisWeek: null, milestones: [] },
      ],
      { alignment: 4, note: 'a good week', highlight: 'shipped', hoursWorked: 42.5, balance: 2 },
    );
    expect(fields).toEqual({
      values: {
        alignment: '4',
        reflectionNote: 'a good week',
        highlight: 'shipped',
        hoursWorked: '42.5',
        balance: '2',
        'value:n': '2.5',
        'confidence:n': '4',
        'note:n': 'half',
        'done:d': 'on',
        'confidence:d': '5',
        'note:d': '',
        'confidence:x': '2',
        'note:x': '',
        'confidence:m': '3',
        'note:m': '',
      },
      choices: { 'milestone:m': ['a'] },
    });
  });
});
