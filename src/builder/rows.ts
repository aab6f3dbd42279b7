/**
 * The rows of parsed input as the producer wrote them, for the data table beside the preview:
 * the list a widget of `kind` reads (a CSV's records, a JSON list, or the dataset's `kind`
 * list), and its columns in the order written. Row 1 is the first data row, as problems count.
 */
import { rawField } from '../data/fields.js';
import { notesOf } from '../data/source-notes.js';
import type { RowKind } from '../data/types.js';

/** The list of rows `kind` reads from `input`; undefined when there is none. */
export function rowsOf(input: unknown, kind: RowKind): unknown[] | undefined {
  if (Array.isArray(input)) return input;
  if (typeof input !== 'object' || input === null) return undefined;
  const rows = rawField(input, kind);
  return Array.isArray(rows) ? rows : undefined;
}

/** A CSV's header as written, else the keys of the rows in the order first seen. */
export function columnsOf(rows: readonly unknown[]): string[] {
  const header = notesOf(rows)?.header;
  if (header) return header;
  const keys = new Set<string>();
  for (const row of rows) if (typeof row === 'object' && row !== null && !Array.isArray(row)) for (const key of Object.keys(row)) keys.add(key);
  return [...keys];
}

/** One cell as text: strings as they are, anything else as JSON. */
export function cellText(row: unknown, column: string): string {
  if (typeof row !== 'object' || row === null || !Object.hasOwn(row, column)) return '';
  const value = (row as Record<string, unknown>)[column];
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
