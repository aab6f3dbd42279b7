/**
 * Validation: untrusted parsed data in, typed rows out, plus one precise problem per thing that
 * was wrong. A row missing a required field (or with an unreadable one) is left out and reported;
 * a bad optional field (a `javascript:` link, `NaN` as a value, an unknown language tag) is
 * dropped and reported as a warning; everything valid is kept.
 */
import { comparePartialDates, type PartialDate } from '../format/partial-date.js';
import { label, rawField, readField, typeOf, type FieldType } from './fields.js';
import { problem } from './problem.js';
import { deriveIds } from './row-id.js';
import type { Meta, Problem, RowKind, RowsByKind, Validated } from './types.js';

interface FieldSpec {
  name: string;
  type: FieldType;
  /** Without it the row is left out. */
  required?: boolean;
  /**
   * An invalid value leaves the row out (rather than dropping just the field), because the row
   * would say something else without it: an event whose `end` is unreadable is not a point event.
   */
  strict?: boolean;
}

const f = (name: string, type: FieldType, required = false, strict = required): FieldSpec => ({ name, type, required, strict });

/** Each kind's fields, and the field whose text names a row (for derived ids). */
export const ROW_FIELDS: Record<RowKind, { fields: FieldSpec[]; label: string }> = {
  indicators: {
    label: 'indicator',
    fields: [
      f('id', 'id'), f('indicator', 'text', true), f('status', 'text', true), f('asOf', 'date'),
      f('value', 'number'), f('max', 'number'), f('unit', 'text'), f('note', 'text'), f('sourceUrl', 'url'),
    ],
  },
  events: {
    label: 'title',
    fields: [
      f('id', 'id'), f('date', 'date', true), f('end', 'end', false, true), f('title', 'text', true),
      f('description', 'text'), f('category', 'text'), f('sourceUrl', 'url'),
    ],
  },
  quotes: {
    label: 'speaker',
    fields: [
      f('id', 'id'), f('text', 'text', true), f('speaker', 'text', true), f('role', 'text'),
      f('affiliation', 'text'), f('lang', 'lang'), f('context', 'text'), f('sourceUrl', 'url'),
    ],
  },
};

/** Checks that involve more than one field of a row; returns a problem that rejects the row. */
function crossCheck(kind: RowKind, row: Record<string, unknown>, number: number): Problem | undefined {
  if (kind === 'events' && row.end && row.end !== 'present') {
    const start = row.date as PartialDate;
    const end = row.end as PartialDate;
    if (comparePartialDates(end, start) < 0) {
      return problem('end-before-start', `Row ${number}: the end (${end.iso}) is before the date (${start.iso}).`, {
        row: number, field: 'end', value: end.iso,
      });
    }
  }
  return undefined;
}

/** Keeps a bar drawable: a value above its maximum, or a maximum of zero, loses the maximum. */
function checkScale(row: Record<string, unknown>, number: number, problems: Problem[]): void {
  if (typeof row.max !== 'number') return;
  const value = row.value as number | undefined;
  if (row.max <= 0 || value === undefined || value < 0 || value > row.max) {
    problems.push(problem('invalid-number', `Row ${number}: "max" must be above zero and at least "value"; the bar was left out.`, {
      row: number, field: 'max', value: row.max, severity: 'warning',
    }));
    delete row.max;
  }
}

export function validateRows<K extends RowKind>(kind: K, input: unknown): { rows: RowsByKind[K][]; problems: Problem[] } {
  const problems: Problem[] = [];
  if (!Array.isArray(input)) {
    problems.push(problem('wrong-shape', `"${kind}" should be a list of rows, got ${typeOf(input)}.`, { field: kind }));
    return { rows: [], problems };
  }
  const spec = ROW_FIELDS[kind];
  const ids = new Set<string>();
  const kept: Array<Record<string, unknown>> = [];
  input.forEach((raw: unknown, index) => {
    const number = index + 1;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      problems.push(problem('not-an-object', `Row ${number} should be an object, got ${typeOf(raw)}.`, { row: number }));
      return;
    }
    const row: Record<string, unknown> = {};
    const rowProblems: Problem[] = [];
    for (const field of spec.fields) {
      const value = rawField(raw, field.name);
      if (value === undefined) {
        if (field.required) {
          rowProblems.push(problem('missing-field', `${label(number, field.name)} is required.`, { row: number, field: field.name }));
        }
        continue;
      }
      const result = readField(field.type, value, number, field.name);
      // A bad optional field is dropped and reported; the rest of the row still says something true.
      if (result.problem) rowProblems.push(field.strict ? result.problem : { ...result.problem, severity: 'warning' });
      else row[field.name] = result.value;
    }
    const rejected = rowProblems.filter((p) => p.severity === 'error');
    const cross = rejected.length ? undefined : crossCheck(kind, row, number);
    if (cross) rejected.push(cross), rowProblems.push(cross);
    if (!rejected.length && typeof row.id === 'string') {
      if (ids.has(row.id)) {
        const clash = problem('duplicate-id', `Row ${number}: the id "${row.id}" is already used by an earlier row.`, {
          row: number, field: 'id', value: row.id,
        });
        rejected.push(clash);
        rowProblems.push(clash);
      } else ids.add(row.id);
    }
    if (!rejected.length) {
      if (kind === 'indicators') checkScale(row, number, rowProblems);
      kept.push(row);
    }
    problems.push(...rowProblems);
  });
  const unnamed = kept.filter((row) => row.id === undefined);
  const derived = deriveIds(unnamed.map((row) => ({ label: String(row[spec.label]), content: JSON.stringify(row) })), ids);
  unnamed.forEach((row, i) => (row.id = derived[i]));
  return { rows: kept as unknown as RowsByKind[K][], problems };
}

function readMetaText(raw: object, name: string, problems: Problem[], prefix = 'meta'): string | undefined {
  const value = rawField(raw, name);
  if (value === undefined) return undefined;
  const result = readField('text', value, undefined, `${prefix}.${name}`);
  if (result.problem) problems.push({ ...result.problem, severity: 'warning' });
  return result.value as string | undefined;
}

/** Reads `meta`; every problem here is a warning, because the rows can render without it. */
export function validateMeta(input: unknown): { meta: Meta; problems: Problem[] } {
  const problems: Problem[] = [];
  const meta: Meta = {};
  if (input === undefined || input === null) return { meta, problems };
  if (typeof input !== 'object' || Array.isArray(input)) {
    problems.push(problem('wrong-type', `"meta" should be an object, got ${typeOf(input)}.`, { field: 'meta', severity: 'warning' }));
    return { meta, problems };
  }
  for (const name of ['title', 'dek', 'notes', 'byline'] as const) {
    const text = readMetaText(input, name, problems);
    if (text !== undefined) meta[name] = text;
  }
  const headlines = rawField(input, 'headlines');
  if (headlines && typeof headlines === 'object') {
    for (const kind of ['indicators', 'events', 'quotes'] as const) {
      const text = readMetaText(headlines, kind, problems, 'meta.headlines');
      if (text !== undefined) (meta.headlines ??= {})[kind] = text;
    }
  }
  const source = rawField(input, 'source');
  if (typeof source === 'string') meta.source = { name: source.trim() };
  else if (source && typeof source === 'object') {
    const name = readMetaText(source, 'name', problems, 'meta.source');
    const url = rawField(source, 'url');
    const link = url === undefined ? undefined : readField('url', url, undefined, 'meta.source.url');
    if (link?.problem) problems.push(link.problem);
    if (name || link?.value) meta.source = { name: name ?? String(link!.value), ...(link?.value ? { url: link.value as string } : {}) };
  }
  const asOf = rawField(input, 'asOf');
  if (asOf !== undefined) {
    const result = readField('date', asOf, undefined, 'meta.asOf');
    if (result.problem) problems.push({ ...result.problem, severity: 'warning' });
    else meta.asOf = result.value as PartialDate;
  }
  const lang = rawField(input, 'lang');
  if (lang !== undefined) {
    const result = readField('lang', lang, undefined, 'meta.lang');
    if (result.problem) problems.push(result.problem);
    else meta.lang = result.value as string;
  }
  return { meta, problems };
}

/**
 * Takes what a source gave for one widget (a full dataset object, or just its array) and
 * returns the valid rows, the meta, and every problem found.
 */
export function validateFor<K extends RowKind>(kind: K, input: unknown): Validated<K> {
  if (Array.isArray(input)) return { ...validateRows(kind, input), meta: {} };
  if (typeof input !== 'object' || input === null) {
    return {
      rows: [], meta: {},
      problems: [problem('wrong-shape', `The data should be an object with "${kind}" or a list of rows, got ${typeOf(input)}.`)],
    };
  }
  const { meta, problems: metaProblems } = validateMeta(rawField(input, 'meta'));
  if (rawField(input, kind) === undefined) {
    return {
      rows: [], meta,
      problems: [...metaProblems, problem('wrong-shape', `The data has no "${kind}" list.`, { field: kind })],
    };
  }
  const { rows, problems } = validateRows(kind, rawField(input, kind));
  return { rows, meta, problems: [...metaProblems, ...problems] };
}
