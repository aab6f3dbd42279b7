/**
 * What reading a source found out before validation: problems with the file itself (its
 * encoding, its layout) and, for CSV, the header row as written. Parsers attach these to the
 * value they return, and validation reports them with the rows, so they reach the widget's
 * `belarus-data-error` event through every caller without changing what parsers return.
 */
import type { Problem } from './types.js';

export interface SourceNotes {
  /** Reported before the rows' own problems. */
  problems: Problem[];
  /** CSV only: the header row's cells as written, in column order. */
  header?: string[];
}

const notes = new WeakMap<object, SourceNotes>();

/**
 * Adds to the notes of `value` (an object or array; anything else cannot carry notes). Problems
 * added later come first: the loader adds the file's encoding after the parser added its layout.
 */
export function addNotes<T>(value: T, added: { problems?: Problem[]; header?: string[] }): T {
  if (typeof value !== 'object' || value === null) return value;
  const current = notes.get(value) ?? { problems: [] };
  notes.set(value, {
    problems: [...(added.problems ?? []), ...current.problems],
    header: added.header ?? current.header,
  });
  return value;
}

export function notesOf(value: unknown): SourceNotes | undefined {
  return typeof value === 'object' && value !== null ? notes.get(value) : undefined;
}
