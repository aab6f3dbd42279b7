/**
 * Partial ISO dates keep the precision the source gave: `2020` is a year, not 1 January 2020.
 * Pure functions, no DOM; all calendar arithmetic is in UTC so results never depend on the
 * reader's time zone.
 */
import { fallbackLocale } from './fallback-locale.js';

export type DatePrecision = 'year' | 'month' | 'day';

export interface PartialDate {
  /** The canonical ISO text: `2020`, `2025-10` or `2022-02-24`. */
  iso: string;
  precision: DatePrecision;
  year: number;
  /** 1-12, present for month and day precision. */
  month?: number;
  /** 1-31, present for day precision. */
  day?: number;
}

const PARTIAL_ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns `undefined` for anything else or an impossible date. */
export function parsePartialDate(text: string): PartialDate | undefined {
  const match = PARTIAL_ISO.exec(text.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return { iso: match[1], precision: 'year', year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { iso: `${match[1]}-${match[2]}`, precision: 'month', year, month };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { iso: match[0], precision: 'day', year, month, day };
}

/** The first instant of the period (UTC). */
export function periodStart(date: PartialDate): Date {
  return new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
}

/** The first instant *after* the period (UTC): a year-only date covers its whole year. */
export function periodEnd(date: PartialDate): Date {
  if (date.precision === 'year') return new Date(Date.UTC(date.year + 1, 0, 1));
  if (date.precision === 'month') return new Date(Date.UTC(date.year, date.month!, 1));
  return new Date(Date.UTC(date.year, date.month! - 1, date.day! + 1));
}

/** Orders by start, then the coarser (longer) period first. */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  return periodStart(a).getTime() - periodStart(b).getTime() || periodEnd(b).getTime() - periodEnd(a).getTime();
}

const OPTIONS: Record<DatePrecision, Record<'long' | 'short', Intl.DateTimeFormatOptions>> = {
  year: { long: { year: 'numeric' }, short: { year: 'numeric' } },
  month: { long: { year: 'numeric', month: 'long' }, short: { year: 'numeric', month: 'short' } },
  day: {
    long: { year: 'numeric', month: 'long', day: 'numeric' },
    short: { year: 'numeric', month: 'short', day: 'numeric' },
  },
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' });
    formatters.set(key, cached);
  }
  return cached;
}

/** Formats a date at its own precision in the given locale: `2020`, `October 2025`, `24 February 2022`. */
export function formatPartialDate(date: PartialDate, lang: string, style: 'long' | 'short' = 'long'): string {
  const months = date.precision !== 'year' ? fallbackLocale(lang) : undefined;
  if (months) {
    const index = date.month! - 1;
    if (date.precision === 'month') return `${(style === 'short' ? months.short : months.standalone)[index]} ${date.year}`;
    return `${date.day} ${(style === 'short' ? months.short : months.genitive)[index]} ${date.year}`;
  }
  return formatter(lang, OPTIONS[date.precision][style]).format(periodStart(date));
}
