/**
 * Validation: untrusted parsed data in, typed rows out, plus one precise problem per thing that
 * was wrong. A row missing a required field (or with an unreadable one) is left out and reported;
 * a bad optional field (a `javascript:` link, `NaN` as a value, an unknown language tag) is
 * dropped and reported as a warning; everything valid is kept. Columns are matched to fields as
 * people name them (see headers.ts); dates and numbers are read as spreadsheets write them, by
 * the data's language and date format (`ReadOptions`).
 */
import { comparePartialDates, type PartialDate } from '../format/partial-date.js';
import { decimalMark } from '../format/spreadsheet-number.js';
import { toDateFormat } from './date-format.js';
import { label, rawField, readField, typeOf, type ReadContext } from './fields.js';
import { planColumns } from './headers.js';
import { problem } from './problem.js';
import { deriveIds } from './row-id.js';
import { ROW_FIELDS } from './row-fields.js';
import { notesOf } from './source-notes.js';
import type { CategoryInfo, Meta, Problem, ReadOptions, RowKind, RowsByKind, Validated } from './types.js';

export { ROW_FIELDS } from './row-fields.js';

/** Checks that involve more than one field of a row; returns a problem that rejects the row. */
function crossCheck(kind: RowKind, row: Record<string, unknown>, number: number): Problem | undefined {
  if (kind === 'events' && row.end && row.end !== 'present') {
    const start = row.date as PartialDate;
    const end = row.end as PartialDate;
    if (comparePartialDates(end, start) < 0) {
      return problem('end-before-start', `Row ${number}: the end (${end.iso}) is before the date (${start.iso}).`, {
        row: number,
        field: 'end',
        value: end.iso,
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
    problems.push(
      problem('invalid-number', `Row ${number}: "max" must be above zero and at least "value"; the bar was left out.`, {
        row: number,
        field: 'max',
        value: row.max,
        severity: 'warning',
      }),
    );
    delete row.max;
  }
}

/** The keys of all object rows, in the order first seen: JSON rows' "columns". */
function keysOf(rows: unknown[]): string[] {
  const keys = new Set<string>();
  for (const row of rows) if (typeof row === 'object' && row !== null && !Array.isArray(row)) for (const key of Object.keys(row)) keys.add(key);
  return [...keys];
}

/** The first of a field's columns the row has (JSON rows may name a field differently row by row). */
function pick(raw: object, columns: string[] | undefined): unknown {
  if (!columns) return undefined;
  if (columns.length === 1) return rawField(raw, columns[0]);
  for (const column of columns) if (Object.hasOwn(raw, column)) return rawField(raw, column);
  return undefined;
}

function missingColumns(kind: RowKind, missing: string[], header: string[]): Problem {
  const found = header.length ? header.map((name) => `"${name}"`).join(', ') : 'none';
  const fields = ROW_FIELDS[kind].fields;
  return problem(
    'missing-columns',
    `The header row has no column for ${missing.map((name) => `"${name}"`).join(' or ')}, so no row could be read. ` +
      `Columns found: ${found}. A table of ${kind} needs ${fields
        .filter((f) => f.required)
        .map((f) => f.name)
        .join(', ')} ` +
      `and may have ${fields
        .filter((f) => !f.required)
        .map((f) => f.name)
        .join(', ')}.`,
    { value: header.join(', '), details: missing },
  );
}

export function validateRows<K extends RowKind>(kind: K, input: unknown, options: ReadOptions = {}): { rows: RowsByKind[K][]; problems: Problem[] } {
  const problems: Problem[] = [];
  if (!Array.isArray(input)) {
    problems.push(problem('wrong-shape', `"${kind}" should be a list of rows, got ${typeOf(input)}.`, { field: kind }));
    return { rows: [], problems };
  }
  const spec = ROW_FIELDS[kind];
  const notes = notesOf(input);
  const plan = planColumns(kind, notes?.header ?? keysOf(input), notes?.header !== undefined);
  if (notes?.header && plan.missing.length) {
    // One error for the header, not one per row: every row would say the same.
    return { rows: [], problems: [missingColumns(kind, plan.missing, notes.header), ...notes.problems, ...plan.problems] };
  }
  problems.push(...(notes?.problems ?? []), ...plan.problems);
  const context: ReadContext = { mark: decimalMark(options.lang), dateFormat: options.dateFormat };
  const takesUnit = spec.fields.some((field) => field.name === 'unit');
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
    let writtenUnit: string | undefined;
    for (const field of spec.fields) {
      const value = pick(raw, plan.columns.get(field.name));
      if (value === undefined) {
        if (field.required) {
          rowProblems.push(problem('missing-field', `${label(number, field.name)} is required.`, { row: number, field: field.name }));
        }
        continue;
      }
      const result = readField(field.type, value, number, field.name, context);
      // A bad optional field is dropped and reported; the rest of the row still says something true.
      if (result.problem) rowProblems.push(field.strict ? result.problem : { ...result.problem, severity: 'warning' });
      else row[field.name] = result.value;
      writtenUnit ??= result.unit;
    }
    // `12 %` or `$1,200` keeps its sign as the unit, unless the row names its unit itself.
    if (writtenUnit !== undefined && row.unit === undefined && takesUnit) row.unit = writtenUnit;
    const rejected = rowProblems.filter((p) => p.severity === 'error');
    const cross = rejected.length ? undefined : crossCheck(kind, row, number);
    if (cross) {
      rejected.push(cross);
      rowProblems.push(cross);
    }
    if (!rejected.length && typeof row.id === 'string') {
      if (ids.has(row.id)) {
        const clash = problem('duplicate-id', `Row ${number}: the id "${row.id}" is already used by an earlier row.`, {
          row: number,
          field: 'id',
          value: row.id,
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
  const derived = deriveIds(
    unnamed.map((row) => ({ label: String(row[spec.label]), content: JSON.stringify(row) })),
    ids,
  );
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

/** Hex colours only (`#rgb`, `#rrggbb`): data never reaches a stylesheet as anything but six hex digits. */
const HEX_COLOUR = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;

/** `#1F5FA8` and `#15a` as `#1f5fa8` and `#1155aa`, else `undefined`. */
export function hexColour(value: unknown): string | undefined {
  if (typeof value !== 'string' || !HEX_COLOUR.test(value.trim())) return undefined;
  const digits = value.trim().slice(1).toLowerCase();
  return `#${digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits}`;
}

/**
 * Reads `meta.categories`: per category id, a `label` and a hex `color`. A bad entry or field is
 * left out with a warning; the rest is kept. Returns an object without a prototype, so an id such
 * as `constructor` is looked up as data.
 */
function readCategories(input: unknown, problems: Problem[]): Record<string, CategoryInfo> | undefined {
  const warn = (field: string, message: string, value?: unknown) =>
    problems.push(problem('wrong-type', message, { field, ...(value === undefined ? {} : { value }), severity: 'warning' }));
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    warn('meta.categories', `Field "meta.categories" should be an object of category ids, got ${typeOf(input)}; it was ignored.`, input);
    return undefined;
  }
  const categories: Record<string, CategoryInfo> = Object.create(null);
  for (const [id, entry] of Object.entries(input)) {
    const field = `meta.categories.${id}`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      warn(field, `Field "${field}" should be an object with "label" and/or "color", got ${typeOf(entry)}; it was ignored.`, entry);
      continue;
    }
    const info: CategoryInfo = {};
    const label = readMetaText(entry, 'label', problems, field);
    if (label !== undefined) info.label = label;
    const color = rawField(entry, 'color');
    if (color !== undefined) {
      const hex = hexColour(color);
      if (hex) info.color = hex;
      else warn(`${field}.color`, `Field "${field}.color" should be a hex colour such as "#1f5fa8" or "#15a"; it was ignored.`, color);
    }
    for (const key of Object.keys(entry)) {
      if (key !== 'label' && key !== 'color') {
        problems.push(
          problem('wrong-shape', `Field "${field}" has no "${key}": a category takes "label" and "color"; it was ignored.`, {
            field: `${field}.${key}`,
            value: (entry as Record<string, unknown>)[key],
            severity: 'warning',
          }),
        );
      }
    }
    if (info.label !== undefined || info.color !== undefined) categories[id] = info;
  }
  return categories;
}

/** Reads `meta`; every problem here is a warning, because the rows can render without it. */
export function validateMeta(input: unknown, options: ReadOptions = {}): { meta: Meta; problems: Problem[] } {
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
    const title = readMetaText(source, 'title', problems, 'meta.source');
    const url = rawField(source, 'url');
    const link = url === undefined ? undefined : readField('url', url, undefined, 'meta.source.url');
    if (link?.problem) problems.push(link.problem);
    // A link alone is credited by its address.
    const who = name ?? (title ? undefined : (link?.value as string | undefined));
    if (who || title) meta.source = { ...(who ? { name: who } : {}), ...(title ? { title } : {}), ...(link?.value ? { url: link.value as string } : {}) };
  }
  const dateFormat = rawField(input, 'dateFormat');
  if (dateFormat !== undefined) {
    const format = toDateFormat(dateFormat);
    if (format) meta.dateFormat = format;
    else {
      problems.push(
        problem('wrong-type', `Field "meta.dateFormat" should be "DMY" or "MDY"; it was ignored.`, {
          field: 'meta.dateFormat',
          value: dateFormat,
          severity: 'warning',
        }),
      );
    }
  }
  const asOf = rawField(input, 'asOf');
  if (asOf !== undefined) {
    const result = readField('date', asOf, undefined, 'meta.asOf', { dateFormat: meta.dateFormat ?? options.dateFormat });
    if (result.problem) problems.push({ ...result.problem, severity: 'warning' });
    else meta.asOf = result.value as PartialDate;
  }
  const lang = rawField(input, 'lang');
  if (lang !== undefined) {
    const result = readField('lang', lang, undefined, 'meta.lang');
    if (result.problem) problems.push(result.problem);
    else meta.lang = result.value as string;
  }
  const categories = rawField(input, 'categories');
  if (categories !== undefined) {
    const read = readCategories(categories, problems);
    if (read) meta.categories = read;
  }
  return { meta, problems };
}

/**
 * Takes what a source gave for one widget (a full dataset object, or just its array) and
 * returns the valid rows, the meta, and every problem found. `options` are the widget's
 * language and date format; the dataset's own `meta.lang` and `meta.dateFormat` win over them.
 */
export function validateFor<K extends RowKind>(kind: K, input: unknown, options: ReadOptions = {}): Validated<K> {
  if (Array.isArray(input)) return { ...validateRows(kind, input, options), meta: {} };
  if (typeof input !== 'object' || input === null) {
    return {
      rows: [],
      meta: {},
      problems: [problem('wrong-shape', `The data should be an object with "${kind}" or a list of rows, got ${typeOf(input)}.`)],
    };
  }
  const { meta, problems: metaProblems } = validateMeta(rawField(input, 'meta'), options);
  const fileProblems = notesOf(input)?.problems ?? [];
  if (rawField(input, kind) === undefined) {
    return {
      rows: [],
      meta,
      problems: [...fileProblems, ...metaProblems, problem('wrong-shape', `The data has no "${kind}" list.`, { field: kind })],
    };
  }
  const read = { lang: meta.lang ?? options.lang, dateFormat: meta.dateFormat ?? options.dateFormat };
  const { rows, problems } = validateRows(kind, rawField(input, kind), read);
  return { rows, meta, problems: [...fileProblems, ...metaProblems, ...problems] };
}
