/**
 * Whom a widget's data is credited to, as newsrooms credit it: each source that rows name for
 * themselves (`Freedom House`), then `meta.source` for the rest. Pure; the footer renders the
 * list and the CSV download writes it into each row.
 */
import type { Meta, SourceLink } from '../data/types.js';

/** The rows' own sources (once each, in row order), then `meta.source`. */
export function credits(meta: Meta, rows: readonly object[] = []): SourceLink[] {
  const names = new Set<string>();
  for (const row of rows) {
    const name = (row as { sourceName?: unknown }).sourceName;
    if (typeof name === 'string' && name && name !== meta.source?.name) names.add(name);
  }
  return [...[...names].map((name) => ({ name })), ...(meta.source ? [meta.source] : [])];
}

/** A credit as plain text, a title set off by `quotes`: `Freedom House, “Freedom in the World”`. */
export function creditText(credit: SourceLink, quotes: readonly [open: string, close: string]): string {
  return [credit.name, credit.title && `${quotes[0]}${credit.title}${quotes[1]}`].filter(Boolean).join(', ');
}
