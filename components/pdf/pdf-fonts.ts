// The fonts of every PDF the app draws (the yearly review, the CV), registered once with @react-pdf/renderer.
import path from 'node:path';
import { Font } from '@react-pdf/renderer';

// The PDF standard fonts (Helvetica) only encode Western European text: "Łukasz" or "Привет" came out
// garbled. DejaVu Sans covers Latin, Greek and Cyrillic; only the glyphs used are embedded (~10 KB).
const fontFolder = path.join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf');
export const pdfFontFamily = 'DejaVu Sans';
Font.register({
  family: pdfFontFamily,
  fonts: [
    { src: path.join(fontFolder, 'DejaVuSans.ttf') },
    { src: path.join(fontFolder, 'DejaVuSans-Bold.ttf'), fontWeight: 'bold' },
    { src: path.join(fontFolder, 'DejaVuSans-Oblique.ttf'), fontStyle: 'italic' },
  ],
});

// A word wider than the line (a pasted URL, a long name) was cut off at the page's edge: such words may break
// every 12 characters. Shorter words are never broken.
const longWord = 24;
Font.registerHyphenationCallback((word) => {
  const characters = Array.from(word);
  if (characters.length <= longWord) return [word];
  return Array.from({ length: Math.ceil(characters.length / 12) }, (_, index) =>
    characters.slice(index * 12, index * 12 + 12).join(''),
  );
});
