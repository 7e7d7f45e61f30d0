import { describe, expect, it } from 'vitest';
import { formDefaults } from '@/lib/forms/form-defaults';

describe('a stored row as an edit form’s starting values', () => {
  it('keeps text, writes numbers as text and flags as checkbox values', () => {
    expect(formDefaults({ title: 'Team lead', hours: 12.5, hasBonus: true, hasBenefits: false })).toEqual({
      title: 'Team lead',
      hours: '12.5',
      hasBonus: 'on',
      hasBenefits: '',
    });
  });

  it('leaves out empty values and anything a form field cannot hold', () => {
    expect(formDefaults({ endedOn: null, createdAt: new Date('2024-01-01T00:00:00Z'), provider: undefined })).toEqual(
      {},
    );
  });
});
