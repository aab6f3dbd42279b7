/**
 * Geometry of the drawings inside the Status cells, pure: D3 computes, the templates in
 * `drawing.ts` draw. A value with a `max` is a bar on a 0..max scale; a count without one is
 * drawn as units, one mark per unit (or per a round number of units when there are many).
 *
 * The scale's ticks come from d3-array's `ticks` (the same algorithm `scaleLinear().ticks()`
 * uses); the mapping is a plain proportion, because d3-scale's linear scale would add about
 * 2.4 KB gzip (d3-format and its tick formatter) for a line of arithmetic.
 */
import { range, ticks as niceTicks } from 'd3-array';

/** The bar's coordinate system; the SVG stretches it to the cell's width. */
export const BAR = { width: 200, height: 12 } as const;

export interface BarLayout {
  /** Width of the filled part, in bar units. */
  fill: number;
  /** Positions of the scale's tick marks (0 and max included), in bar units. */
  ticks: number[];
}

/** A bar for `value` on a 0..`max` scale; `undefined` when that scale cannot be drawn. */
export function barLayout(value: number, max: number): BarLayout | undefined {
  if (!(max > 0) || !(value >= 0) || value > max) return undefined;
  const x = (n: number) => round((n / max) * BAR.width);
  const ticks = niceTicks(0, max, 4);
  if (ticks[ticks.length - 1] !== max) ticks.push(max);
  return { fill: x(value), ticks: ticks.map(x) };
}

/** Unit marks: size and gaps in CSS pixels, a wider gap after every fifth mark for counting. */
export const UNITS = { size: 8, gap: 2, groupGap: 4, group: 5, perRow: 20, maxMarks: 100 } as const;

export interface UnitMark {
  x: number;
  y: number;
  /** Less than `UNITS.size` for the last, partial mark of a value that is not a whole multiple. */
  width: number;
}

export interface UnitsLayout {
  /** How many units one mark stands for: 1, or a round number (2, 5, 10, 20, 50, ...). */
  perMark: number;
  marks: UnitMark[];
  width: number;
  height: number;
}

/** The smallest of 1, 2, 5, 10, 20, 50, ... that keeps a count within `maxMarks` marks. */
export function unitsPerMark(value: number, maxMarks: number = UNITS.maxMarks): number {
  for (let power = 1; ; power *= 10) {
    for (const step of [1, 2, 5]) if (value / (step * power) <= maxMarks) return step * power;
  }
}

/** Marks for a positive count; `undefined` for zero, negative, non-finite or too small values. */
export function unitsLayout(value: number): UnitsLayout | undefined {
  if (!(value > 0) || !Number.isFinite(value)) return undefined;
  const perMark = unitsPerMark(value);
  const exact = value / perMark;
  const whole = Math.floor(exact);
  const part = exact - whole;
  const { size, gap, groupGap, group, perRow } = UNITS;
  const step = size + gap;
  const column = (i: number) => (i % perRow) * step + Math.floor((i % perRow) / group) * groupGap;
  const count = whole + (part >= 0.05 ? 1 : 0);
  if (!count) return undefined;
  const marks = range(count).map((i) => ({
    x: column(i),
    y: Math.floor(i / perRow) * step,
    width: i < whole ? size : round(size * part),
  }));
  const columns = Math.min(count, perRow);
  const rows = Math.ceil(count / perRow);
  return { perMark, marks, width: column(columns - 1) + size, height: rows * step - gap };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
