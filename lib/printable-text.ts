// User text for print (the PDF): a drawn page has no use for invisible characters, and direction overrides
// would draw "invoice‮gnp.exe" as "invoiceexe.png". Both go; a zero-width joiner inside an emoji stays.

const hiddenCharacters =
  /(?!(?<=\p{Extended_Pictographic}[\u{1F3FB}-\u{1F3FF}\uFE0F]?)\u200D(?=\p{Extended_Pictographic}))[\p{Cf}\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]/gu;

/** The text without format characters (bidi controls, zero-width characters) and control characters. */
export function printableText(text: string): string {
  return text.replace(hiddenCharacters, '');
}
