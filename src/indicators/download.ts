/**
 * "Download the data": the rows a reader sees (filtered, in their order, every page) as a CSV
 * that spreadsheets open with the right encoding (UTF-8 with BOM), or as JSON in the dataset's
 * own format. Both load back into the widget through `src`, and both keep the credit and the
 * date of the data: the JSON in its `meta`, the CSV (which has no `meta`) in every row's
 * `sourceName` and `asOf`. Building the text is pure; `saveFile` is the one function here that
 * touches the DOM.
 */
import { csvFormatRow } from 'd3-dsv';
import type { Indicator, Meta } from '../data/types.js';
import { slugify } from '../data/row-id.js';
import { creditText } from '../format/credit.js';
import { resolveLocale, stringsIn } from '../format/locale.js';
import { CORE_STRINGS } from '../format/strings.js';

export const DOWNLOAD_FORMATS = ['csv', 'json'] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

/** The columns of `data/indicators.csv`, in the same order. */
export const CSV_COLUMNS = ['id', 'indicator', 'status', 'asOf', 'value', 'max', 'unit', 'note', 'sourceName', 'sourceUrl'] as const;

/** What the `belarus-download` event carries, and what is saved unless the event is cancelled. */
export interface DownloadFile {
  format: DownloadFormat;
  filename: string;
  mimeType: string;
  /** The file's text; the CSV starts with a byte-order mark. */
  text: string;
}

const BOM = '\uFEFF';

/** A row in the plain shape of the data contract: dates as ISO text, absent fields left out. */
export function plainRow(row: Indicator): Record<string, string | number> {
  const plain: Record<string, string | number> = {};
  for (const column of CSV_COLUMNS) {
    const value = row[column];
    if (value !== undefined) plain[column] = typeof value === 'object' ? value.iso : value;
  }
  return plain;
}

/**
 * Spreadsheets run a cell that starts with `=`, `+`, `-`, `@`, tab or return as a formula.
 * Text cells that start so (and are not plain numbers) get a leading apostrophe, which
 * spreadsheets hide and read as "this is text" (OWASP, CSV injection).
 */
export function neutralizeFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) && !/^[-+]?\d+([.,]\d+)?$/.test(cell) ? `'${cell}` : cell;
}

/**
 * A row as the CSV download writes it: with `meta`, a row without a date or a source of its own
 * takes the dataset's (`meta.asOf`; `meta.source` as its credit reads, a title in the quotation
 * marks of the data's language), so the file still says where and when its numbers are from.
 */
function creditedRow(row: Indicator, meta: Meta | undefined): Indicator {
  if (!meta) return row;
  const quotes = stringsIn(CORE_STRINGS, resolveLocale(meta.lang)).quotes;
  const sourceName = row.sourceName ?? (meta.source && creditText(meta.source, quotes));
  const asOf = row.asOf ?? meta.asOf;
  return { ...row, ...(sourceName ? { sourceName } : {}), ...(asOf ? { asOf } : {}) };
}

export function toCsv(rows: readonly Indicator[], meta?: Meta): string {
  const body = rows.map((row) => {
    const plain = plainRow(creditedRow(row, meta));
    return CSV_COLUMNS.map((column) => {
      const value = plain[column];
      return typeof value === 'number' ? String(value) : neutralizeFormula(value ?? '');
    });
  });
  // RFC 4180 line ends (CRLF) between records; line breaks inside quoted cells stay as they are.
  return BOM + [[...CSV_COLUMNS], ...body].map(csvFormatRow).join('\r\n') + '\r\n';
}

function plainMeta(meta: Meta): Record<string, unknown> {
  const { asOf, ...rest } = meta;
  return asOf ? { ...rest, asOf: asOf.iso } : rest;
}

/** A dataset object `{ meta, indicators }` that the widget (or `data/schema.json`) accepts as it is. */
export function toJson(rows: readonly Indicator[], meta: Meta): string {
  return JSON.stringify({ meta: plainMeta(meta), indicators: rows.map(plainRow) }, null, 2) + '\n';
}

/** `by-the-numbers-u-s-belarus-relations.csv`; the fallback name when the headline has no letters. */
export function fileName(headline: string, format: DownloadFormat, fallback = 'indicators'): string {
  return `${slugify(headline, 60) || fallback}.${format}`;
}

export function buildDownload(format: DownloadFormat, rows: readonly Indicator[], meta: Meta, headline: string): DownloadFile {
  return format === 'csv'
    ? { format, filename: fileName(headline, format), mimeType: 'text/csv;charset=utf-8', text: toCsv(rows, meta) }
    : { format, filename: fileName(headline, format), mimeType: 'application/json;charset=utf-8', text: toJson(rows, meta) };
}

/** Hands the file to the browser's download. Works under a strict CSP: no data: URL, no inline script. */
export function saveFile(file: DownloadFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.rel = 'noopener';
  link.click();
  // Some browsers read the object URL after click() returns; release it once the download has begun.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
