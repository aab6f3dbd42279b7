import type { Problem, ProblemCode } from './types.js';

/** Shortens a value for messages: long strings and objects must not flood the error box. */
export function preview(value: unknown, maxLength = 60): string {
  let text: string;
  if (typeof value === 'string') text = value;
  else if (value === undefined) text = 'undefined';
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = Object.prototype.toString.call(value);
    }
  }
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}

export function problem(
  code: ProblemCode,
  message: string,
  where: { row?: number; field?: string; value?: unknown; severity?: Problem['severity']; details?: string[] } = {},
): Problem {
  const result: Problem = { code, severity: where.severity ?? 'error', message };
  if (where.row !== undefined) result.row = where.row;
  if (where.field !== undefined) result.field = where.field;
  if ('value' in where) result.value = preview(where.value);
  if (where.details) result.details = where.details.map((detail) => preview(detail));
  return result;
}

/** Thrown by the loader and parsers; carries the one problem that stopped the whole source. */
export class DataError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.message);
    this.name = 'DataError';
  }
}
