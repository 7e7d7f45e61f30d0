// Text an attacker (or an unlucky paste) could store: Markdown and HTML that would add structure, script
// that would run, characters that reorder or hide text. Every export and every page must show it as text.
// Later features reuse this file: add to it, never weaken it. No NUL: the database refuses it anyway.

export type HostileText = {
  /** What the string tries; shown in test names. */
  name: string;
  text: string;
  /**
   * Whether a single-line form field may accept it: no line breaks, no control or format characters, at least
   * one visible character. The other entries can still reach storage (an import from before the rules, a
   * request sent past the form), so exports and pages must survive them too.
   */
  singleLine: boolean;
};

export const hostileCorpus: HostileText[] = [
  { name: 'a Markdown heading', text: '# Owned', singleLine: true },
  { name: 'a second-level heading', text: '## Goals achieved', singleLine: true },
  { name: 'a setext heading underline', text: 'Owned\n=====', singleLine: false },
  { name: 'a Markdown table', text: '| a | b |\n|---|---|\n| 1 | 2 |', singleLine: false },
  { name: 'a one-line table row', text: '| col | col |', singleLine: true },
  { name: 'a Markdown link', text: '[click me](https://evil.example/phish)', singleLine: true },
  { name: 'a javascript: link', text: '[totally safe](javascript:alert(document.cookie))', singleLine: true },
  { name: 'an autolink', text: '<javascript:alert(1)>', singleLine: true },
  { name: 'a bare URL', text: 'https://evil.example/?q=<b>', singleLine: true },
  { name: 'an image', text: '![x](https://evil.example/track.png)', singleLine: true },
  { name: 'a reference link definition', text: '[ref]: javascript:alert(1)', singleLine: true },
  { name: 'a raw script tag', text: '<script>alert("xss")</script>', singleLine: true },
  { name: 'an img with onerror', text: '<img src=x onerror="alert(1)">', singleLine: true },
  { name: 'an svg with onload', text: '<svg onload=alert(1)></svg>', singleLine: true },
  { name: 'an HTML comment', text: '<!-- hidden --> shown', singleLine: true },
  { name: 'an HTML entity', text: '&lt;script&gt; &amp; &#x3C;b&#x3E;', singleLine: true },
  {
    name: 'a newline followed by a fake section',
    text: 'Harmless title\n\n## Goals achieved\n- Everything (1 January 2020)',
    singleLine: false,
  },
  { name: 'a carriage return followed by a heading', text: 'Title\r## Injected', singleLine: false },
  { name: 'a Unicode line separator followed by a heading', text: 'Title\u2028# Injected', singleLine: false },
  { name: 'a list item and emphasis', text: '- item *bold* _em_ `code` ~~strike~~', singleLine: true },
  { name: 'an ordered list start', text: '1. first', singleLine: true },
  { name: 'a block quote', text: '> quoted', singleLine: true },
  { name: 'a thematic break', text: '---', singleLine: true },
  { name: 'a code fence', text: '```html\n<script>alert(1)</script>\n```', singleLine: false },
  { name: 'an indented code block', text: 'para\n\n    indented <b>code</b>', singleLine: false },
  { name: 'zero-width characters', text: 'zero\u200bwidth\u200c\u200djoin\ufeff', singleLine: false },
  { name: 'a bidi override', text: 'invoice\u202egnp.exe\u202c', singleLine: false },
  { name: 'bidi isolates', text: '\u2067abc\u2069 \u2066def\u2069', singleLine: false },
  { name: 'only zero-width and bidi characters', text: '\u200b\u202e\u2066', singleLine: false },
  { name: 'a very long word', text: `Supercalifragilistic${'x'.repeat(160)}`, singleLine: true },
  { name: 'quotes and backslashes', text: 'She said "hi" & it\'s `odd` \\ \\n \\\\ \\"', singleLine: true },
  { name: 'Markdown escapes already present', text: '\\# not a heading \\[not\\](a link)', singleLine: true },
  { name: 'emoji', text: '🚀 Launch 👩🏽‍💻 and 🇪🇺 flags', singleLine: true },
  { name: 'non-Latin scripts', text: 'Łódź, Αθήνα, Київ, 東京, مرحبا', singleLine: true },
  { name: 'a tab and a control character', text: 'tab\there\u0007bell', singleLine: false },
];

/** The entries a single-line form field accepts: what an end-to-end test can store through the forms. */
export const singleLineHostileTexts = hostileCorpus.filter((entry) => entry.singleLine).map((entry) => entry.text);

/** A multi-line text (a summary) made of the corpus's block-level attacks. */
export const hostileSummary = [
  '# Owned summary',
  '',
  '## Goals achieved',
  '- Everything (1 January 2020)',
  '',
  '| a | b |',
  '|---|---|',
  '| 1 | 2 |',
  '',
  '<script>alert("summary")</script>',
  '<img src=x onerror="alert(2)">',
  '[totally safe](javascript:alert(document.cookie))',
  '',
  '```',
  'fenced',
  '```',
].join('\n');
