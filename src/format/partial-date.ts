/**
 * Partial ISO dates keep the precision the source gave: `2020` is a year, not 1 January 2020.
 * Pure functions, no DOM; all calendar arithmetic is in UTC so results never depend on the
 * reader's time zone.
 */
import { fallbackLocale, type FallbackLocale } from './fallback-locale.js';
import { dateFormat } from './intl.js';

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

/** How a date reads in text: `long` in sentences and tables, `short` where room is scarce (axis ticks). */
export type DateStyle = 'long' | 'short';

export interface DateFormatOptions {
  /**
   * The form of a month named without a day. `genitive` after a preposition that asks for it:
   * `с октября 2025 г.`, `з кастрычніка 2025 г.`, `від жовтня`, `od października 2025`.
   */
  monthCase?: 'nominative' | 'genitive';
  /** `false` leaves the year out (axis ticks after the first): `Oct`, `9 мая`. */
  year?: boolean;
}

const OPTIONS: Record<Exclude<DatePrecision, 'year'>, Record<DateStyle, Intl.DateTimeFormatOptions>> = {
  month: { long: { month: 'long' }, short: { month: 'short' } },
  day: { long: { month: 'long', day: 'numeric' }, short: { month: 'short', day: 'numeric' } },
};

const monthStart = (month: number) => new Date(Date.UTC(2000, month - 1, 1));
const monthPart = (parts: Intl.DateTimeFormatPart[]) => parts.find((part) => part.type === 'month')?.value ?? '';

/** A month's name on its own (`październik`) and after a day (`października`), from the browser. */
function intlMonthName(lang: string, month: number, form: 'standalone' | 'genitive'): string {
  const options: Intl.DateTimeFormatOptions = form === 'genitive' ? { month: 'long', day: 'numeric' } : { month: 'long' };
  return monthPart(dateFormat(lang, options).formatToParts(monthStart(month)));
}

/**
 * AP style, which English text follows: with a day, months of more than five letters are
 * abbreviated (`Feb. 24, 2022`, `Sept. 9`); alone or with a year only they are spelled out.
 */
const AP_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
/** The widgets' English (`en`); a caller asking for `en-US` or `en-GB` gets the browser's own. */
const isWidgetEnglish = (lang: string) => lang.toLowerCase() === 'en';

/**
 * Dates in Belarusian from the table (see `fallback-locale.ts`): `кастрычнік 2025 г.`,
 * `кастр. 2025 г.`, `24 лютага 2022 г.`, `9 мая 2025 г.`.
 */
function fromTable(table: FallbackLocale, date: PartialDate, style: DateStyle, options: DateFormatOptions): string {
  const index = date.month! - 1;
  const short = style === 'short' && table.short[index];
  let name: string;
  if (date.precision === 'day') name = short && short !== table.standalone[index] ? short : table.genitive[index];
  else name = short || (options.monthCase === 'genitive' ? table.genitive : table.standalone)[index];
  const monthText = date.precision === 'day' ? `${date.day} ${name}` : name;
  return options.year === false ? monthText : `${monthText} ${date.year}${table.year ? ` ${table.year}` : ''}`;
}

/** Dates from the browser's Intl, with the month in the form the sentence needs. */
function fromIntl(date: PartialDate, lang: string, style: DateStyle, options: DateFormatOptions): string {
  const precision = date.precision as Exclude<DatePrecision, 'year'>;
  if (precision === 'day' && style === 'long' && isWidgetEnglish(lang)) {
    const text = `${AP_MONTHS[date.month! - 1]} ${date.day}`;
    return options.year === false ? text : `${text}, ${date.year}`;
  }
  const parts = dateFormat(lang, { ...OPTIONS[precision][style], ...(options.year === false ? {} : { year: 'numeric' }) }).formatToParts(periodStart(date));
  const standalone = intlMonthName(lang, date.month!, 'standalone');
  let month = monthPart(parts);
  // An abbreviation that is the whole word (Polish `maj`) is the nominative: after a day it takes the genitive.
  if ((precision === 'day' && month === standalone) || (precision === 'month' && options.monthCase === 'genitive' && style === 'long')) {
    month = intlMonthName(lang, date.month!, 'genitive');
  } else if (!/\p{L}/u.test(month) && options.year === false && precision === 'month') {
    // Lithuanian abbreviates a month alone to its number (`10`): a tick says `spalis`.
    month = standalone;
  }
  return parts.map((part) => (part.type === 'month' ? month : part.value)).join('');
}

/**
 * A number stays on the line of the word it goes with (`24 февраля 2022 г.`, `2025 m.`), as
 * Russian, Belarusian, Ukrainian, Polish and Lithuanian typesetting rules ask; English needs no
 * such rule, and its dates break as any text does.
 */
function bindNumbers(text: string, lang: string): string {
  return /^en\b/i.test(lang) ? text : text.replace(/ (?=\d)|(?<=\d) /g, '\u00a0');
}

/**
 * Formats a date at its own precision in the given locale: `2020`, `October 2025`,
 * `Feb. 24, 2022`; `кастрычнік 2025 г.`, and with `monthCase: 'genitive'` `кастрычніка 2025 г.`.
 */
export function formatPartialDate(date: PartialDate, lang: string, style: DateStyle = 'long', options: DateFormatOptions = {}): string {
  if (date.precision === 'year') return dateFormat(lang, { year: 'numeric' }).format(periodStart(date));
  const table = fallbackLocale(lang);
  return bindNumbers(table ? fromTable(table, date, style, options) : fromIntl(date, lang, style, options), lang);
}
