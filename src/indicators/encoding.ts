/**
 * Which drawing each row's number gets, and on which scale, chosen for the whole column at
 * once so that the drawings stay true whatever the data. Pure, no DOM.
 *
 * - **One scale per kind of quantity.** Rows compare on one scale when they measure the same
 *   kind of thing: every plain number (counts of people, organisations, cases: whatever the
 *   word after it) with each other, percentages with percentages, per mille with per mille, and
 *   each currency with itself. So 1,243 people always draws longer than 82 organisations, while
 *   `+11.8 %` is not measured against a count of people. The scale runs from zero (or the
 *   lowest negative value) to the highest value, rounded out to a round number.
 * - **A row's own `max` wins.** A row that gives `max` (a score of 12 out of 100) is a bar on its
 *   own 0–`max` scale, and its scale is labelled as such.
 * - **A percentage is not assumed to be a share.** `45 %` may be a share of 100, but `+11.8 %`
 *   is a change and `120 %` a rate, and the number alone cannot tell them apart: a percentage
 *   without `max` is drawn on the shared percent scale, which runs below zero when a change
 *   is negative. Give `max: 100` to draw a share on 0–100.
 * - **Unit marks only for small whole counts.** When every plain number in the column is a whole
 *   number from 0 to 100 (`UNITS.maxMarks`), each unit is one mark, which readers can count; as
 *   soon as one is larger, fractional or negative, they are all bars, so that no mark ever
 *   stands for more than one unit and a larger count always draws more ink.
 * - **Negative values are drawn from zero**: to the left of a zero line (`layout.ts`).
 */
import { nice } from 'd3-array';
import type { Indicator } from '../data/types.js';
import { UNITS, type Domain } from './layout.js';
import { isSignUnit } from './quantity.js';

export interface Scale {
  domain: Domain;
  /** The sign unit the scale is in (`%`, `$`), or `undefined` for plain numbers. */
  unit?: string;
  /** Is this the row's own `max` (rather than the column's shared scale)? */
  own: boolean;
}

export type Drawing = { kind: 'bar'; value: number; scale: Scale } | { kind: 'units'; value: number };

/** What a row's number is compared with: its sign unit (`%`, `‰`, `$`, `€`), or `''` for plain numbers. */
export function quantityKind(row: Indicator): string {
  return isSignUnit(row.unit) ? row.unit : '';
}

/** Does the row bring its own scale, 0 to `max`, that its value fits on? */
export function hasOwnScale(row: Indicator): row is Indicator & { value: number; max: number } {
  return row.value !== undefined && row.max !== undefined && row.max > 0 && row.value >= 0 && row.value <= row.max;
}

/** Can every value be one mark per unit? */
export function countable(values: readonly number[]): boolean {
  return values.every((value) => Number.isInteger(value) && value >= 0 && value <= UNITS.maxMarks);
}

/** The shared scale of `values`: from zero (or below) to the highest value, rounded out. */
export function sharedDomain(values: readonly number[]): Domain {
  let low = 0;
  let high = 0;
  for (const value of values) {
    if (value < low) low = value;
    if (value > high) high = value;
  }
  if (low === high) return [0, 1];
  const [min, max] = nice(low, high, 5);
  // Rounding can lose a value too close to zero to divide (5e-324 / 2 is -0): the ends always hold every value.
  return [Math.min(min, low) || 0, Math.max(max, high) || 0];
}

/** A drawing for every row with a finite value, chosen with the whole column in view. */
export function planDrawings(rows: readonly Indicator[]): Map<Indicator, Drawing> {
  const plan = new Map<Indicator, Drawing>();
  const kinds = new Map<string, Array<Indicator & { value: number }>>();
  for (const row of rows) {
    const { value } = row;
    if (value === undefined || !Number.isFinite(value)) continue;
    if (hasOwnScale(row)) {
      plan.set(row, { kind: 'bar', value, scale: { domain: [0, row.max], unit: quantityKind(row) || undefined, own: true } });
      continue;
    }
    const kind = quantityKind(row);
    const list = kinds.get(kind) ?? [];
    list.push(row as Indicator & { value: number });
    kinds.set(kind, list);
  }
  for (const [kind, list] of kinds) {
    const values = list.map((row) => row.value);
    if (kind === '' && countable(values)) {
      for (const row of list) plan.set(row, { kind: 'units', value: row.value });
      continue;
    }
    const scale: Scale = { domain: sharedDomain(values), unit: kind || undefined, own: false };
    for (const row of list) plan.set(row, { kind: 'bar', value: row.value, scale });
  }
  return plan;
}
