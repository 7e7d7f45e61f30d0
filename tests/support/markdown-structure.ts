// Reads Markdown the way a CommonMark + GitHub renderer decides structure, without a parser in the project:
// which lines open a block, which inline characters are live, and what text an escaped run renders as.

const blockOpeners: { kind: string; pattern: RegExp }[] = [
  { kind: 'heading', pattern: /^ {0,3}#{1,6}(?:[ \t]|$)/ },
  { kind: 'setext underline', pattern: /^ {0,3}(?:=+|-+)[ \t]*$/ },
  { kind: 'thematic break', pattern: /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/ },
  { kind: 'list item', pattern: /^ {0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/ },
  { kind: 'block quote', pattern: /^ {0,3}>/ },
  { kind: 'code fence', pattern: /^ {0,3}(?:`{3,}|~{3,})/ },
  { kind: 'indented code', pattern: /^(?: {4}|\t)/ },
  { kind: 'HTML block', pattern: /^ {0,3}</ },
  { kind: 'link reference definition', pattern: /^ {0,3}\[[^\]]*\]:/ },
];

/** The block a line opens, or null for a paragraph line. */
export function blockOpenedBy(line: string): string | null {
  return blockOpeners.find(({ pattern }) => pattern.test(line))?.kind ?? null;
}

/**
 * Characters of `text` that a renderer would treat as Markdown or HTML rather than text: any metacharacter
 * not preceded by an odd number of backslashes, and the patterns GitHub turns into links.
 */
export function liveInlineSyntax(text: string): string[] {
  const found: string[] = [];
  const live = /(?<!\\)(?:\\\\)*([`*_~[\]<>|]|&(?!#x[0-9A-F]+;)|:\/\/|www\.|@)/gi;
  for (const match of text.matchAll(live)) found.push(match[1] ?? '');
  return found;
}

/** The text an escaped run renders as: backslash escapes dropped, numeric character references decoded. */
export function renderedText(markdown: string): string {
  return markdown.replace(
    /\\([!-/:-@[-`{-~])|&#x([0-9a-f]+);|&#(\d+);/gi,
    (_whole, escaped: string | undefined, hex: string | undefined, decimal: string | undefined) =>
      escaped ?? String.fromCodePoint(hex ? parseInt(hex, 16) : Number(decimal)),
  );
}

/** What a single-line field should read as once rendered: its line breaks folded to spaces, trimmed. */
export const asSingleLine = (text: string) => text.replace(/\r\n|[\n\r\v\f\u0085\u2028\u2029]/g, ' ').trim();
