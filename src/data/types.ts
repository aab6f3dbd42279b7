/**
 * The data contract shared by every widget (see data/schema.json and data/README.md).
 * These are the *validated* shapes: optional fields are absent, never empty strings.
 */
import type { PartialDate } from '../format/partial-date.js';

export const ROW_KINDS = ['indicators', 'events', 'quotes'] as const;
export type RowKind = (typeof ROW_KINDS)[number];

/** A credit: who (`name`), what (`title`), or both; validation keeps at least one of them. */
export interface SourceLink {
  /** An organisation, publisher or person: `Freedom House`. */
  name?: string;
  /** The title of a work credited (an article, a report); the widgets set it off with quotation marks. */
  title?: string;
  /** Only ever an http(s) URL; anything else is dropped by validation. */
  url?: string;
}

/** How a data file writes numeric dates such as `3/4/2021`: day first or month first. */
export const DATE_FORMATS = ['DMY', 'MDY'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

/** What `meta.categories` says about one category id of the events. */
export interface CategoryInfo {
  /** The name readers see in the legend and the list, instead of the id. */
  label?: string;
  /** Its colour in the timeline, as `#rrggbb` (validation accepts only hex `#rgb` and `#rrggbb`). */
  color?: string;
}

export interface Meta {
  title?: string;
  /** Per-widget headlines that take precedence over `title`. */
  headlines?: Partial<Record<RowKind, string>>;
  dek?: string;
  notes?: string;
  source?: SourceLink;
  byline?: string;
  asOf?: PartialDate;
  /** The data's language: decides whether `1,500` is fifteen hundred or one and a half. */
  lang?: string;
  /** Decides slash dates such as `3/4/2021` that read two ways. */
  dateFormat?: DateFormat;
  /** Names and colours of the events' categories, by category id (an object without a prototype). */
  categories?: Record<string, CategoryInfo>;
}

export interface Indicator {
  id: string;
  indicator: string;
  status: string;
  asOf?: PartialDate;
  value?: number;
  max?: number;
  unit?: string;
  note?: string;
  /** Whom this row comes from when not from `meta.source` (`Freedom House`); credited in the footer. */
  sourceName?: string;
  sourceUrl?: string;
}

export interface TimelineEvent {
  id: string;
  date: PartialDate;
  /** An end date, or `'present'` for a span that is still open. */
  end?: PartialDate | 'present';
  title: string;
  description?: string;
  category?: string;
  sourceUrl?: string;
}

export interface Quote {
  id: string;
  text: string;
  speaker: string;
  role?: string;
  affiliation?: string;
  lang?: string;
  context?: string;
  sourceUrl?: string;
}

export interface RowsByKind {
  indicators: Indicator;
  events: TimelineEvent;
  quotes: Quote;
}

export const PROBLEM_CODES = [
  'fetch-failed',
  'http-status',
  'timeout',
  'too-large',
  'unsupported-type',
  'empty-response',
  'invalid-json',
  'invalid-csv',
  'wrong-shape',
  'not-an-object',
  'missing-field',
  'wrong-type',
  'invalid-date',
  'end-before-start',
  'invalid-number',
  'invalid-url',
  'duplicate-id',
  'invalid-encoding',
  'encoding-guessed',
  'header-not-first',
  'missing-columns',
  'unknown-column',
  'unnamed-column',
  'duplicate-column',
  'ambiguous-date',
  'two-digit-year',
  'ambiguous-number',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/**
 * One thing wrong with the data. `severity: 'error'` means the row (or, without a row, the whole
 * source) was left out; `'warning'` means the row (or source) was kept: the named field or column
 * was dropped, or the file was read in a way its producer should check (its encoding, its header row).
 */
export interface Problem {
  code: ProblemCode;
  severity: 'error' | 'warning';
  /** English, for developers and logs; widgets show a localised version built from the fields. */
  message: string;
  /** 1-based position among the data rows (for CSV: row 1 is the first row under the header). */
  row?: number;
  field?: string;
  /** The offending value, shortened for display. */
  value?: string;
  /**
   * What the message names besides the value, for its localised text: the field an unknown column
   * may have meant, the two readings of an ambiguous date or number, the fields a header lacks.
   */
  details?: string[];
}

/** What a source resolves to once parsed and validated: the rows that passed and what did not. */
export interface Validated<K extends RowKind> {
  rows: RowsByKind[K][];
  meta: Meta;
  problems: Problem[];
}

/**
 * How to read values whose meaning depends on the data's conventions. `meta.lang` and
 * `meta.dateFormat` in the data win over these, which come from the widget (`lang`, `date-format`).
 */
export interface ReadOptions {
  /** BCP 47 tag: in `en` the comma groups thousands, in `de`, `ru`, `be`, `uk`, `pl`, `lt` it is the decimal mark. */
  lang?: string;
  /** Reads `3/4/2021` as 3 April (`DMY`) or March 4 (`MDY`); without it such a date is refused. */
  dateFormat?: DateFormat;
}

/** A full dataset as it may be given to `.data` or fetched: any part may be missing. */
export interface DatasetInput {
  meta?: unknown;
  indicators?: unknown;
  events?: unknown;
  quotes?: unknown;
}
