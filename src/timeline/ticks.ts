/**
 * Axis ticks: d3-time picks "nice" UTC dates, and the count is lowered until the labels, measured
 * with the text estimate, leave room between them. Labels keep the precision of the tick: a
 * year reads "2020" (no "1 January", no "г."), a month "Oct", a day "Oct 5", in the locale.
 */
import { formatPartialDate, type PartialDate } from '../format/partial-date.js';
import { textWidth } from './text-width.js';
import type { TimeScale } from './time-scale.js';

export interface AxisTick {
  /** Position of the tick mark. */
  x: number;
  /** Centre of the label: the tick's x, moved inwards where a label would cross an edge. */
  labelX: number;
  label: string;
  /** Estimated label width. */
  width: number;
  /** The tick's date (UTC ms). */
  date: number;
  /** The period the tick starts. */
  precision: PartialDate['precision'];
  /** An end of the axis added to d3's ticks so that it is labelled. */
  end: boolean;
}

/** Space kept free between neighbouring tick labels, in px. */
export const TICK_GAP = 12;
const DAY = 86_400_000;

function toPartialDate(date: Date): PartialDate {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + 1;
  const day = date.getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  if (month === 1 && day === 1) return { iso: String(year), precision: 'year', year };
  if (day === 1) return { iso: `${year}-${pad(month)}`, precision: 'month', year, month };
  return { iso: `${year}-${pad(month)}-${pad(day)}`, precision: 'day', year, month, day };
}

/**
 * A tick's label. The first tick of a month or day axis also names the year, so the axis can be
 * read without a year tick in view.
 */
export function tickLabel(date: Date, lang: string, first: boolean): { label: string; precision: PartialDate['precision'] } {
  const partial = toPartialDate(date);
  const { precision } = partial;
  if (precision === 'year') return { label: String(partial.year), precision };
  return { label: formatPartialDate(partial, lang, 'short', { year: first }), precision };
}

function build(dates: Date[], scale: TimeScale, lang: string, fontSize: number, width: number, added: ReadonlySet<number> = new Set()): AxisTick[] {
  return dates.map((date, i) => {
    const { label, precision } = tickLabel(date, lang, i === 0);
    const labelWidth = Math.ceil(textWidth(label, fontSize));
    const x = Math.round(scale(date.getTime()));
    const half = labelWidth / 2;
    const labelX = Math.round(Math.min(Math.max(x, half), width - half));
    return { x, labelX, label, width: labelWidth, date: date.getTime(), precision, end: added.has(date.getTime()) };
  });
}

/** Do the labels keep `TICK_GAP` between them? */
export function ticksFit(ticks: readonly AxisTick[]): boolean {
  for (let i = 1; i < ticks.length; i++) {
    const previousEnd = ticks[i - 1].labelX + ticks[i - 1].width / 2;
    const start = ticks[i].labelX - ticks[i].width / 2;
    if (start - previousEnd < TICK_GAP) return false;
  }
  return true;
}

/** `dates` with the ends of the axis added (sorted, without repeats). */
function withEnds(dates: Date[], ends: readonly number[]): Date[] {
  const times = new Set(dates.map((d) => d.getTime()));
  for (const end of ends) times.add(end);
  return [...times].sort((a, b) => a - b).map((t) => new Date(t));
}

/**
 * Drops the inner ticks whose labels would crowd an end that d3 did not choose itself: the ends
 * are always labelled. Crowding among d3's own ticks means fewer ticks, as before.
 */
function clearEnds(ticks: AxisTick[]): AxisTick[] {
  const apart = (a: AxisTick, b: AxisTick) => b.labelX - b.width / 2 - (a.labelX + a.width / 2) >= TICK_GAP;
  const kept = [...ticks];
  if (kept[0]?.end) while (kept.length > 2 && !apart(kept[0], kept[1])) kept.splice(1, 1);
  if (kept[kept.length - 1]?.end) {
    while (kept.length > 2 && !apart(kept[kept.length - 2], kept[kept.length - 1])) kept.splice(kept.length - 2, 1);
  }
  return kept;
}

/**
 * The densest set of d3 ticks whose labels fit: starts from about one tick per 70 px and asks d3
 * for fewer until the labels no longer collide. Ticks finer than a day are never used. Ends of the
 * axis on 1 January (the layout makes an axis of years run over whole years) are ticks too, so
 * the first and the last year are always labelled; inner ticks make way for them.
 */
export function chooseTicks(scale: TimeScale, lang: string, fontSize: number, width: number): AxisTick[] {
  const [r0, r1] = scale.range;
  // Ends on 1 January: the first and last year (month and day axes name the year at their first tick).
  const ends = scale.domain.filter((d) => d % DAY === 0 && new Date(d).getUTCMonth() === 0 && new Date(d).getUTCDate() === 1);
  let count = Math.max(1, Math.floor((r1 - r0) / 70));
  let previous = '';
  for (; count >= 1; count--) {
    const own = scale.ticks(count).filter((d) => d.getTime() % DAY === 0);
    const dates = withEnds(own, ends);
    const key = dates.map((d) => d.getTime()).join();
    if (key === previous) continue;
    previous = key;
    const added = new Set(ends.filter((end) => !own.some((d) => d.getTime() === end)));
    const ticks = clearEnds(build(dates, scale, lang, fontSize, width, added));
    if (ticksFit(ticks)) return ticks;
  }
  // Even the ends alone collide: keep the first tick only.
  const first = withEnds(
    scale.ticks(1).filter((d) => d.getTime() % DAY === 0),
    ends,
  ).slice(0, 1);
  return build(first, scale, lang, fontSize, width);
}
