/**
 * CSV as newsrooms publish it (spreadsheets): header row of field names, RFC 4180 quoting,
 * BOM, CRLF, quoted newlines, comma, semicolon or tab delimiters. Uses d3-dsv's `parseRows`,
 * which, unlike `csvParse`, never builds code with `new Function` and so runs under a CSP
 * without 'unsafe-eval' (d3/d3-dsv#65).
 */
import { dsvFormat } from 'd3-dsv';
import { DataError, problem } from './problem.js';

export type CsvRecord = Record<string, string>;

const DELIMITERS = [',', ';', '\t'] as const;

/** The delimiter used most in the header line (outside quotes); commas win ties. */
function sniffDelimiter(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/)).replace(/"[^"]*"/g, '');
  let best: string = ',';
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const count = header.split(delimiter).length - 1;
    if (count > bestCount) [best, bestCount] = [delimiter, count];
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

/**
 * Parses CSV text into records keyed by the header row. Blank lines are skipped; missing cells
 * are absent (`undefined`), so a ragged row is reported by validation as a missing field.
 */
export function parseCsv(input: string): CsvRecord[] {
  const text = input.replace(/^\uFEFF/, '');
  if (!text.trim()) throw new DataError(problem('empty-response', 'The CSV file is empty.'));
  const delimiter = sniffDelimiter(text);
  const unclosed = unclosedQuoteLine(text, delimiter);
  if (unclosed !== undefined) {
    throw new DataError(
      problem('invalid-csv', `The CSV has a quoted field opened on line ${unclosed} that is never closed.`, {
        value: `line ${unclosed}`,
      }),
    );
  }
  const [header = [], ...rows] = dsvFormat(delimiter)
    .parseRows(text)
    .filter((cells) => cells.some((cell) => cell.trim() !== ''));
  const names = header.map((name) => name.trim());
  return rows.map((cells) => {
    const record: CsvRecord = Object.create(null);
    names.forEach((name, column) => {
      if (name && cells[column] !== undefined) record[name] = cells[column];
    });
    return record;
  });
}
