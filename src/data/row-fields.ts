/** Each row kind's fields: their names as the data contract spells them, types and rules. */
import type { FieldType } from './fields.js';
import type { RowKind } from './types.js';

export interface FieldSpec {
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
      f('id', 'id'),
      f('indicator', 'text', true),
      f('status', 'text', true),
      f('asOf', 'date'),
      f('value', 'number'),
      f('max', 'number'),
      f('unit', 'text'),
      f('note', 'text'),
      f('sourceName', 'text'),
      f('sourceUrl', 'url'),
    ],
  },
  events: {
    label: 'title',
    fields: [
      f('id', 'id'),
      f('date', 'date', true),
      f('end', 'end', false, true),
      f('title', 'text', true),
      f('description', 'text'),
      f('category', 'text'),
      f('sourceUrl', 'url'),
    ],
  },
  quotes: {
    label: 'speaker',
    fields: [
      f('id', 'id'),
      f('text', 'text', true),
      f('speaker', 'text', true),
      f('role', 'text'),
      f('affiliation', 'text'),
      f('lang', 'lang'),
      f('context', 'text'),
      f('sourceUrl', 'url'),
    ],
  },
};
