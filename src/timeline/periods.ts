/**
 * Calendar periods of the time axis, pure and DOM-free: the axis runs over whole years (or
 * months, or days) so its first and last ticks are labelled; events that cannot be drawn one by
 * one are counted per calendar period between two ticks (a year, two years, a month…), and
 * opening such a period zooms the picture to exactly it. Which events belong to a period is decided here, once, for
 * the picture and the list alike.
 */
import { formatPartialDate, type DatePrecision, type PartialDate } from '../format/partial-date.js';
import type { TimelineItem } from './model.js';

const DAY = 86_400_000;
const YEAR = 365.2425 * DAY;
const MONTH = YEAR / 12;

/** A stretch of time from `from` (inclusive) to `to` (exclusive), UTC ms, on `unit` boundaries. */
export interface Period {
  from: number;
  to: number;
  unit: DatePrecision;
}

/** `ms` moved by `n` whole units (calendar arithmetic in UTC). */
export function addUnits(ms: number, unit: DatePrecision, n: number): number {
  if (unit === 'day') return ms + n * DAY;
  const date = new Date(ms);
  const year = date.getUTCFullYear() + (unit === 'year' ? n : 0);
  const month = date.getUTCMonth() + (unit === 'month' ? n : 0);
  return Date.UTC(year, month, date.getUTCDate());
}

/** The first instant of the unit that holds `ms`. */
export function floorUnit(ms: number, unit: DatePrecision): number {
  const date = new Date(ms);
  if (unit === 'year') return Date.UTC(date.getUTCFullYear(), 0, 1);
  if (unit === 'month') return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
  return Math.floor(ms / DAY) * DAY;
}

/** The first unit boundary at or after `ms`. */
export function ceilUnit(ms: number, unit: DatePrecision): number {
  const floor = floorUnit(ms, unit);
  return floor === ms ? ms : addUnits(floor, unit, 1);
}

/**
 * Widens `[start, end]` to whole years when it covers two years or more, else to whole months
 * when it covers two months or more, else to whole days: the ends of the axis are then dates a
 * reader can name ("2015", "March 2021"), and they get tick labels.
 */
export function nicePeriod(start: number, end: number): Period {
  const unit: DatePrecision = end - start >= 2 * YEAR - 2 * DAY ? 'year' : end - start >= 2 * MONTH - 2 * DAY ? 'month' : 'day';
  return { from: floorUnit(start, unit), to: Math.max(ceilUnit(end, unit), addUnits(floorUnit(start, unit), unit, 1)), unit };
}

/** Grouping steps from fine to coarse, as d3-time steps its ticks. */
const STEPS: ReadonlyArray<readonly [DatePrecision, number]> = [
  ['day', 1],
  ['day', 2],
  ['day', 7],
  ['month', 1],
  ['month', 3],
  ['month', 6],
  ['year', 1],
  ['year', 2],
  ['year', 5],
  ['year', 10],
  ['year', 20],
  ['year', 50],
  ['year', 100],
  ['year', 250],
  ['year', 1000],
];
const NOMINAL: Record<DatePrecision, number> = { day: DAY, month: MONTH, year: YEAR };
/** 4 January 1970, a Sunday: d3 starts its weeks on Sundays. */
const SUNDAY = 3 * DAY;

/** The boundary of a `step`-unit period at or before `ms`, on the multiples d3-time puts its ticks on. */
function stepFloor(ms: number, unit: DatePrecision, step: number): number {
  const date = new Date(floorUnit(ms, unit));
  if (unit === 'year') return Date.UTC(Math.floor(date.getUTCFullYear() / step) * step, 0, 1);
  if (unit === 'month') return Date.UTC(date.getUTCFullYear(), Math.floor(date.getUTCMonth() / step) * step, 1);
  if (step === 7) return ms - ((((ms - SUNDAY) % (7 * DAY)) + 7 * DAY) % (7 * DAY));
  // Two days: d3 counts them from the first of each month.
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1 + Math.floor((date.getUTCDate() - 1) / step) * step);
}

/**
 * Cuts `view` into consecutive calendar periods on the boundaries d3 puts its ticks on: the
 * finest step that is at least as long as `tickStep` (ms; the axis's own step, so each period
 * lies between two ticks) and at least `minWidth` px wide at `pxPerMs`. A first or last period
 * cut short by the view and narrower than `minWidth` joins its neighbour.
 */
export function periodsOf(view: Period, pxPerMs: number, minWidth: number, tickStep = 0): Period[] {
  const [unit, step] = STEPS.find(([u, n]) => n * NOMINAL[u] >= tickStep * 0.9 && n * NOMINAL[u] * pxPerMs >= minWidth) ?? STEPS[STEPS.length - 1];
  const periods: Period[] = [];
  for (let from = view.from; from < view.to;) {
    let to = addUnits(stepFloor(from, unit, step), unit, step);
    if (to <= from) to = addUnits(from, unit, step);
    to = Math.min(view.to, to);
    periods.push({ from, to, unit });
    from = to;
  }
  const narrow = (period: Period) => (period.to - period.from) * pxPerMs < minWidth;
  if (periods.length > 1 && narrow(periods[periods.length - 1])) periods[periods.length - 2].to = periods.pop()!.to;
  if (periods.length > 1 && narrow(periods[0])) periods[1].from = periods.shift()!.from;
  return periods;
}

/** The index of the period that holds `ms` (periods sorted and back to back), clamped to the ends. */
export function periodIndex(periods: readonly Period[], ms: number): number {
  let lo = 0;
  let hi = periods.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (periods[mid].from <= ms) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Does the event belong to the period? A point (an event without an end) when its marker falls
 * in it; a span (an event with an end) when its bar overlaps it. Open spans have no end.
 */
export function inPeriod(item: TimelineItem, period: Pick<Period, 'from' | 'to'>): boolean {
  if (!item.span) return item.at >= period.from && item.at < period.to;
  return item.start < period.to && (item.open || item.end > period.from);
}

function partialOf(ms: number, unit: DatePrecision): PartialDate {
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  const pad = (n: number) => String(n).padStart(2, '0');
  if (unit === 'year') return { iso: String(year), precision: unit, year };
  const month = date.getUTCMonth() + 1;
  if (unit === 'month') return { iso: `${year}-${pad(month)}`, precision: unit, year, month };
  const day = date.getUTCDate();
  return { iso: `${year}-${pad(month)}-${pad(day)}`, precision: unit, year, month, day };
}

/**
 * How a period reads: "2021", "March 2021", "4 March 2021", or its first and last unit joined
 * the way the list joins the dates of a span ("2016 – 2017").
 */
export function periodLabel(period: Period, lang: string, between: readonly [string, string, string]): string {
  const first = partialOf(period.from, period.unit);
  const lastStart = addUnits(period.to, period.unit, -1);
  if (lastStart <= period.from) return formatPartialDate(first, lang);
  const last = partialOf(lastStart, period.unit);
  return `${between[0]}${formatPartialDate(first, lang)}${between[1]}${formatPartialDate(last, lang)}${between[2]}`;
}

export const samePeriod = (a: Pick<Period, 'from' | 'to'> | undefined, b: Pick<Period, 'from' | 'to'> | undefined): boolean =>
  a !== undefined && b !== undefined && a.from === b.from && a.to === b.to;
