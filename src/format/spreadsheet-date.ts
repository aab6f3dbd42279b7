/**
 * Dates as spreadsheets write them, read into partial dates that keep the precision written:
 * `March 2021` is a month, `15.03.2021` a day, `2024-05-14 00:00:00` a day. Nothing is guessed:
 * every accepted form has one reading, and a value with two (`3/4/2021` without a date format)
 * or with a lost century (`15.03.21`) is refused with the reason. Pure, no DOM.
 */
import type { DateFormat } from '../data/types.js';
import { monthFromName } from './month-names.js';
import { parsePartialDate, type PartialDate } from './partial-date.js';

export type DateReading =
  | { date: PartialDate }
  /** Both parts of a slash date are 12 or less: the day-first and the month-first reading. */
  | { ambiguous: [dayFirst: PartialDate, monthFirst: PartialDate] }
  | { refused: DateRefusal };

/**
 * Why a value is not read: `two-digit-year` (`15.03.21`: 1921 or 2021?), `serial-number` (a
 * spreadsheet's day count such as `44270`, whose epoch differs between Excel for Windows and
 * Mac), `not-in-format` (`15/3/2021` when the date format says month first), `impossible`
 * (`31 April 2021`), `unknown` (anything else).
 */
export type DateRefusal = 'two-digit-year' | 'serial-number' | 'not-in-format' | 'impossible' | 'unknown';

/** A time of day after a date (`T00:00:00Z`, ` 0:00`, ` 12:30 PM`, ` 00:00:00+03:00`): dropped. */
const TIME = /(?:T|\s+)\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:\s*[ap]\.?m\.?)?(?:\s*(?:Z|UTC|GMT|[+-]\d{2}:?\d{2}))?$/i;
/** The word for "year" after a year: `15 марта 2021 г.`, `жовтня 2025 р.`, `15 marca 2021 r.`. */
const YEAR_WORD = /(?<=\d)\s*(?:г\.?|год|года|р\.?|рік|року|r\.?|rok|roku)$/i;
/** Lithuanian marks the year, the month and the day with words: `2021 m. kovo 15 d.`, `2021 m. kovo mėn.`. */
const LITHUANIAN_WORDS = /(?<=\d)\s*(?:m|d)\.?(?=\s|$)|\s+mėn\.?$/gi;
const YEAR_FIRST = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/;
const MONTH_YEAR = /^(\d{1,2})[-/.](\d{4})$/;
const NUMERIC = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{2}|\d{4})$/;
const SERIAL = /^\d{5}(?:\.\d+)?$/;

const pad = (n: number) => String(n).padStart(2, '0');

function build(year: number, month?: number, day?: number): DateReading {
  const iso = `${year}${month === undefined ? '' : `-${pad(month)}${day === undefined ? '' : `-${pad(day)}`}`}`;
  const date = month !== undefined && (month < 1 || month > 12) ? undefined : parsePartialDate(iso);
  return date ? { date } : { refused: 'impossible' };
}

/** `a/b/yyyy`: read by a part over 12, by equal parts, or by the date format; else both readings. */
function slashDate(a: number, b: number, year: number, dateFormat: DateFormat | undefined): DateReading {
  if (a > 12 && b > 12) return { refused: 'impossible' };
  if (dateFormat) {
    const reading = dateFormat === 'DMY' ? build(year, b, a) : build(year, a, b);
    return 'refused' in reading ? { refused: (dateFormat === 'DMY' ? b : a) > 12 ? 'not-in-format' : 'impossible' } : reading;
  }
  if (a > 12 || a === b) return build(year, b, a);
  if (b > 12) return build(year, a, b);
  const dayFirst = build(year, b, a);
  const monthFirst = build(year, a, b);
  return 'date' in dayFirst && 'date' in monthFirst ? { ambiguous: [dayFirst.date, monthFirst.date] } : { refused: 'impossible' };
}

/** `March 2021`, `15 марта 2021`, `March 15, 2021`, `15-Mar-2021`, `2021 March`. */
function wordDate(text: string): DateReading {
  const tokens = text
    .split(/[\s,./-]+/)
    .filter(Boolean)
    .map((token) => token.replace(/^(\d+)(?:st|nd|rd|th)$/i, '$1'));
  const kinds = tokens.map((token) => (/^\d{4}$/.test(token) ? 'Y' : /^\d{1,2}$/.test(token) ? 'n' : monthFromName(token) ? 'M' : '?'));
  const pattern = kinds.join('');
  const num = (i: number) => Number(tokens[i]);
  const month = (i: number) => monthFromName(tokens[i])!;
  switch (pattern) {
    case 'MY':
      return build(num(1), month(0));
    case 'YM':
      return build(num(0), month(1));
    case 'nMY':
      return build(num(2), month(1), num(0));
    case 'MnY':
      return build(num(2), month(0), num(1));
    case 'YMn':
      return build(num(0), month(1), num(2));
    case 'Mn':
    case 'nMn':
    case 'Mnn':
      return { refused: 'two-digit-year' };
    default:
      return { refused: 'unknown' };
  }
}

/**
 * Reads a date cell. ISO partial dates (`2020`, `2025-10`, `2022-02-24`) and date-times (as their
 * day) first; then numeric dates (`15.03.2021` is always day first, year-first dates are always
 * year-month-day, slash and dash dates follow `dateFormat` or a part over 12); then dates with a
 * month name in any language of `MONTH_NAMES`.
 */
export function readDate(input: string, dateFormat?: DateFormat): DateReading {
  const trimmed = input.trim();
  const iso = parsePartialDate(trimmed);
  if (iso) return { date: iso };
  const text = trimmed.replace(YEAR_WORD, '').replace(LITHUANIAN_WORDS, '').replace(TIME, '');
  const bare = parsePartialDate(text);
  if (bare) return { date: bare };
  let match = YEAR_FIRST.exec(text);
  if (match) return build(Number(match[1]), Number(match[2]), match[3] === undefined ? undefined : Number(match[3]));
  if ((match = MONTH_YEAR.exec(text))) return build(Number(match[2]), Number(match[1]));
  if ((match = NUMERIC.exec(text))) {
    if (match[4].length === 2) return { refused: 'two-digit-year' };
    const [a, b, year] = [Number(match[1]), Number(match[3]), Number(match[4])];
    return match[2] === '.' ? build(year, b, a) : slashDate(a, b, year, dateFormat);
  }
  if (SERIAL.test(text)) return { refused: 'serial-number' };
  return wordDate(text);
}
