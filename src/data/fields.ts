/**
 * Readers for single fields: each returns the typed value, `undefined` when the field is absent
 * (missing, null or blank), or a problem. Only own properties are read, so keys such as
 * `__proto__` in data are inert.
 */
import { isLanguageTag } from '../format/locale.js';
import { formatPartialDate } from '../format/partial-date.js';
import { readDate, type DateReading } from '../format/spreadsheet-date.js';
import { readNumber, type DecimalMark } from '../format/spreadsheet-number.js';
import { problem } from './problem.js';
import { safeHttpUrl } from './safe-url.js';
import type { DateFormat, Problem } from './types.js';

/** A field's typed value or the problem that stopped it; `unit` is the `%` or currency a number was written with. */
export type FieldResult<T> = { value?: T; problem?: Problem; unit?: string };

/** The data's conventions, for values that read differently in different places. */
export interface ReadContext {
  /** Undefined when the data's language is unknown: then `1,500` is reported, not guessed. */
  mark?: DecimalMark;
  dateFormat?: DateFormat;
}

export type FieldType = 'text' | 'id' | 'date' | 'end' | 'number' | 'url' | 'lang';

export function rawField(record: object, name: string): unknown {
  if (!Object.hasOwn(record, name)) return undefined;
  const value = (record as Record<string, unknown>)[name];
  if (value === null || (typeof value === 'string' && value.trim() === '')) return undefined;
  return value;
}

const ORDER: Record<DateFormat, string> = { DMY: 'day/month/year', MDY: 'month/day/year' };

/** Why a date cell was not read, in words that say what to change. */
function dateProblem(
  reading: Exclude<DateReading, { date: unknown }>,
  type: 'date' | 'end',
  text: string,
  where: { row?: number; field: string; value: unknown },
  context: ReadContext,
): Problem {
  const at = label(where.row, where.field);
  if ('ambiguous' in reading) {
    const [dayFirst, monthFirst] = reading.ambiguous;
    return problem(
      'ambiguous-date',
      `${at}: ${text} could be ${formatPartialDate(dayFirst, 'en-GB')} or ${formatPartialDate(monthFirst, 'en-US')}: set meta.dateFormat or date-format ("DMY" or "MDY").`,
      { ...where, details: [dayFirst.iso, monthFirst.iso] },
    );
  }
  switch (reading.refused) {
    case 'two-digit-year':
      return problem(
        'two-digit-year',
        `${at}: ${text} has a two-digit year (19xx or 20xx?); write the year in full, for example by formatting the column as YYYY-MM-DD before exporting.`,
        where,
      );
    case 'serial-number':
      return problem(
        'invalid-date',
        `${at}: ${text} is a spreadsheet's day number, not a date; format the column as dates (YYYY-MM-DD) before exporting.`,
        where,
      );
    case 'not-in-format':
      return problem(
        'invalid-date',
        `${at}: ${text} is not a date in the ${ORDER[context.dateFormat!]} order that meta.dateFormat or date-format sets.`,
        where,
      );
    default:
      return problem(
        'invalid-date',
        `${at} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD${type === 'end' ? ' (or "present")' : ''}; forms such as "March 2021", "15.03.2021" and "15 March 2021" are read too.`,
        where,
      );
  }
}

export function readField(type: FieldType, value: unknown, row: number | undefined, field: string, context: ReadContext = {}): FieldResult<unknown> {
  const where = { row, field, value };
  switch (type) {
    case 'text':
    case 'id':
      if (typeof value === 'string') return { value: value.trim() };
      if (typeof value === 'number' && Number.isFinite(value)) return { value: String(value) };
      return { problem: problem('wrong-type', `${label(row, field)} should be text, got ${typeOf(value)}.`, where) };
    case 'date':
    case 'end': {
      if (type === 'end' && typeof value === 'string' && value.trim().toLowerCase() === 'present') return { value: 'present' };
      const text = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
      const reading = readDate(text, context.dateFormat);
      if ('date' in reading) return { value: reading.date };
      return { problem: dateProblem(reading, type, text, where, context) };
    }
    case 'number': {
      const reading = readNumber(value, context.mark);
      if (reading && 'value' in reading) return { value: reading.value, unit: reading.unit };
      if (reading) {
        const [thousands, decimal] = reading.ambiguous;
        return {
          problem: problem(
            'ambiguous-number',
            `${label(row, field)}: ${String(value)} could be ${thousands} or ${decimal}; set meta.lang or the widget's lang to say which. The number was left out.`,
            { ...where, severity: 'warning', details: [String(thousands), String(decimal)] },
          ),
        };
      }
      return { problem: problem('invalid-number', `${label(row, field)} is not a finite number.`, where) };
    }
    case 'url': {
      const url = safeHttpUrl(value);
      if (url) return { value: url };
      return {
        problem: problem('invalid-url', `${label(row, field)} is not an http(s) URL and was left out.`, {
          ...where,
          severity: 'warning',
        }),
      };
    }
    case 'lang':
      if (typeof value === 'string' && isLanguageTag(value.trim())) return { value: value.trim() };
      return {
        problem: problem('wrong-type', `${label(row, field)} is not a language tag such as "be" or "ru-RU"; it was ignored.`, {
          ...where,
          severity: 'warning',
        }),
      };
  }
}

export function label(row: number | undefined, field: string): string {
  return row === undefined ? `Field "${field}"` : `Row ${row}, field "${field}"`;
}

export function typeOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return `a ${typeof value}`;
}
