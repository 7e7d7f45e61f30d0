import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { renderCvPdf } from '@/components/career/cv-pdf';
import { renderReviewPdf } from '@/components/review/review-pdf';
import { buildCv, cvSections } from '@/lib/career/cv';
import { toJsonResume } from '@/lib/career/json-resume';
import { hostileCorpus } from '../support/hostile-corpus';
import { reviewWith } from '../support/hostile-review';
import { jsonResumeProblems } from '../support/json-resume';

// What print may drop: invisible characters, and the layout's line breaks and hyphenation of long words.
const printed = (text: string) => text.replace(/(?<=\p{L})-\n(?=\p{L})/gu, '').replace(/[\s\p{Cc}\p{Cf}]/gu, '');

// The PDF's font (DejaVu Sans) draws Latin, Greek and Cyrillic; emoji, Chinese and Arabic are outside it.
const drawable = hostileCorpus.filter(
  ({ text }) => !/[\p{Extended_Pictographic}\p{Script=Han}\p{Script=Arabic}]/u.test(text),
);

describe('the review as a PDF, with hostile user text', () => {
  it.each(drawable)('shows $name literally, in the order it was written', async ({ text }) => {
    const pdf = await renderReviewPdf({
      review: reviewWith(text),
      name: text,
      notes: { summary: text, highlights: [text] },
    });
    const { text: extracted } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    const shown = printed(extracted);
    // Summary, highlight, name, and the goals, skill, training, certification and role that hold the text.
    const times = shown.split(printed(text)).length - 1;
    if (printed(text) === '') expect(shown).toContain('Summary');
    else expect(times).toBeGreaterThanOrEqual(10);
  });
});

describe('the CV as a PDF, with hostile user text', () => {
  it.each(drawable)('shows $name literally, in the order it was written', async ({ text }) => {
    const cv = buildCv(
      {
        person: { name: text, email: 'alex@example.com' },
        positions: [
          {
            id: 'p',
            title: text,
            employer: text,
            level: text,
            employmentType: 'full_time',
            startedOn: '2022-06-01',
            endedOn: null,
          },
        ],
        highlightsByPosition: new Map([['p', [text]]]),
        payLinesByPosition: new Map([['p', [text]]]),
        education: [{ kind: 'course', title: text, provider: text, startedOn: null, completedOn: '2024-01-01' }],
        certifications: [{ name: text, issuer: text, earnedOn: '2024-01-19', expiresOn: null }],
        skills: [
          { name: text, kind: 'technical', now: 3 },
          { name: text, kind: 'soft', now: 4 },
        ],
      },
      { sections: [...cvSections], profile: text, includePay: true },
      '2026-11-25',
    );
    const pdf = await renderCvPdf(cv);
    const { text: extracted } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    const shown = printed(extracted);
    // Name, profile, the position's title, employer, level and highlight, the study, certification and skills.
    const times = shown.split(printed(text)).length - 1;
    if (printed(text) === '') expect(shown).toContain('Positions');
    else expect(times).toBeGreaterThanOrEqual(10);
  });
});

describe('the JSON Resume, with hostile user text', () => {
  it.each(hostileCorpus)('keeps $name intact in valid JSON', ({ text }) => {
    const resume = toJsonResume({
      person: { name: text, email: 'alex@example.com' },
      positions: [
        { title: text, employer: text, level: text, startedOn: '2022-06-01', endedOn: null, howReached: 'promotion' },
      ],
      education: [{ kind: 'course', title: text, provider: text, startedOn: null, completedOn: '2024-01-01' }],
      certifications: [{ name: text, issuer: text, earnedOn: '2024-01-19', credentialUrl: null }],
      skills: [{ name: text, kind: 'technical', now: 3 }],
    });
    const written = JSON.stringify(resume, null, 2);
    const read = JSON.parse(written) as typeof resume;
    expect(read).toEqual(resume);
    expect(jsonResumeProblems(read)).toEqual([]);
    expect(read.basics.name).toBe(text);
    expect(read.work[0]).toMatchObject({ name: text, position: text });
    expect(read.education[0]).toMatchObject({ institution: text });
    expect(read.certificates[0]).toMatchObject({ name: text, issuer: text });
    expect(read.skills[0]).toMatchObject({ name: text });
    // Nothing in the file itself can end the JSON early or hide in it: every control character is escaped.
    expect(written).not.toMatch(/[\0-\x09\x0B-\x1F]/);
  });
});
