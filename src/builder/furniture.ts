/**
 * The furniture the producer edits (headline, dek, notes, source, byline, as-of date, the data's
 * language and date order, category labels and colours) and how it goes into the dataset's
 * `meta`. The form starts from the file's own `meta`; what the form says wins, and an emptied
 * field removes the file's value.
 */
import { rawField } from '../data/fields.js';
import { addNotes, notesOf } from '../data/source-notes.js';
import type { RowKind } from '../data/types.js';

/** A category's label and colour as `meta.categories` carries them. */
export interface CategoryEdit {
  label?: string;
  /** `#rrggbb`. */
  color?: string;
}

export interface Furniture {
  title: string;
  dek: string;
  notes: string;
  sourceName: string;
  sourceUrl: string;
  byline: string;
  asOf: string;
  /** The data's language (`meta.lang`), which decides how `1,500` reads. */
  lang: string;
  /** `DMY`, `MDY` or '' (slash dates that read two ways are refused). */
  dateFormat: string;
  categories: Record<string, CategoryEdit>;
}

export const TEXT_FIELDS = ['title', 'dek', 'notes', 'sourceName', 'sourceUrl', 'byline', 'asOf', 'lang', 'dateFormat'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export const EMPTY_FURNITURE: Furniture = {
  title: '',
  dek: '',
  notes: '',
  sourceName: '',
  sourceUrl: '',
  byline: '',
  asOf: '',
  lang: '',
  dateFormat: '',
  categories: {},
};

const text = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');

/** The raw `meta` object of a dataset, or undefined. */
function metaOf(input: unknown): Record<string, unknown> | undefined {
  if (Array.isArray(input) || typeof input !== 'object' || input === null) return undefined;
  const meta = rawField(input, 'meta');
  return meta && typeof meta === 'object' && !Array.isArray(meta) ? (meta as Record<string, unknown>) : undefined;
}

/** The form's starting values: the file's `meta` (the widget's own headline first). */
export function furnitureFrom(input: unknown, kind: RowKind): Furniture {
  const meta = metaOf(input);
  if (!meta) return { ...EMPTY_FURNITURE, categories: {} };
  const headlines = meta.headlines && typeof meta.headlines === 'object' ? (meta.headlines as Record<string, unknown>) : {};
  const source = meta.source;
  const link = source && typeof source === 'object' ? (source as Record<string, unknown>) : {};
  const categories: Record<string, CategoryEdit> = {};
  if (meta.categories && typeof meta.categories === 'object') {
    for (const [id, value] of Object.entries(meta.categories as Record<string, unknown>)) {
      if (!value || typeof value !== 'object') continue;
      const { label, color } = value as Record<string, unknown>;
      categories[id] = { ...(typeof label === 'string' ? { label } : {}), ...(typeof color === 'string' ? { color } : {}) };
    }
  }
  return {
    title: text(headlines[kind]) || text(meta.title),
    dek: text(meta.dek),
    notes: text(meta.notes),
    sourceName: typeof source === 'string' ? source : text(link.name),
    sourceUrl: text(link.url),
    byline: text(meta.byline),
    asOf: text(meta.asOf),
    lang: text(meta.lang),
    dateFormat: text(meta.dateFormat),
    categories,
  };
}

/** `meta.categories` from the edits: only what the producer set, so the widget's defaults stay. */
export function categoriesMeta(edits: Record<string, CategoryEdit>): Record<string, CategoryEdit> | undefined {
  const out: Record<string, CategoryEdit> = {};
  for (const [id, { label, color }] of Object.entries(edits)) {
    const entry: CategoryEdit = {};
    if (label?.trim()) entry.label = label.trim();
    if (color && /^#[0-9a-f]{6}$/i.test(color)) entry.color = color.toLowerCase();
    if (entry.label !== undefined || entry.color !== undefined) out[id] = entry;
  }
  return Object.keys(out).length ? out : undefined;
}

/** The file's `meta` with the form written over it. */
export function metaWith(input: unknown, kind: RowKind, form: Furniture): Record<string, unknown> {
  const meta: Record<string, unknown> = { ...metaOf(input) };
  // The form's headline is the widget's: a per-widget headline from the file would hide it.
  if (meta.headlines && typeof meta.headlines === 'object') {
    const { [kind]: _dropped, ...others } = meta.headlines as Record<string, unknown>;
    void _dropped;
    if (Object.keys(others).length) meta.headlines = others;
    else delete meta.headlines;
  }
  const set = (key: string, value: unknown) => {
    if (value === undefined || value === '') delete meta[key];
    else meta[key] = value;
  };
  set('title', form.title.trim());
  set('dek', form.dek.trim());
  set('notes', form.notes.trim());
  const name = form.sourceName.trim();
  const url = form.sourceUrl.trim();
  set('source', name || url ? { name: name || url, ...(url ? { url } : {}) } : undefined);
  set('byline', form.byline.trim());
  set('asOf', form.asOf.trim());
  set('lang', form.lang.trim());
  set('dateFormat', form.dateFormat.trim());
  set('categories', categoriesMeta(form.categories));
  return meta;
}

/**
 * The dataset a widget of `kind` reads: the input's rows (the same list, so what the parser
 * noticed travels with it) under the edited `meta`, and the input's own notes (its encoding).
 */
export function datasetWith(input: unknown, kind: RowKind, form: Furniture): Record<string, unknown> {
  const rows = Array.isArray(input) ? input : typeof input === 'object' && input !== null ? rawField(input, kind) : undefined;
  const dataset: Record<string, unknown> = { meta: metaWith(input, kind, form), [kind]: rows };
  if (!Array.isArray(input)) addNotes(dataset, { problems: notesOf(input)?.problems ?? [] });
  return dataset;
}
