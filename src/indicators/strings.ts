/**
 * The indicator table's own UI strings in each shipped locale. Numbers and dates arrive already
 * formatted for the locale; units (`prisoners`, `points`) are data and stay in the data's language.
 */
import type { LocaleTable } from '../format/locale.js';
import type { SortDirection } from './model.js';

export interface IndicatorStrings {
  /** Headline when neither the data nor the `title` slot gives one. */
  headline: string;
  indicator: string;
  status: string;
  statusAsOf: (date: string) => string;
  asOf: string;
  /** Appended to the caption for screen readers. */
  sortableHint: string;
  sortedBy: (column: string, direction: SortDirection) => string;
  filterLabel: string;
  matching: (count: string, total: string) => string;
  noMatches: string;
  pages: string;
  rowRange: (first: string, last: string, total: string) => string;
  previousPage: string;
  nextPage: string;
  page: string;
  pageOf: (count: string) => string;
  download: string;
  downloadAs: string;
  rowSource: string;
  note: string;
  /** Text equivalent of a bar: `12 out of 100 points`. */
  bar: (value: string, max: string, unit?: string) => string;
  /** Text equivalent of a bar on the column's shared scale: `1,243 people on a scale from 0 to 1,400`. */
  scaled: (value: string, min: string, max: string, unit?: string) => string;
  /** Text equivalent of unit marks: `52 prisoners, one mark each`; `perMark` when a mark stands for more. */
  units: (value: string, unit?: string, perMark?: string) => string;
  /** Visible key beside marks that stand for more than one unit. */
  unitsKey: (perMark: string, unit?: string) => string;
}

const en: IndicatorStrings = {
  headline: 'By the numbers',
  indicator: 'Indicator',
  status: 'Status',
  statusAsOf: (date) => `Status (as of ${date})`,
  asOf: 'As of',
  sortableHint: 'column headers with buttons are sortable',
  sortedBy: (column, direction) => `Sorted by ${column}, ${direction}.`,
  filterLabel: 'Filter rows',
  matching: (count, total) => `Matching rows: ${count} of ${total}.`,
  noMatches: 'No rows match the filter.',
  pages: 'Table pages',
  rowRange: (first, last, total) => `Rows ${first}–${last} of ${total}`,
  previousPage: 'Previous page',
  nextPage: 'Next page',
  page: 'Page',
  pageOf: (count) => `of ${count}`,
  download: 'Download the data:',
  downloadAs: 'Download the data as',
  rowSource: 'Source',
  note: 'Note:',
  bar: (value, max, unit) => `${value} out of ${max}${unit ? ` ${unit}` : ''}`,
  scaled: (value, min, max, unit) => `${value}${unit ? ` ${unit}` : ''} on a scale from ${min} to ${max}`,
  units: (value, unit, perMark) => `${value}${unit ? ` ${unit}` : ''}, ${!perMark ? 'one mark each' : `each mark stands for ${perMark}`}`,
  unitsKey: (perMark, unit) => `each mark = ${perMark}${unit ? ` ${unit}` : ''}`,
};

export const INDICATOR_STRINGS: LocaleTable<IndicatorStrings> = { en };
