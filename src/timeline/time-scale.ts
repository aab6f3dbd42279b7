/**
 * The time scale: UTC milliseconds to pixels, linear, with d3-time's `utcTicks` choosing the
 * ticks. That is what d3's `scaleUtc` does for a numeric range; the scale itself would also bring
 * d3-interpolate, d3-color and d3-time-format (about 10 KB gzip, 40% of the whole embed budget)
 * for interpolators and default formats this timeline never uses.
 */
import { utcTicks } from 'd3-time';

export interface TimeScale {
  /** The x of an instant (unrounded). */
  (ms: number): number;
  readonly domain: readonly [start: number, end: number];
  readonly range: readonly [left: number, right: number];
  /** About `count` "nice" UTC instants inside the domain (years, months, days, …). */
  ticks(count: number): Date[];
}

export function timeScale(domain: readonly [number, number], range: readonly [number, number]): TimeScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const scale = (ms: number) => r0 + (ms - d0) * k;
  return Object.assign(scale, { domain, range, ticks: (count: number) => utcTicks(new Date(d0), new Date(d1), count) });
}
