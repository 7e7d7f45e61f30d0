import { describe, expect, it } from 'vitest';
import { certificationState } from '@/lib/career/certifications';
import { currentLevel, levelChangeOverYear, levelOn, skillLevelsOn, yearBefore } from '@/lib/career/skills';

describe('certification state', () => {
  const today = '2026-11-25';
  it('is valid without an expiry date or when it expires in more than 90 days', () => {
    expect(certificationState(null, today)).toBe('valid');
    expect(certificationState('2027-02-24', today)).toBe('valid');
  });
  it('is expiring within 90 days, the 90th day included', () => {
    expect(certificationState('2027-02-23', today)).toBe('expiring');
    expect(certificationState('2026-11-26', today)).toBe('expiring');
  });
  it('is expired from its expiry date on', () => {
    expect(certificationState('2026-11-25', today)).toBe('expired');
    expect(certificationState('2020-01-01', today)).toBe('expired');
  });
});

describe('skill levels', () => {
  const history = [
    { assessedOn: '2025-03-01', level: 2 },
    { assessedOn: '2024-06-01', level: 1 },
    { assessedOn: '2026-09-01', level: 4 },
    { assessedOn: '2026-01-15', level: 3 },
  ];

  it('the current level is the latest assessment, whatever the order recorded', () => {
    expect(currentLevel(history)).toBe(4);
    expect(currentLevel([])).toBeNull();
  });

  it('reads the level as it stood on a date', () => {
    expect(levelOn(history, '2025-12-31')).toBe(2);
    expect(levelOn(history, '2024-01-01')).toBeNull();
  });

  it('measures the change over the last twelve months', () => {
    expect(levelChangeOverYear(skillLevelsOn(history, '2026-11-25'))).toBe(2); // 2 on 2025-11-25 → 4 now
  });

  it('counts a skill first assessed this year from its first assessment', () => {
    expect(
      levelChangeOverYear(
        skillLevelsOn(
          [
            { assessedOn: '2026-05-01', level: 2 },
            { assessedOn: '2026-10-01', level: 3 },
          ],
          '2026-11-25',
        ),
      ),
    ).toBe(1);
    expect(levelChangeOverYear(skillLevelsOn([{ assessedOn: '2026-05-01', level: 2 }], '2026-11-25'))).toBe(0);
    expect(levelChangeOverYear(skillLevelsOn([], '2026-11-25'))).toBeNull();
  });

  it('can show a decline', () => {
    expect(
      levelChangeOverYear(
        skillLevelsOn(
          [
            { assessedOn: '2025-01-01', level: 4 },
            { assessedOn: '2026-06-01', level: 3 },
          ],
          '2026-11-25',
        ),
      ),
    ).toBe(-1);
  });

  it('steps back a year across leap days', () => {
    expect(yearBefore('2028-02-29')).toBe('2027-02-28');
    expect(yearBefore('2026-11-25')).toBe('2025-11-25');
  });
});
