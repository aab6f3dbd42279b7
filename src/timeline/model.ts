/**
 * Rows -> view model, pure and DOM-free: events in chronological order with their periods in
 * UTC milliseconds, each category's colour, shape and display name, and how each event's dates
 * read at their own precision ("2020", "October 2025", "2020 – present").
 */
import type { CategoryInfo, TimelineEvent } from '../data/types.js';
import { dateRangePieces, type DatePiece } from '../format/date-range.js';
import { periodEnd, periodStart, type PartialDate } from '../format/partial-date.js';
import { categoryStyle, type MarkerShape } from './markers.js';
import type { TimelineStrings } from './strings.js';

export interface TimelineItem {
  event: TimelineEvent;
  /** Position in chronological order (0-based). */
  index: number;
  /** First instant of the event's period (UTC ms): a year-only date starts on 1 January. */
  start: number;
  /**
   * First instant after the period (UTC ms): a year-only event covers its whole year; `present`
   * ends at "now"; a span whose end lies after "now" (the data's as-of date) is cut there.
   */
  end: number;
  /** The event has an end (a date or `present`): it is drawn as a bar. Without one it is a point, whatever its precision. */
  span: boolean;
  /** Where the event's marker sits: the start of a span, the middle of a point's year, month or day. */
  at: number;
  /** The span is still open (`end: "present"`). */
  open: boolean;
  /** The span ends after "now" and was cut there. */
  clipped: boolean;
  /** Index into the categories, or -1 when the event has none. */
  category: number;
}

export interface Category {
  /** The value in the data; `undefined` for "no category". */
  key: string | undefined;
  /** 0-based palette colour; -1 for "no category" (drawn hollow in the muted colour). */
  colour: number;
  shape: MarkerShape;
  /** The data's own name for it (`meta.categories[key].label`). */
  label?: string;
  /** The data's own colour (`meta.categories[key].color`, `#rrggbb`), drawn instead of the palette's. */
  own?: { hex: string; slot: number };
}

export interface TimelineModel {
  items: TimelineItem[];
  /** Categories in order of first appearance, then "no category" when some events have none. */
  categories: Category[];
  /** The instant that `present` stands for. */
  now: number;
  byId: Map<string, TimelineItem>;
}

export const NO_CATEGORY: Category = { key: undefined, colour: -1, shape: 'circle' };

/**
 * Sorts the events (by start, then the longer period first, as `comparePartialDates` does; ties
 * keep the data's order) and gives every category its style. `now` is injected so the result is
 * deterministic. `categories` is the data's `meta.categories`: names and colours by id.
 *
 * Colours and shapes follow the category, never the rows: the ids in code-point order take the
 * palette's colours and the marker shapes in turn (`categoryStyle`), so shuffled rows, a zoomed
 * view or a filtered list draw every category alike. Categories with a colour of their own take
 * no turn of the palette (they take a shape by their place among all ids). From the ninth
 * palette category on the colours come round again, each time with other shapes: every pair of
 * colour and shape stays distinct up to 64 categories, and the legend shows each pair beside
 * its name.
 */
export function buildModel(events: readonly TimelineEvent[], now: Date, categories: Readonly<Record<string, CategoryInfo>> = {}): TimelineModel {
  const nowMs = now.getTime();
  // Periods as numbers first: sorting thousands of events must not build dates per comparison.
  const sorted = events
    .map((event, order) => ({ event, order, start: periodStart(event.date).getTime(), own: periodEnd(event.date).getTime() }))
    .sort((a, b) => a.start - b.start || b.own - a.own || a.order - b.order);
  // The legend lists categories in order of first appearance on the timeline.
  const keys = new Map<string, number>();
  let uncategorised = false;
  const items = sorted.map(({ event, start, own }, index): TimelineItem => {
    const open = event.end === 'present';
    const span = event.end !== undefined;
    const given = event.end && !open ? periodEnd(event.end as PartialDate).getTime() : own;
    // A closed span is cut at "now" (never before its own period ends); an open one runs to it.
    const end = open ? Math.max(nowMs, own) : span ? Math.max(own, Math.min(given, nowMs)) : own;
    let category = -1;
    if (event.category !== undefined) {
      if (!keys.has(event.category)) keys.set(event.category, keys.size);
      category = keys.get(event.category)!;
    } else uncategorised = true;
    const at = span ? start : Math.round((start + own) / 2);
    return { event, index, start, end, span, at, open, clipped: span && !open && end < given, category };
  });
  const infoOf = (key: string) => (Object.hasOwn(categories, key) ? categories[key] : undefined);
  // Turns in code-point order: the palette's among the categories without a colour of their own.
  const ids = [...keys.keys()].sort();
  const turns = new Map(ids.map((key, i) => [key, i]));
  const paletteTurns = new Map(ids.filter((key) => infoOf(key)?.color === undefined).map((key, i) => [key, i]));
  const styled: Category[] = [...keys.keys()].map((key) => {
    const info = infoOf(key);
    const turn = turns.get(key)!;
    return {
      key,
      ...categoryStyle(paletteTurns.get(key) ?? turn),
      ...(info?.label !== undefined ? { label: info.label } : {}),
      ...(info?.color !== undefined ? { own: { hex: info.color, slot: turn } } : {}),
    };
  });
  if (uncategorised && styled.length) styled.push(NO_CATEGORY);
  return { items, categories: styled, now: nowMs, byId: new Map(items.map((item) => [item.event.id, item])) };
}

export function categoryOf(model: TimelineModel, item: TimelineItem): Category {
  return item.category < 0 ? NO_CATEGORY : model.categories[item.category];
}

/**
 * The classes that paint a category: `c0` (none) or `c1`…`c8` (the palette), and `k<n>` for its
 * own colour (see `own-colours.ts`), which wins where the browser takes constructed stylesheets.
 */
export function paintClass(category: Category): string {
  return category.own ? `c${category.colour + 1} k${category.own.slot}` : `c${category.colour + 1}`;
}

/** The key the interface translates a category by: `Human rights` and `human-rights` are one. */
function knownKey(key: string, strings: TimelineStrings): string | undefined {
  const normal = key
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  // Own keys only: a category named `constructor` is a name, not the object's prototype.
  return Object.hasOwn(strings.categories, normal) ? normal : undefined;
}

/**
 * A category as readers see it: the data's own label (`meta.categories`), else the interface's
 * name for the five categories of the article's dataset, else the id as written.
 */
export function categoryName(category: Category, strings: TimelineStrings): string {
  if (category.key === undefined) return strings.noCategory;
  if (category.label !== undefined) return category.label;
  const known = knownKey(category.key, strings);
  return known === undefined ? category.key : strings.categories[known];
}

/** Is the category's name the interface's own (translated), rather than the data's? */
export function categoryTranslated(category: Category, strings: TimelineStrings): boolean {
  return category.key === undefined || (category.label === undefined && knownKey(category.key, strings) !== undefined);
}

/** One piece of a date line: plain text, or a date that renders as `<time datetime>`. */
export type { DatePiece };

/** How an event's dates read, as text around `<time>` pieces: `2020`, `с октября 2025 г. по настоящее время`. */
export function datePieces(event: TimelineEvent, lang: string, strings: TimelineStrings): DatePiece[] {
  return dateRangePieces(event.date, event.end, lang, strings);
}

export function dateText(event: TimelineEvent, lang: string, strings: TimelineStrings): string {
  return datePieces(event, lang, strings)
    .map((p) => (typeof p === 'string' ? p : p.text))
    .join('');
}

/** How many list entries show at once; longer lists page through windows of this size. */
export const PAGE_SIZE = 100;

/** The first index of the page that holds `index`. */
export function pageStartOf(index: number, pageSize = PAGE_SIZE): number {
  return Math.max(0, Math.floor(index / pageSize) * pageSize);
}

/**
 * Where keyboard navigation goes from `current` (or from nothing, -1): arrows in either
 * orientation step, Home and End jump. `undefined` for keys it does not handle.
 */
export function nextIndex(key: string, current: number, count: number): number | undefined {
  if (count === 0) return undefined;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return current < 0 ? 0 : Math.min(count - 1, current + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return current < 0 ? 0 : Math.max(0, current - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

const HASH_PREFIX = '#event-';

/** The event id a URL fragment points at (`#event-prisoner-release`), decoded; else `undefined`. */
export function eventIdFromHash(hash: string): string | undefined {
  if (!hash.startsWith(HASH_PREFIX) || hash.length === HASH_PREFIX.length) return undefined;
  try {
    return decodeURIComponent(hash.slice(HASH_PREFIX.length));
  } catch {
    return undefined;
  }
}

export function hashForEvent(id: string): string {
  return `${HASH_PREFIX}${encodeURIComponent(id)}`;
}
