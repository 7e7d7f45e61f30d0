import { describe, expect, it } from 'vitest';
import { recurringDevelopmentAreas, type FeedbackAboutSkills } from '@/lib/feedback/recurring';
import { parseFeedbackForm } from '@/lib/feedback/schema';
import { parseInteractionForm, parsePersonForm } from '@/lib/people/schema';
import { peopleMetBetween, peopleMetThisQuarter, quarterStart } from '@/lib/people/quarter';

const delegation = { id: 'skill-delegation', name: 'Delegation' };
const writing = { id: 'skill-writing', name: 'Writing' };
const entry = (receivedOn: string, kind: FeedbackAboutSkills['kind'], skills = [delegation]) => ({
  receivedOn,
  kind,
  skills,
});

describe('recurring development areas', () => {
  it('lists a skill named as a development area in two or more entries', () => {
    expect(recurringDevelopmentAreas([entry('2026-05-01', 'development'), entry('2025-02-01', 'development')])).toEqual(
      [{ skillId: delegation.id, name: 'Delegation', entries: 2, firstOn: '2025-02-01', lastOn: '2026-05-01' }],
    );
  });

  it('does not count one entry, praise, or a skill listed twice in one entry as a pattern', () => {
    expect(recurringDevelopmentAreas([])).toEqual([]);
    expect(recurringDevelopmentAreas([entry('2026-01-01', 'development')])).toEqual([]);
    expect(recurringDevelopmentAreas([entry('2026-01-01', 'development'), entry('2026-02-01', 'praise')])).toEqual([]);
    expect(recurringDevelopmentAreas([entry('2026-01-01', 'development', [delegation, delegation])])).toEqual([]);
  });

  it('orders the most often named first, then the most recently named', () => {
    const areas = recurringDevelopmentAreas([
      entry('2024-01-01', 'development', [writing, delegation]),
      entry('2024-06-01', 'development', [writing]),
      entry('2025-01-01', 'development', [delegation, writing]),
      entry('2023-01-01', 'development', [{ id: 'skill-sql', name: 'SQL' }]),
      entry('2026-01-01', 'development', [{ id: 'skill-sql', name: 'SQL' }]),
    ]);
    expect(areas.map((area) => [area.name, area.entries])).toEqual([
      ['Writing', 3],
      ['SQL', 2],
      ['Delegation', 2],
    ]);
  });
});

describe('people met this quarter', () => {
  it('finds the first day of the quarter, at its edges', () => {
    expect(quarterStart('2026-01-01')).toBe('2026-01-01');
    expect(quarterStart('2026-03-31')).toBe('2026-01-01');
    expect(quarterStart('2026-04-01')).toBe('2026-04-01');
    expect(quarterStart('2026-09-30')).toBe('2026-07-01');
    expect(quarterStart('2026-12-31')).toBe('2026-10-01');
  });

  it('counts distinct people from the quarter’s first day to today', () => {
    const interactions = [
      { personId: 'maria', occurredOn: '2026-10-01' },
      { personId: 'maria', occurredOn: '2026-11-20' },
      { personId: 'sam', occurredOn: '2026-09-30' },
      { personId: 'jo', occurredOn: '2026-11-26' },
      { personId: 'ann', occurredOn: '2026-11-27' },
    ];
    expect(peopleMetThisQuarter(interactions, '2026-11-26')).toBe(2);
    expect(peopleMetThisQuarter(interactions, '2026-09-30')).toBe(1);
    expect(peopleMetThisQuarter([], '2026-11-26')).toBe(0);
    expect(peopleMetBetween(interactions, '2026-01-01', '2026-12-31')).toBe(4);
  });
});

describe('feedback and people forms refuse bad input', () => {
  const form = (fields: Record<string, string | string[]>) => {
    const data = new FormData();
    for (const [name, value] of Object.entries(fields))
      for (const one of Array.isArray(value) ? value : [value]) data.append(name, one);
    return data;
  };
  const feedback = {
    receivedOn: '2026-11-26',
    fromName: 'Sam',
    relation: 'manager',
    kind: 'praise',
    text: 'Well done.',
  };

  it('accepts a complete feedback entry, dropping a skill ticked twice', () => {
    const skill = '8f14e45f-ceea-4e7a-9c3b-1a2b3c4d5e6f';
    expect(parseFeedbackForm(form({ ...feedback, skillIds: [skill, skill] }), '2026-11-26')).toEqual({
      success: true,
      data: { ...feedback, personId: null, skillIds: [skill] },
    });
  });

  it('names each bad field of a feedback entry', () => {
    const parsed = parseFeedbackForm(
      form({ ...feedback, receivedOn: '2026-11-27', relation: 'boss', kind: '', text: ' ', skillIds: ['1; drop'] }),
      '2026-11-26',
    );
    expect(parsed.success ? [] : Object.keys(parsed.fieldErrors).sort()).toEqual([
      'kind',
      'receivedOn',
      'relation',
      'skillIds.0',
      'text',
    ]);
  });

  it('names each bad field of a person and an interaction', () => {
    const person = parsePersonForm(form({ name: '', relation: 'friend', goalIds: ['not-an-id'] }));
    expect(person.success ? [] : Object.keys(person.fieldErrors).sort()).toEqual(['goalIds.0', 'name', 'relation']);
    const interaction = parseInteractionForm(form({ occurredOn: '2026-11-27', kind: 'lunch' }), '2026-11-26');
    expect(interaction.success ? [] : Object.keys(interaction.fieldErrors).sort()).toEqual(['kind', 'occurredOn']);
  });
});
