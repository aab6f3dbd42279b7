/**
 * Geometry of the drawings inside the Status cells, pure: D3 computes, the templates in
 * `drawing.ts` draw. Which rows get which drawing, and on which scale, is `encoding.ts`'s choice;
 * this file only turns a value on a scale into lengths, and a small count into marks.
 *
 * A bar runs from zero to its value: to the right for a positive value, to the left for a
 * negative one, so on a scale that spans zero (a diverging scale) the zero line is where every
 * bar starts. The scale's ticks come from d3-array's `ticks` (the algorithm `scaleLinear().ticks()`
 * uses); the mapping is a plain proportion, because d3-scale's linear scale would add about
 * 2.4 KB gzip (d3-format and its tick formatter) for a line of arithmetic.
 */
import { range, ticks as niceTicks } from 'd3-array';

/** The bar's coordinate system; the SVG stretches it to the width of its column. */
export const BAR = { width: 200, height: 10 } as const;

/**
 * The narrowest bar of a value that is not zero, in bar units: a value that rounds to nothing on
 * its scale still shows that it is there. Lengths stay in the order of the values.
 */
export const MIN_BAR = 1;

/** A scale's ends; `min` is 0 unless a value is negative, `max` is 0 unless one is positive. */
export type Domain = readonly [min: number, max: number];

export interface BarLayout {
  /** Left edge of the filled part, in bar units. */
  x: number;
  /** Width of the filled part, in bar units. */
  width: number;
  /** Where zero is, in bar units (0 unless the scale runs below zero). */
  zero: number;
  /** Positions of the scale's tick marks (both ends included), in bar units. */
  ticks: number[];
}

/** A bar for `value` on the scale `domain`; `undefined` when that cannot be drawn honestly. */
export function barLayout(value: number, [min, max]: Domain): BarLayout | undefined {
  if (!Number.isFinite(value) || !(min <= 0 && max >= 0 && max > min) || value < min || value > max) return undefined;
  const x = (n: number) => round(((n - min) / (max - min)) * BAR.width);
  const zero = x(0);
  const end = x(value);
  let width = Math.abs(end - zero);
  if (value !== 0) width = Math.min(Math.max(width, MIN_BAR), value > 0 ? BAR.width - zero : zero);
  const ticks = niceTicks(min, max, 4);
  if (ticks[0] !== min) ticks.unshift(min);
  if (ticks[ticks.length - 1] !== max) ticks.push(max);
  return { x: value < 0 ? round(zero - width) : zero, width: round(width), zero, ticks: ticks.map(x) };
}

/**
 * Unit marks: one mark per unit, for whole counts up to `maxMarks` (see `encoding.ts`). Size and
 * gaps in CSS pixels; a wider gap after every fifth mark, five groups to a line, for counting.
 */
export const UNITS = { size: 7, gap: 2, groupGap: 4, group: 5, perRow: 25, maxMarks: 100 } as const;

export interface UnitMark {
  x: number;
  y: number;
}

export interface UnitsLayout {
  marks: UnitMark[];
  width: number;
  height: number;
}

/** Marks for a whole count from 1 to `UNITS.maxMarks`; `undefined` for anything else. */
export function unitsLayout(value: number): UnitsLayout | undefined {
  if (!Number.isInteger(value) || value < 1 || value > UNITS.maxMarks) return undefined;
  const { size, gap, groupGap, group, perRow } = UNITS;
  const step = size + gap;
  const column = (i: number) => (i % perRow) * step + Math.floor((i % perRow) / group) * groupGap;
  const marks = range(value).map((i) => ({ x: column(i), y: Math.floor(i / perRow) * step }));
  // Every drawing is a whole line wide, so a narrow cell shrinks all marks alike and counts still compare.
  const rows = Math.ceil(value / perRow);
  return { marks, width: column(perRow - 1) + size, height: rows * step - gap };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
