import { describe, expect, it } from 'vitest';
import { markdownParagraphs, markdownText } from '@/lib/markdown';
import { reviewToMarkdown } from '@/lib/review/markdown';
import { withoutPay } from '@/lib/review/review';
import { hostileCorpus, hostileSummary } from '../support/hostile-corpus';
import { reviewWith } from '../support/hostile-review';
import { reviewSectionHeadings } from '../support/review-headings';
import { asSingleLine, blockOpenedBy, liveInlineSyntax, renderedText } from '../support/markdown-structure';

const withoutEmojiJoiners = (text: string) =>
  text.replace(/(?<=\p{Extended_Pictographic}\p{Emoji_Modifier}?)\u200D/gu, '');

/** Every line's block, with list items read down to the block their content opens. */
function blocksOf(markdown: string) {
  return markdown.split('\n').map((line) => {
    const opened = blockOpenedBy(line);
    if (opened === 'list item') return `list item: ${blockOpenedBy(line.replace(/^- /, '')) ?? 'text'}`;
    return opened ?? 'text';
  });
}

describe('the review as Markdown, with hostile user text', () => {
  const markdownOf = (text: string, summary = text) =>
    reviewToMarkdown(reviewWith(text), text, { summary, highlights: [text, `Achieved: ${text}`] }, false);
  const plain = markdownOf('Plain words', 'Plain words');

  it.each(hostileCorpus)('keeps its structure when every field holds $name', ({ text }) => {
    const markdown = markdownOf(text);
    const lines = markdown.split('\n');
    expect(lines.filter((line) => line.startsWith('#'))).toEqual([
      expect.stringMatching(/^# Yearly review 2025 — /),
      ...reviewSectionHeadings({ withPay: true }),
    ]);
    // The same headings and list items, in the same order, as the review of a user who wrote plain words;
    // every other line is paragraph text (a multi-line summary has more of those).
    expect(blocksOf(markdown).filter((kind) => kind !== 'text')).toEqual(
      blocksOf(plain).filter((kind) => kind !== 'text'),
    );
    // No live Markdown or HTML outside the app's own emphasis of "none" lines.
    const userLines = lines.filter((line) => !/^_[^_]+_$/.test(line));
    expect(userLines.flatMap(liveInlineSyntax)).toEqual([]);
    expect(withoutEmojiJoiners(markdown)).not.toMatch(/[\p{Cf}\0-\x09\x0B-\x1F\x7F-\x9F]/u);
    // And the user's words read back as they were written, on one line.
    const firstItem = lines[lines.indexOf('## Highlights') + 1] ?? '';
    expect(renderedText(firstItem.replace(/^- /, ''))).toBe(asSingleLine(text));
  });

  it('adds no section for a goal title with line breaks followed by "## Goals achieved"', () => {
    const markdown = markdownOf('Harmless title\n\n## Goals achieved\n- Everything (1 January 2020)', 'Summary');
    expect(markdown.split('\n').filter((line) => line === '## Goals achieved')).toHaveLength(1);
    expect(markdown).toContain('- Harmless title  \\#\\# Goals achieved - Everything (1 January 2020) (2 Jun 2025)');
  });

  it('keeps a summary’s paragraphs while none of its lines opens a block, links or HTML', () => {
    const markdown = markdownOf('Plain words', hostileSummary);
    const summary = markdown.split('\n## Summary\n')[1]?.split('\n\n## Highlights')[0] ?? '';
    expect(summary.split('\n\n')).toHaveLength(hostileSummary.split('\n\n').length);
    for (const line of summary.split('\n')) expect(blockOpenedBy(line)).toBeNull();
    expect(liveInlineSyntax(summary)).toEqual([]);
    expect(summary.split('\n').map(renderedText)).toEqual(hostileSummary.split('\n'));
  });
});

describe('Markdown escaping of user text', () => {
  it.each(hostileCorpus)('writes $name as one line of text that reads back as written', ({ text }) => {
    const escaped = markdownText(text);
    expect(escaped).not.toMatch(/[\n\r\u2028\u2029]/);
    expect(blockOpenedBy(escaped)).toBeNull();
    expect(blockOpenedBy(`- ${escaped}`)).toBe('list item');
    expect(blockOpenedBy(escaped)).toBeNull();
    expect(liveInlineSyntax(escaped)).toEqual([]);
    // No hidden or direction-changing character is left raw in the file (an emoji's joiner aside).
    expect(withoutEmojiJoiners(escaped)).not.toMatch(/[\p{Cc}\p{Cf}]/u);
    expect(renderedText(escaped)).toBe(asSingleLine(text));
  });

  it.each(hostileCorpus)('writes $name as paragraphs that open no block and read back as written', ({ text }) => {
    const escaped = markdownParagraphs(text);
    for (const line of escaped.split('\n')) expect(blockOpenedBy(line)).toBeNull();
    expect(liveInlineSyntax(escaped)).toEqual([]);
    const readBack = (value: string) =>
      value
        .split(/\r\n|[\n\r\v\f\u0085\u2028\u2029]/)
        .map((line) => line.trim())
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim();
    expect(renderedText(escaped)).toBe(readBack(text));
  });

  it('leaves ordinary sentences as they were typed', () => {
    expect(markdownText('The year I moved from support into analytics.')).toBe(
      'The year I moved from support into analytics.',
    );
    expect(markdownText('Achieved: Learn SQL properly')).toBe('Achieved: Learn SQL properly');
    expect(markdownText('🚀 Launch 👩🏽‍💻')).toBe('🚀 Launch 👩🏽‍💻');
  });
});

describe('the review as Markdown to hand over', () => {
  it('leaves the Pay section out unless pay was ticked', () => {
    const review = reviewWith('Plain words');
    const headings = (markdown: string) => markdown.split('\n').filter((line) => line.startsWith('## '));
    const notes = { summary: '', highlights: [] };
    expect(headings(reviewToMarkdown(review, 'Alex', notes, false))).toContain('## Pay');
    const handedOver = headings(reviewToMarkdown(withoutPay(review), 'Alex', notes, false));
    expect(handedOver).not.toContain('## Pay');
    expect(handedOver).toEqual(reviewSectionHeadings({ withPay: false }));
  });
});
