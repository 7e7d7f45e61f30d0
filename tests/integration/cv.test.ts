import { beforeAll, expect, it } from 'vitest';
import { renderCvPdf } from '@/components/career/cv-pdf';
import { loadCvRecord } from '@/db/loaders/cv';
import { createAchievement } from '@/db/queries/achievements/achievements';
import { createCertification } from '@/db/queries/career/certifications';
import { createPosition } from '@/db/queries/career/positions';
import { createSkill } from '@/db/queries/career/skills';
import { achievementSchema } from '@/lib/achievements/schema';
import { buildCv } from '@/lib/career/cv';
import { certificationSchema, positionSchema, skillSchema } from '@/lib/career/schema';
import { describeOnEachDatabase } from '../support/database';
import { createTestUser } from '../support/fixtures';

const today = '2026-11-25';
const person = (id: string, name: string) => ({ id, name, email: `${name.toLowerCase()}@example.com` });

describeOnEachDatabase('the CV’s record', () => {
  let alice = '';
  let bob = '';
  beforeAll(async () => {
    alice = await createTestUser('cv-alice');
    bob = await createTestUser('cv-bob');
    const role = await createPosition(
      alice,
      positionSchema.parse({
        title: 'Łódź operations analyst',
        employer: 'Acme',
        employmentType: 'full_time',
        payBasis: 'salary',
        startedOn: '2024-04-01',
        howReached: 'first_role',
      }),
    );
    await createAchievement(
      alice,
      achievementSchema.parse({
        title: 'Automated the stock-out alert',
        impact: '',
        metric: '',
        valueBefore: '',
        valueAfter: '',
        unit: '',
        achievedOn: '2025-03-01',
        positionId: role?.id,
        goalIds: [],
        skillIds: [],
        tags: [],
      }),
    );
    await createSkill(alice, skillSchema.parse({ name: 'SQL', kind: 'technical', targetLevel: '4' }), {
      assessedOn: '2025-01-01',
      level: 4,
      evidence: '',
    });
    await createCertification(
      bob,
      certificationSchema.parse({ name: 'Bob’s certificate', issuer: 'IASSC', earnedOn: '2025-05-01' }),
    );
  });

  it('holds only the signed-in user’s own records', async () => {
    const record = await loadCvRecord(person(alice, 'Alice'), today);
    expect(record.positions.map((position) => position.title)).toEqual(['Łódź operations analyst']);
    expect(record.skills.map((skill) => [skill.name, skill.now])).toEqual([['SQL', 4]]);
    expect(record.certifications).toEqual([]);
    expect([...record.highlightsByPosition.values()]).toEqual([['Automated the stock-out alert.']]);
    const bobs = await loadCvRecord(person(bob, 'Bob'), today);
    expect(bobs.positions).toEqual([]);
    expect(bobs.highlightsByPosition.size).toBe(0);
  });

  it('draws a PDF from it', async () => {
    const record = await loadCvRecord(person(alice, 'Alice'), today);
    const pdf = await renderCvPdf(
      buildCv(record, { sections: ['positions', 'technical-skills'], profile: '', includePay: false }, today),
    );
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { extractText, getDocumentProxy } = await import('unpdf');
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    expect(text).toContain('Łódź operations analyst');
    expect(text).toContain('Automated the stock-out alert.');
    expect(text).toContain('Technical skills');
  });
});
