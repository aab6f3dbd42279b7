/**
 * Readers for single fields: each returns the typed value, `undefined` when the field is absent
 * (missing, null or blank), or a problem. Only own properties are read, so keys such as
 * `__proto__` in data are inert.
 */
import { parsePartialDate } from '../format/partial-date.js';
import { parseNumber } from '../format/number.js';
import { problem } from './problem.js';
import { safeHttpUrl } from './safe-url.js';
import type { Problem } from './types.js';

export type FieldResult<T> = { value?: T; problem?: Problem };

export type FieldType = 'text' | 'id' | 'date' | 'end' | 'number' | 'url' | 'lang';

export function rawField(record: object, name: string): unknown {
  if (!Object.hasOwn(record, name)) return undefined;
  const value = (record as Record<string, unknown>)[name];
  if (value === null || (typeof value === 'string' && value.trim() === '')) return undefined;
  return value;
}

const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

export function readField(type: FieldType, value: unknown, row: number | undefined, field: string): FieldResult<unknown> {
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
      const date = typeof value === 'string' || typeof value === 'number' ? parsePartialDate(String(value)) : undefined;
      if (date) return { value: date };
      return {
        problem: problem(
          'invalid-date',
          `${label(row, field)} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD${type === 'end' ? ' (or "present")' : ''}.`,
          where,
        ),
      };
    }
    case 'number': {
      const number = parseNumber(value);
      if (number !== undefined) return { value: number };
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
      if (typeof value === 'string' && LANGUAGE_TAG.test(value.trim())) return { value: value.trim() };
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
