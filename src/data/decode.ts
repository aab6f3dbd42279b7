/**
 * Bytes to text, as spreadsheets save them. A replacement character (U+FFFD) is never shown in
 * place of a letter: bytes are decoded by this rule, and a file read in an encoding its producer
 * did not declare comes with a warning saying which.
 *
 * 1. A byte-order mark decides: UTF-8, UTF-16LE or UTF-16BE (Excel's "Unicode text").
 * 2. A workbook (`.xlsx`, `.numbers`, `.ods`, `.xls`) is refused: it is not CSV.
 * 3. The `charset` of the content type decides, except where the bytes prove it a server's
 *    default rather than the producer's word: a `utf-8` label on bytes that are not UTF-8 (go on
 *    to step 5), or a single-byte label (`iso-8859-1`, `windows-1252`, …) on bytes that are
 *    valid UTF-8 with letters beyond ASCII (read as UTF-8, with a warning).
 * 4. UTF-16 without a mark (every other byte zero) is read as such, with a warning. Bytes that
 *    are valid UTF-8 are UTF-8.
 * 5. Otherwise the file is in a legacy Windows encoding: windows-1251 (Cyrillic) when the bytes
 *    0xC0–0xFF (and Ё, Ў, І, Є, Ї, Ґ) make up most of the non-ASCII bytes and most of them stand
 *    in runs of three or more, as letters do in Russian or Belarusian words; windows-1252
 *    (Western, with Word's curly quotes and dashes) otherwise. A warning names the encoding.
 *    A file that is mostly valid UTF-8 with a few stray bytes is refused, naming the first line.
 */
import { DataError, problem } from './problem.js';
import type { Problem } from './types.js';

export interface Decoded {
  text: string;
  /** Warnings about how the bytes were read. */
  problems: Problem[];
}

/** Letters of windows-1251 outside 0xC0–0xFF: Ё ё Ў ў І і Є є Ї ї Ґ ґ. */
const CYRILLIC_EXTRA = new Set([0xa8, 0xb8, 0xa1, 0xa2, 0xb2, 0xb3, 0xaa, 0xba, 0xaf, 0xbf, 0xa5, 0xb4]);
const isCyrillic = (byte: number) => byte >= 0xc0 || CYRILLIC_EXTRA.has(byte);

const NAMES: Record<string, string> = { 'windows-1251': 'windows-1251 (Cyrillic)', 'windows-1252': 'windows-1252 (Western European)' };

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/** Counts valid multi-byte UTF-8 sequences and invalid bytes, and the line of the first invalid one. */
function utf8Census(bytes: Uint8Array): { valid: number; invalid: number; firstBadLine: number } {
  let valid = 0;
  let invalid = 0;
  let line = 1;
  let firstBadLine = 0;
  for (let i = 0; i < bytes.length;) {
    const byte = bytes[i];
    if (byte < 0x80) {
      if (byte === 0x0a) line++;
      i++;
      continue;
    }
    const length = byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += length;
    } else {
      invalid++;
      firstBadLine ||= line;
      i++;
    }
  }
  return { valid, invalid, firstBadLine };
}

/** windows-1251 when most non-ASCII bytes are Cyrillic letters standing in words; else windows-1252. */
export function legacyEncoding(bytes: Uint8Array): 'windows-1251' | 'windows-1252' {
  let high = 0;
  let letters = 0;
  let inWords = 0;
  let run = 0;
  const endRun = () => {
    if (run >= 3) inWords += run;
    run = 0;
  };
  for (const byte of bytes) {
    if (byte >= 0x80) high++;
    if (isCyrillic(byte)) {
      letters++;
      run++;
    } else endRun();
  }
  endRun();
  return letters * 2 > high && inWords * 2 > letters ? 'windows-1251' : 'windows-1252';
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function charsetOf(contentType: string): string | undefined {
  return /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1]?.toLowerCase();
}

function decoderFor(label: string): TextDecoder | undefined {
  try {
    return new TextDecoder(label);
  } catch {
    return undefined; // a label the browser does not know: decide from the bytes instead
  }
}

/** UTF-16 without a byte-order mark: zero bytes at odd (LE) or even (BE) positions. */
function unmarkedUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = bytes.subarray(0, 1024);
  let even = 0;
  let odd = 0;
  sample.forEach((byte, i) => byte === 0 && (i % 2 ? odd++ : even++));
  if (odd > sample.length / 4 && even === 0) return 'utf-16le';
  if (even > sample.length / 4 && odd === 0) return 'utf-16be';
  return undefined;
}

export function decodeBytes(bytes: Uint8Array, contentType = ''): Decoded {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: new TextDecoder('utf-8').decode(bytes), problems: [] };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(bytes), problems: [] };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(bytes), problems: [] };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new DataError(
      problem('unsupported-type', 'The file is a spreadsheet workbook, not CSV: export it as CSV (UTF-8) and use that file.', {
        value: 'workbook',
      }),
    );
  }
  const label = charsetOf(contentType);
  const declared = label ? decoderFor(label) : undefined;
  const declaredUtf8 = declared?.encoding === 'utf-8';
  const utf8 = strictUtf8(bytes);
  if (declared && !declaredUtf8) {
    if (utf8 === undefined || !/[^\0-\x7f]/.test(utf8) || declared.encoding.startsWith('utf-16')) return { text: declared.decode(bytes), problems: [] };
    return {
      text: utf8,
      problems: [
        problem('encoding-guessed', `The server says the file is ${label}, but its bytes are UTF-8; it was read as UTF-8.`, {
          value: 'UTF-8',
          severity: 'warning',
        }),
      ],
    };
  }
  // Zero bytes are never text: every other byte zero is UTF-16 (which is also valid, if useless, UTF-8).
  const utf16 = unmarkedUtf16(bytes);
  if (utf16) {
    return {
      text: new TextDecoder(utf16).decode(bytes),
      problems: [
        problem('encoding-guessed', `The file has no byte-order mark; it was read as ${utf16.toUpperCase()}.`, {
          value: utf16.toUpperCase(),
          severity: 'warning',
        }),
      ],
    };
  }
  if (utf8 !== undefined) return { text: utf8, problems: [] };
  const { valid, invalid, firstBadLine } = utf8Census(bytes);
  if (valid > invalid) {
    throw new DataError(
      problem('invalid-encoding', `The file is UTF-8 except for line ${firstBadLine}, which has bytes in another encoding; save the file as UTF-8 again.`, {
        details: [String(firstBadLine)],
      }),
    );
  }
  const encoding = legacyEncoding(bytes);
  const said = declaredUtf8 ? 'The server says the file is UTF-8, but it is not. ' : 'The file is not UTF-8. ';
  return {
    text: new TextDecoder(encoding).decode(bytes),
    problems: [
      problem('encoding-guessed', `${said}It was read as ${NAMES[encoding]}; save it as "CSV UTF-8" to be sure every letter is right.`, {
        value: encoding,
        severity: 'warning',
      }),
    ],
  };
}
