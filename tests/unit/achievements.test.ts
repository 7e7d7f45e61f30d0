import { describe, expect, it } from 'vitest';
import {
  achievementLine,
  measuredResultText,
  percentChange,
  reviewAchievements,
  reviewAchievementsNote,
} from '@/lib/achievements/achievements';
import { achievementFromHighlight, parseAchievementForm } from '@/lib/achievements/schema';
import { parseTags, tagsInUse } from '@/lib/achievements/tags';
import { toJsonResume } from '@/lib/career/json-resume';
import { jsonResumeProblems } from '../support/json-resume';

const form = (fields: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields))
    for (const item of Array.isArray(value) ? value : [value]) data.append(name, item);
  return data;
};
const today = '2026-11-25';
const valid = { title: 'Shipped the returns dashboard', achievedOn: '2026-11-20' };
const goalId = '7f9c2b8e-3c1a-4e5b-9d2f-1a2b3c4d5e6f';

describe('tags', () => {
  it('are trimmed, lower-case and kept once, in the order typed', () => {
    expect(parseTags(' Delivery, leadership ,delivery,, Team  work ')).toEqual(['delivery', 'leadership', 'team work']);
    expect(parseTags('')).toEqual([]);
  });

  it('in use are listed once, alphabetically', () => {
    expect(tagsInUse([{ tags: ['process', 'data'] }, { tags: ['data'] }, { tags: [] }])).toEqual(['data', 'process']);
  });
});

describe('a measured result', () => {
  it('reads as before → after with the change in percent', () => {
    expect(measuredResultText({ metric: 'Deploy time', valueBefore: 40, valueAfter: 12, unit: 'min' })).toBe(
      'Deploy time: 40 min → 12 min (−70%)',
    );
    expect(measuredResultText({ metric: 'NPS', valueBefore: 20, valueAfter: 41, unit: '' }, 'to')).toBe(
      'NPS: 20 to 41 (+105%)',
    );
  });

  it('without a before is the value reached; without a metric is nothing', () => {
    expect(measuredResultText({ metric: 'Views', valueBefore: null, valueAfter: 40, unit: 'a week' })).toBe(
      'Views: 40 a week',
    );
    expect(measuredResultText({ metric: '', valueBefore: null, valueAfter: null, unit: '' })).toBeNull();
  });

  it('gives no percentage from a before of zero', () => {
    expect(percentChange(0, 5)).toBeNull();
    expect(percentChange(5, 5)).toBe('0%');
    expect(percentChange(-10, -5)).toBe('+50%');
  });
});

describe('an achievement in one line', () => {
  it('joins what happened, the impact and the result as sentences', () => {
    expect(
      achievementLine({
        title: 'Cut deploy time',
        impact: 'Releases\nbecame routine!',
        metric: 'Deploy time',
        valueBefore: 40,
        valueAfter: 12,
        unit: 'min',
      }),
    ).toBe('Cut deploy time. Releases became routine! Result: Deploy time: 40 min → 12 min (−70%).');
    expect(
      achievementLine({
        title: 'Mentored Sam.',
        impact: '',
        metric: '',
        valueBefore: null,
        valueAfter: null,
        unit: '',
      }),
    ).toBe('Mentored Sam.');
  });
});

describe('the achievements a review includes', () => {
  const year = [
    { id: 'b', achievedOn: '2025-06-01' },
    { id: 'a', achievedOn: '2025-02-01' },
    { id: 'c', achievedOn: '2025-09-01' },
  ];

  it('are all of the year’s, oldest first, until the user picks', () => {
    expect(reviewAchievements(year, null).map((entry) => entry.id)).toEqual(['a', 'b', 'c']);
    expect(reviewAchievementsNote(false, 3)).toMatch(/^Every achievement of the year is included until you pick/);
  });

  it('are only the picked ones once picked, even none; a pick deleted since is gone', () => {
    expect(reviewAchievements(year, ['c', 'gone', 'a']).map((entry) => entry.id)).toEqual(['a', 'c']);
    expect(reviewAchievements(year, [])).toEqual([]);
    expect(reviewAchievementsNote(true, 0)).toBe('You picked none of this year’s achievements.');
  });
});

describe('the achievement form', () => {
  it('accepts what happened and a date, with links, tags and a measured result', () => {
    const parsed = parseAchievementForm(
      form({ ...valid, goalIds: [goalId, goalId], tags: 'Data, data', metric: 'Views', valueAfter: '40,5' }),
      today,
    );
    expect(parsed).toMatchObject({
      success: true,
      data: { goalIds: [goalId], skillIds: [], tags: ['data'], valueAfter: 40.5, valueBefore: null, positionId: null },
    });
  });

  it('refuses a date in the future, an empty title and a result without what was measured', () => {
    const parsed = parseAchievementForm(form({ title: ' ', achievedOn: '2026-11-26', valueAfter: '3' }), today);
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.fieldErrors).toMatchObject({
      title: ['Say what happened.'],
      achievedOn: ['An achievement cannot be dated in the future.'],
      metric: ['Name what you measured, or leave the measured result empty.'],
    });
  });

  it('refuses a metric without the value after, ids that are not ids and too many or bad tags, beside their fields', () => {
    const parsed = parseAchievementForm(
      form({
        ...valid,
        metric: 'Views',
        positionId: 'not-an-id',
        skillIds: ['1 OR 1=1'],
        tags: Array.from({ length: 11 }, (_, index) => `tag ${index}`).join(','),
      }),
      today,
    );
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.fieldErrors).toEqual({
      valueAfter: ['Enter the value after.'],
      positionId: ['Choose a position from the list.'],
      skillIds: ['Choose skills from the list.'],
      tags: ['Use at most 10 tags.'],
    });
  });

  it('makes a week’s highlight an achievement dated the week’s last day, or today while the week runs', () => {
    expect(achievementFromHighlight(' Shipped it ', '2026-11-09', today)).toMatchObject({
      title: 'Shipped it',
      achievedOn: '2026-11-15',
      goalIds: [],
    });
    expect(achievementFromHighlight('Shipped it', '2026-11-23', today).achievedOn).toBe(today);
  });
});

describe('achievements in the JSON Resume', () => {
  it('become the highlights of their position’s work entry, and the file stays valid', () => {
    const resume = toJsonResume({
      person: { name: 'Alex', email: 'alex@example.com' },
      positions: [
        {
          title: 'Operations analyst',
          employer: 'Acme',
          level: '',
          startedOn: '2026-01-01',
          endedOn: null,
          howReached: 'career_change',
          achievements: [
            {
              title: 'Automated the stock-out alert',
              impact: '',
              metric: 'Days to act',
              valueBefore: 4,
              valueAfter: 1,
              unit: 'days',
            },
          ],
        },
        {
          title: 'Agent',
          employer: 'Acme',
          level: '',
          startedOn: '2020-01-01',
          endedOn: '2025-12-31',
          howReached: 'first_role',
        },
      ],
      education: [],
      certifications: [],
      skills: [],
    });
    expect(resume.work[0]?.highlights).toEqual([
      'Automated the stock-out alert. Result: Days to act: 4 days → 1 days (−75%).',
    ]);
    expect(resume.work[1]).not.toHaveProperty('highlights');
    expect(jsonResumeProblems(resume)).toEqual([]);
  });
});
