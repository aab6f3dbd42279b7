/**
 * `reserve`: the room a widget keeps while its data loads from a slow `src`, so the article below
 * it does not move when the data arrives. One height in CSS px (`reserve="640"`), or a height per
 * width of the widget, as the embed generator and the builder write it from a real render:
 * `reserve="320:1180 600:760 1000:640"` is 1180 px from 320 px wide (and in anything narrower),
 * 760 px from 600 px, 640 px from 1000 px on. Width pairs are needed because a widget's height
 * depends on its width, which is only known on the page.
 *
 * Pure (no DOM): the generator checks and writes the same syntax in Node.
 */

export interface ReserveEntry {
  /** The widget's width from which the height applies (its `clientWidth`, CSS px); 0 for any. */
  readonly minWidth: number;
  /** The room to keep, in CSS px. */
  readonly height: number;
}

export type Reservation = readonly ReserveEntry[];

/** What `reserve` gives: the room by width (empty for none), or why it cannot be used. */
export type ParsedReserve = { entries: Reservation } | { problem: string };

/** Larger widths or heights are taken for typing mistakes (a zero too many), not for room to keep. */
export const MAX_RESERVE_PX = 10_000;

/** `640`, `640px`, `320:1180` or `320px:1180px`. */
const ENTRY = /^(?:(\d+(?:\.\d+)?)(?:px)?:)?(\d+(?:\.\d+)?)(?:px)?$/i;

/** What is accepted, said after any problem. */
export const RESERVE_SYNTAX = `one height or width:height pairs in CSS px, widths increasing (e.g. "640", or "320:1180 600:760")`;

/** Reads a `reserve` value; an empty one reserves nothing and is no problem. */
export function parseReserve(text: string): ParsedReserve {
  const entries: ReserveEntry[] = [];
  for (const token of text
    .trim()
    .split(/[\s,]+/)
    .filter(Boolean)) {
    const match = ENTRY.exec(token);
    // Only the first height may stand alone: it is the one for any width.
    const minWidth = Number(match?.[1] ?? (entries.length ? NaN : 0));
    const height = Number(match?.[2]);
    const previous = entries.at(-1)?.minWidth ?? -1;
    if (!(minWidth > previous && minWidth <= MAX_RESERVE_PX && height > 0 && height <= MAX_RESERVE_PX)) {
      return { problem: `“${token}” does not fit: give ${RESERVE_SYNTAX}, up to ${MAX_RESERVE_PX} px` };
    }
    entries.push({ minWidth, height });
  }
  return { entries };
}

/** The room at `width`: the entry of the largest width not above it, else the first one. */
export function reservedHeight(entries: Reservation, width: number): number | undefined {
  let height = entries[0]?.height;
  for (const entry of entries) if (entry.minWidth <= width) height = entry.height;
  return height;
}

/** Writes entries as `reserve` reads them: whole pixels rounded up, a width dropped where the height repeats. */
export function formatReserve(entries: Reservation): string {
  const kept: ReserveEntry[] = [];
  for (const { minWidth, height } of entries) {
    const room = Math.ceil(height);
    if (kept.at(-1)?.height !== room) kept.push({ minWidth, height: room });
  }
  if (kept.length === 1) return String(kept[0].height);
  return kept.map(({ minWidth, height }) => `${minWidth}:${height}`).join(' ');
}
