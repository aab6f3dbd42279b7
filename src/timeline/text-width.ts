/**
 * Text measurement without a DOM: a conservative estimate of how wide a line renders, from its
 * characters and the font size. It errs on the wide side (bold, a broad sans-serif), so boxes
 * laid out with it do not overlap when the real, usually narrower, text is drawn.
 */

/** A sample of what labels hold (mixed case, digits, punctuation, Cyrillic), to compare fonts by. */
export const PROBE_TEXT = 'U.S. sanctions since 2020: Minsk, Washington — Санкцыі, Вайна';

/** Width in em of one character, by rough class. */
function charWidth(ch: string): number {
  if (ch === ' ') return 0.34;
  if (/[.,:;'’!|ijl()[\]]/.test(ch)) return 0.36;
  if (/[ftrI\-–]/.test(ch)) return 0.48;
  if (/[0-9]/.test(ch)) return 0.72;
  if (/[mwMWшщжфыюШЩЖФЫЮ]/.test(ch)) return 1.02;
  if (ch !== ch.toLowerCase()) return 0.8;
  return 0.66;
}

/** Estimated width in px of `text` at `fontSize` px (bold-safe). */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch);
  return em * fontSize;
}

const ELLIPSIS = '…';

/** The narrowest character class above, in em: no line can hold more characters than this allows. */
const NARROWEST = 0.34;

/** Cuts `text` so that it plus an ellipsis fits `maxWidth`. */
function truncate(text: string, maxWidth: number, fontSize: number): string {
  // Start from the most characters that could ever fit, so a 1 MB title costs no more than a short one.
  let cut = text.slice(0, Math.ceil(maxWidth / (NARROWEST * fontSize)) + 1);
  while (cut.length > 1 && textWidth(cut + ELLIPSIS, fontSize) > maxWidth) cut = cut.slice(0, -1);
  return cut.trimEnd() + ELLIPSIS;
}

/**
 * Wraps `text` at spaces into at most `maxLines` lines no wider than `maxWidth`; the last line
 * ends with an ellipsis when the text does not fit. A word longer than a line is cut.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines = 2): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const fits = (line: string) => textWidth(line, fontSize) <= maxWidth;
  const lines: string[] = [];
  let i = 0;
  while (i < words.length && lines.length < maxLines) {
    if (lines.length === maxLines - 1) {
      const rest = words.slice(i).join(' ');
      lines.push(fits(rest) ? rest : truncate(rest, maxWidth, fontSize));
      break;
    }
    let line = words[i++];
    if (!fits(line)) {
      lines.push(truncate(line, maxWidth, fontSize));
      continue;
    }
    while (i < words.length && fits(`${line} ${words[i]}`)) line += ` ${words[i++]}`;
    lines.push(line);
  }
  return lines;
}
