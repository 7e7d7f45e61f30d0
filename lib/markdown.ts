// User text written into Markdown as text: it can open no heading, list, quote, table, code, link, image or
// HTML, whatever it holds. Every piece of user text in an exported Markdown file goes through one of these two.
// The rules follow CommonMark with GitHub's extensions (tables, strikethrough, bare-URL autolinks).

/** Characters that may open structure anywhere in a line: escaped with a backslash, which any renderer drops. */
const inlineMetacharacters = /[\\`*_~[\]<>&|#]/g;

/**
 * Invisible and direction-changing characters, and control characters. A zero-width joiner inside an emoji
 * sequence (👩🏽‍💻) is part of the picture and stays.
 */
const hiddenCharacters =
  /(?!(?<=\p{Extended_Pictographic}[\u{1F3FB}-\u{1F3FF}\uFE0F]?)\u200D(?=\p{Extended_Pictographic}))[\p{Cc}\p{Cf}]/gu;

const lineBreaks = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g;

/**
 * Written as a numeric character reference: the same character once rendered, but visible in the file, so it
 * cannot hide text or reverse the order of what follows it in an editor.
 */
function visibleReference(character: string): string {
  return `&#x${(character.codePointAt(0) ?? 0).toString(16).toUpperCase()};`;
}

/** One line of user text, escaped so that, wherever it stands in a line (its start included), it stays text. */
function escapeLine(line: string): string {
  const escaped = line
    .trim()
    .replace(inlineMetacharacters, (character) => `\\${character}`)
    // GitHub turns bare addresses into links: break the patterns it looks for.
    .replace(/:\/\//g, '\\://')
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(/@/g, '\\@')
    // At a line's start: a list marker (-, +, 1. or 1)), or a setext heading's underline (=).
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
  return escaped.replace(hiddenCharacters, visibleReference);
}

/** A single-line field (a title, a name, a highlight): line breaks fold to spaces, so it stays on its line. */
export function markdownText(text: string): string {
  return escapeLine(text.replace(lineBreaks, ' '));
}

/**
 * Multi-line text (a summary): its paragraphs stay paragraphs, and none of its lines can open a block.
 * Single line breaks inside a paragraph stay as the user wrote them; runs of blank lines become one.
 */
export function markdownParagraphs(text: string): string {
  return text
    .split(lineBreaks)
    .map(escapeLine)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
