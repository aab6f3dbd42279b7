/**
 * CSV as newsrooms publish it (spreadsheets): header row of field names, RFC 4180 quoting,
 * BOM, CRLF, quoted newlines, comma, semicolon or tab delimiters, a title row above the header.
 * Uses d3-dsv's `parseRows`, which, unlike `csvParse`, never builds code with `new Function`
 * and so runs under a CSP without 'unsafe-eval'.
 */
import { dsvFormat } from 'd3-dsv';
import { isKnownName } from './headers.js';
import { DataError, problem } from './problem.js';
import { addNotes } from './source-notes.js';
import type { Problem } from './types.js';

export type CsvRecord = Record<string, string>;

const DELIMITERS = [',', ';', '\t'] as const;
/** How many non-blank lines the delimiter and header are looked for in. */
const SNIFF_LINES = 10;
const HEADER_ROWS = 5;
/** Excel's own first line naming the delimiter. */
const SEP_LINE = /^sep=([,;\t|])[ \t]*\r?\n/i;

/**
 * The delimiter that splits the first lines most consistently: a real delimiter appears the
 * same number of times on every line (exporters pad short rows), while commas in free text
 * (`Sanktionen, verhängt` in a semicolon file) vary from line to line. Quoted text is ignored.
 * Commas win ties.
 */
function sniffDelimiter(text: string): string {
  const lines = text
    .slice(0, 20_000)
    .replace(/"(?:[^"]|"")*"/g, '')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .slice(0, SNIFF_LINES);
  let best: string = ',';
  let bestScore = [0, 0];
  for (const delimiter of DELIMITERS) {
    const lineCounts = new Map<number, number>();
    for (const line of lines) {
      const count = line.split(delimiter).length - 1;
      if (count) lineCounts.set(count, (lineCounts.get(count) ?? 0) + 1);
    }
    for (const [count, linesWithIt] of lineCounts) {
      if (linesWithIt > bestScore[0] || (linesWithIt === bestScore[0] && count > bestScore[1])) {
        [best, bestScore] = [delimiter, [linesWithIt, count]];
      }
    }
  }
  return best;
}

/** Finds a quoted field that is never closed (d3-dsv silently reads it to the end of the file). */
function unclosedQuoteLine(text: string, delimiter: string): number | undefined {
  let line = 1;
  let atFieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (atFieldStart && char === '"') {
      const openedOn = line;
      for (i++; ; i++) {
        if (i >= text.length) return openedOn;
        if (text[i] === '\n') line++;
        if (text[i] === '"') {
          if (text[i + 1] === '"') i++;
          else break;
        }
      }
      atFieldStart = false;
    } else if (char === '\n') {
      line++;
      atFieldStart = true;
    } else {
      atFieldStart = char === delimiter || char === '\r';
    }
  }
  return undefined;
}

const filled = (cells: string[]) => cells.some((cell) => cell.trim() !== '');

/**
 * The header: of the first few non-blank rows, the one naming the most known fields (the first
 * of equals), so a title or notes row above it is skipped. Without any known name, the first row.
 */
function findHeader(rows: string[][]): number {
  let first = -1;
  let header = -1;
  let bestScore = 0;
  for (let i = 0, seen = 0; i < rows.length && seen < HEADER_ROWS; i++) {
    if (!filled(rows[i])) continue;
    if (first < 0) first = i;
    seen++;
    const score = rows[i].filter(isKnownName).length;
    if (score > bestScore) [header, bestScore] = [i, score];
  }
  return header < 0 ? first : header;
}

/** `A`, `B`, … `Z`, `AA`: the column as a spreadsheet labels it. */
function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Columns with cells but no name in the header (or past its end): their cells cannot be read. */
function unnamedColumns(names: string[], rows: string[][]): Problem[] {
  const unnamed = new Set<number>();
  for (const cells of rows) {
    for (let column = 0; column < cells.length; column++) {
      if (!names[column] && cells[column].trim() !== '') unnamed.add(column);
    }
  }
  return [...unnamed]
    .sort((a, b) => a - b)
    .map((column) =>
      problem('unnamed-column', `Column ${columnLetter(column)} has cells but no name in the header row; its cells were ignored.`, {
        severity: 'warning',
        details: [columnLetter(column)],
      }),
    );
}

/**
 * Parses CSV text into records keyed by the header row. Blank lines are skipped; missing cells
 * are absent (`undefined`), so a ragged row is reported by validation as a missing field; when
 * two columns have the same name, the first is read. What the parser noticed about the layout
 * (a header below a title, columns without a name) travels with the records (`notesOf`).
 */
export function parseCsv(input: string): CsvRecord[] {
  let text = input.replace(/^\uFEFF/, '');
  if (!text.trim()) throw new DataError(problem('empty-response', 'The CSV file is empty.'));
  const sep = SEP_LINE.exec(text);
  if (sep) text = text.slice(sep[0].length);
  const delimiter = sep?.[1] ?? sniffDelimiter(text);
  const unclosed = unclosedQuoteLine(text, delimiter);
  if (unclosed !== undefined) {
    throw new DataError(
      problem('invalid-csv', `The CSV has a quoted field opened on line ${unclosed} that is never closed.`, {
        value: `line ${unclosed}`,
      }),
    );
  }
  const all = dsvFormat(delimiter).parseRows(text);
  const headerIndex = findHeader(all);
  const names = (all[headerIndex] ?? []).map((name) => name.trim());
  const rows = all.slice(headerIndex + 1).filter(filled);
  const problems: Problem[] = [];
  const skipped = all.slice(0, headerIndex).filter(filled);
  if (skipped.length) {
    // Rows of the file as a spreadsheet numbers them, counting the header row and any blank ones.
    const row = String(headerIndex + 1 + (sep ? 1 : 0));
    problems.push(
      problem('header-not-first', `Row ${row} of the file was taken as the header; the rows above it were skipped.`, {
        severity: 'warning',
        value: skipped[0].find((cell) => cell.trim() !== '')!.trim(),
        details: [row],
      }),
    );
  }
  problems.push(...unnamedColumns(names, rows));
  const records = rows.map((cells) => {
    const record: CsvRecord = Object.create(null);
    names.forEach((name, column) => {
      if (name && cells[column] !== undefined && !(name in record)) record[name] = cells[column];
    });
    return record;
  });
  return addNotes(records, { header: names.filter(Boolean), problems });
}
