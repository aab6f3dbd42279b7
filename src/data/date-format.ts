import { DATE_FORMATS, type DateFormat } from './types.js';

/** `DMY` or `MDY` from what a page or a dataset wrote (any case, spaces around); else undefined. */
export function toDateFormat(value: unknown): DateFormat | undefined {
  const format = typeof value === 'string' ? value.trim().toUpperCase() : '';
  return (DATE_FORMATS as readonly string[]).includes(format) ? (format as DateFormat) : undefined;
}
