/**
 * The cleaned dataset: what validation kept, in the data contract's own plain shape (field names
 * as the contract spells them, dates as ISO text, numbers as numbers, every row with its id).
 * It is what the embeds carry and what the producer downloads; the widgets read it back to the
 * same rows, with nothing left to guess (no ambiguous dates, no decimal commas).
 */
import { csvFormatRow } from 'd3-dsv';
import { ROW_FIELDS } from '../data/row-fields.js';
import type { Meta, RowKind, Validated } from '../data/types.js';
import { neutralizeFormula } from '../indicators/download.js';
import { categoriesMeta, type CategoryEdit } from './furniture.js';

export type PlainValue = string | number;
export type PlainRow = Record<string, PlainValue>;

export interface CleanDataset {
  meta: Record<string, unknown>;
  indicators?: PlainRow[];
  events?: PlainRow[];
  quotes?: PlainRow[];
}

/** A validated value in plain form: a partial date as its ISO text. */
function plain(value: unknown): PlainValue | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'object' && value !== null && 'iso' in value) return String((value as { iso: string }).iso);
  return typeof value === 'number' ? value : String(value);
}

export function plainRow(kind: RowKind, row: object): PlainRow {
  const out: PlainRow = {};
  for (const { name } of ROW_FIELDS[kind].fields) {
    const value = plain((row as Record<string, unknown>)[name]);
    if (value !== undefined) out[name] = value;
  }
  return out;
}

/** The validated `meta` in plain form, with the producer's category edits (which validation may not know yet). */
export function plainMeta(meta: Meta, categories: Record<string, CategoryEdit> = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(meta)) {
    if (value === undefined) continue;
    out[key] = key === 'asOf' ? plain(value) : value;
  }
  const edited = categoriesMeta(categories);
  if (edited) out.categories = edited;
  else delete out.categories;
  return out;
}

export function cleanDataset<K extends RowKind>(kind: K, validated: Validated<K>, categories: Record<string, CategoryEdit> = {}): CleanDataset {
  return { meta: plainMeta(validated.meta, categories), [kind]: validated.rows.map((row) => plainRow(kind, row)) };
}

/** The rows as CSV, header first: the columns any row has, in the contract's order; UTF-8 with BOM for spreadsheets. */
export function cleanCsv(kind: RowKind, rows: readonly PlainRow[]): string {
  const columns = ROW_FIELDS[kind].fields.map(({ name }) => name).filter((name) => rows.some((row) => row[name] !== undefined));
  const body = rows.map((row) =>
    columns.map((name) => {
      const value = row[name];
      return typeof value === 'number' ? String(value) : neutralizeFormula(value ?? '');
    }),
  );
  return `\uFEFF${[columns, ...body].map(csvFormatRow).join('\r\n')}\r\n`;
}

/** The dataset as a file a widget's `src` (or data/schema.json) accepts. */
export function cleanJson(dataset: CleanDataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}
