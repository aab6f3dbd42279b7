/**
 * The table's view model, pure (no DOM): what the Status column is dated, whether an "As of"
 * column is needed, the drawing of each row's number (chosen over every row, see `encoding.ts`),
 * the rows in the reader's order (sorted, then filtered) and the page of them on screen.
 * Sorting and filtering are remembered between updates, so typing in the filter of a 10,000-row
 * table does not sort it again.
 */
import type { Indicator, Meta } from '../data/types.js';
import { collator } from '../format/intl.js';
import { comparePartialDates, type PartialDate } from '../format/partial-date.js';
import { memoizeLast } from '../widget/memoize-last.js';
import { planDrawings, type Drawing } from './encoding.js';

export const SORT_KEYS = ['indicator', 'status', 'asOf'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const SORT_DIRECTIONS = ['ascending', 'descending'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

export interface SortOrder {
  key: SortKey;
  direction: SortDirection;
}

/** With more rows than this, the table offers a filter box. */
export const FILTER_THRESHOLD = 10;

/** Rows per page unless the page sets `page-size`. */
export const DEFAULT_PAGE_SIZE = 20;

/** The date the Status column speaks for: the dataset's `asOf`, else the date every row shares. */
export function statusDate(meta: Meta, rows: readonly Indicator[]): PartialDate | undefined {
  if (meta.asOf) return meta.asOf;
  const first = rows[0]?.asOf;
  return first && rows.every((row) => row.asOf?.iso === first.iso) ? first : undefined;
}

/** An "As of" column is needed when some row is dated differently from the Status header. */
export function needsAsOfColumn(rows: readonly Indicator[], date: PartialDate | undefined): boolean {
  return rows.some((row) => row.asOf !== undefined && row.asOf.iso !== date?.iso);
}

/** The order after activating a column's header: a new column sorts ascending, the same one flips. */
export function nextSort(current: SortOrder | undefined, key: SortKey): SortOrder {
  const flip = current?.key === key && current.direction === 'ascending';
  return { key, direction: flip ? 'descending' : 'ascending' };
}

/** A collator for the data's language; an unusable language tag falls back to the UI's. */
export function collatorFor(dataLang: string | undefined, uiLang: string): Intl.Collator {
  try {
    return collator(dataLang ?? uiLang);
  } catch {
    return collator(uiLang);
  }
}

/** Rows without the sorted value go last in either direction. */
function missingLast<T>(a: T | undefined, b: T | undefined, compare: (a: T, b: T) => number): number {
  if (a !== undefined && b !== undefined) return compare(a, b);
  return a === undefined ? (b === undefined ? 0 : 1) : -1;
}

/**
 * A stably sorted copy. Status sorts rows with a number by that number, then the rest by their
 * text (numerals in text compare as numbers); "As of" sorts by date; undated rows go last.
 */
export function sortRows(rows: readonly Indicator[], order: SortOrder | undefined, collator: Intl.Collator): Indicator[] {
  if (!order) return rows.slice();
  const sign = order.direction === 'ascending' ? 1 : -1;
  const text = (a: string, b: string) => sign * collator.compare(a, b);
  const compare: Record<SortKey, (a: Indicator, b: Indicator) => number> = {
    indicator: (a, b) => text(a.indicator, b.indicator),
    status: (a, b) => missingLast(a.value, b.value, (x, y) => sign * (x - y)) || text(a.status, b.status),
    asOf: (a, b) => missingLast(a.asOf, b.asOf, (x, y) => sign * comparePartialDates(x, y)),
  };
  return rows.slice().sort(compare[order.key]);
}

/** Case- and accent-insensitive text for matching (`ё` finds `е`, `ў` finds `у`, `É` finds `e`). */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

const searchTexts = new WeakMap<Indicator, string>();

function searchText(row: Indicator): string {
  let found = searchTexts.get(row);
  if (found === undefined) {
    found = fold([row.indicator, row.status, row.unit, row.note].filter(Boolean).join('\n'));
    searchTexts.set(row, found);
  }
  return found;
}

/** Rows whose indicator, status, unit or note contain every word of the query. */
export function filterRows(rows: Indicator[], query: string): Indicator[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (!words.length) return rows;
  return rows.filter((row) => words.every((word) => searchText(row).includes(word)));
}

export interface PageSlice {
  rows: Indicator[];
  /** 1-based, clamped to the pages there are. */
  page: number;
  pageCount: number;
  /** 1-based positions of the first and last row shown among all rows; 0 when there are none. */
  first: number;
  last: number;
}

/** One page of rows; a size that is not a positive number means the default. */
export function paginate(rows: Indicator[], page: number, size: number): PageSlice {
  const perPage = Number.isFinite(size) && size >= 1 ? Math.floor(size) : DEFAULT_PAGE_SIZE;
  const pageCount = Math.max(1, Math.ceil(rows.length / perPage));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  const start = (current - 1) * perPage;
  const shown = rows.slice(start, start + perPage);
  return { rows: shown, page: current, pageCount, first: shown.length ? start + 1 : 0, last: start + shown.length };
}

export interface TableInput {
  sort?: SortOrder;
  query: string;
  page: number;
  pageSize: number;
  /** Every row on one page, unfiltered (for print). */
  all: boolean;
  /** The UI locale, for the collator when the data names no language. */
  lang: string;
}

export interface TableView {
  /** The date in the Status header. */
  date?: PartialDate;
  asOfColumn: boolean;
  /** Does the table offer a filter (it has more than `FILTER_THRESHOLD` rows)? */
  filterable: boolean;
  /** Every row that passed validation. */
  total: number;
  /** The rows in the reader's order that match the filter: what "Download the data" saves. */
  matched: Indicator[];
  slice: PageSlice;
  /**
   * Each row's drawing, chosen with every row in view (not only the page or the filter's), so a
   * number keeps its length and scale while the reader sorts, filters and turns pages.
   */
  drawings: ReadonlyMap<Indicator, Drawing>;
}

/** A view-model function with its own memory: one per table element. */
export function createTableModel(): (rows: Indicator[], meta: Meta, input: TableInput) => TableView {
  const dating = memoizeLast((rows: Indicator[], meta: Meta) => {
    const date = statusDate(meta, rows);
    return { date, asOfColumn: needsAsOfColumn(rows, date) };
  });
  const collator = memoizeLast(collatorFor);
  const sorted = memoizeLast((rows: Indicator[], key: SortKey | undefined, direction: SortDirection | undefined, compare: Intl.Collator) =>
    sortRows(rows, key && direction ? { key, direction } : undefined, compare),
  );
  const filtered = memoizeLast(filterRows);
  const drawn = memoizeLast(planDrawings);
  return (rows, meta, { sort, query, page, pageSize, all, lang }) => {
    const ordered = sorted(rows, sort?.key, sort?.direction, collator(meta.lang, lang));
    const matched = filtered(ordered, query);
    const slice = all ? paginate(ordered, 1, Math.max(1, ordered.length)) : paginate(matched, page, pageSize);
    return { ...dating(rows, meta), filterable: rows.length > FILTER_THRESHOLD, total: rows.length, matched, slice, drawings: drawn(rows) };
  };
}
