/**
 * The timeline's categories as the producer edits them: each category of the rows (in order of
 * first appearance, as the timeline lists them), with the name the widget would show and the
 * colour it would use, as starting values of the form.
 */
import type { RowKind } from '../data/types.js';
import { stringsIn, type Locale } from '../format/locale.js';
import { TIMELINE_STRINGS } from '../timeline/strings.js';

/**
 * Starting values of the colour picker when the producer gives a category a colour of its own
 * (the light theme's palette of timeline.styles.ts). Without one, no colour is written and the
 * widget assigns its palette itself.
 */
export const PALETTE = ['#1f5fa8', '#b3261e', '#2e7d32', '#7b3fb0', '#a85200', '#00796b', '#b0306f', '#5d6b00'] as const;

export interface CategoryRow {
  id: string;
  /** The name the widget shows without a label: a known category translated, any other as given. */
  defaultLabel: string;
  /** Where the colour picker starts. */
  startColor: string;
}

export function categoriesOf(kind: RowKind, rows: readonly object[], locale: Locale): CategoryRow[] {
  if (kind !== 'events') return [];
  const seen = new Set<string>();
  for (const row of rows) {
    const category = (row as { category?: unknown }).category;
    if (typeof category === 'string') seen.add(category);
  }
  const names = stringsIn(TIMELINE_STRINGS, locale).categories;
  return [...seen].map((id, i) => ({
    id,
    defaultLabel: Object.hasOwn(names, id) ? names[id] : id,
    startColor: PALETTE[i % PALETTE.length],
  }));
}
