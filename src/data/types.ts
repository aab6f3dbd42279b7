/**
 * The data contract shared by every widget (see data/schema.json and data/README.md).
 * These are the *validated* shapes: optional fields are absent, never empty strings.
 */
import type { PartialDate } from '../format/partial-date.js';

export const ROW_KINDS = ['indicators', 'events', 'quotes'] as const;
export type RowKind = (typeof ROW_KINDS)[number];

export interface SourceLink {
  name: string;
  /** Only ever an http(s) URL; anything else is dropped by validation. */
  url?: string;
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
  lang?: string;
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
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/**
 * One thing wrong with the data. `severity: 'error'` means the row (or, without a row, the whole
 * source) was left out; `'warning'` means only the named field was dropped and the row was kept.
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
}

/** What a source resolves to once parsed and validated: the rows that passed and what did not. */
export interface Validated<K extends RowKind> {
  rows: RowsByKind[K][];
  meta: Meta;
  problems: Problem[];
}

/** A full dataset as it may be given to `.data` or fetched: any part may be missing. */
export interface DatasetInput {
  meta?: unknown;
  indicators?: unknown;
  events?: unknown;
  quotes?: unknown;
}
