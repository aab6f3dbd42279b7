/**
 * The picture's geometry, pure and DOM-free (Observable Plot style: data -> scales -> marks).
 * Wide containers get a horizontal axis: a UTC time scale over whole years (or months, or days),
 * ticks that never collide and label the first and the last year, each event a marker and a
 * label packed into lanes so no two labels overlap. An event with an end is a span: a bar from
 * its start to its end (cut at the as-of date), or to the right edge with an arrow while it is
 * open; an event without one is a point, in the middle of its year, month or day, never a bar.
 * Spans are placed first and keep their place (all but one lane are theirs if need be; only
 * spans beyond that, more than the lanes can hold at once, join a badge). Where a calendar period
 * (a year, a month…) has more events than the lanes can show with their labels, its events become
 * one count badge, which opens the period: the same layout, zoomed to exactly that period
 * (`period`). Narrow containers get the vertical list instead. All coordinates are whole pixels.
 */
import { ARROW_LENGTH } from './geometry.js';
import { LanePacker, type Extent } from './lanes.js';
import type { TimelineItem } from './model.js';
import { inPeriod, nicePeriod, periodIndex, periodsOf, type Period } from './periods.js';
import { textWidth, wrapText } from './text-width.js';
import { chooseTicks, type AxisTick } from './ticks.js';
import { timeScale } from './time-scale.js';

/** Containers at least this wide get the horizontal axis; narrower ones the vertical list. */
export const HORIZONTAL_MIN_WIDTH = 600;

export interface LayoutOptions {
  /** Width of the container in px. */
  width: number;
  /** The widget's font size in px (labels are 13/16 of it). */
  fontSize?: number;
  /** Locale of the tick labels. */
  lang: string;
  /** Most lanes of labelled events before the rest turn into count badges. */
  maxLanes?: number;
  /**
   * Widens the text estimate (default 1). The element raises it when the page's font renders
   * wider than estimated, so labels keep clear of each other in any font.
   */
  textScale?: number;
  /** Zoomed in: the axis covers exactly this period, and only its events (see `inPeriod`) are drawn. */
  period?: Period;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface EventMark {
  /** Chronological index of the event. */
  index: number;
  id: string;
  lane: number;
  /** A point (an event without an end) or a span (an event with one, drawn as a bar). */
  kind: 'point' | 'span';
  /** Centre of the marker. */
  x: number;
  y: number;
  /** The bar of a span (equal to `x` for a point). */
  barX0: number;
  barX1: number;
  /** The span is still open (`end: "present"`). */
  open: boolean;
  /** The span began before the period shown: its bar starts at the left edge, with an arrow. */
  before: boolean;
  /** The span goes on after its bar: still open, past the as-of date, or past the period shown (an arrow). */
  after: boolean;
  /** Label lines (wrapped, possibly shortened with an ellipsis); empty when there was no room. */
  lines: string[];
  /** Baseline of the first label line; x is the anchor (`start`: left edge, `end`: right edge). */
  labelX: number;
  labelY: number;
  anchor: 'start' | 'end';
  /** Estimated box of the label lines (empty box when there is no label). */
  labelBox: Box;
  /** Everything that belongs to the mark (clickable area), at least 24 px high. */
  hit: Box;
}

export interface ClusterMark {
  /** Centre of the badge. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Chronological indices of the events it stands for. */
  indices: number[];
  box: Box;
  /** The calendar period it counts; opening the badge zooms to it. */
  period: Period;
}

export interface HorizontalLayout {
  orientation: 'horizontal';
  width: number;
  height: number;
  /** Label font size and line height in px. */
  fontSize: number;
  lineHeight: number;
  markerSize: number;
  lanes: number;
  /** The period the axis covers: whole years (or months, or days), or the period zoomed to. */
  view: Period;
  axis: { y: number; x0: number; x1: number; ticks: AxisTick[]; top: number };
  marks: EventMark[];
  clusters: ClusterMark[];
}

export type TimelineLayout = HorizontalLayout | { orientation: 'vertical'; width: number };

const DAY = 86_400_000;
const MIN_SPAN = 7 * DAY;
const GAP = 12;
const TOP = 4;

/** The time domain: every event's whole period (open spans end at "now"), at least a week. */
export function timeDomain(items: readonly TimelineItem[]): [number, number] {
  let start = Infinity;
  let end = -Infinity;
  for (const item of items) {
    start = Math.min(start, item.start);
    end = Math.max(end, item.end);
  }
  if (end - start < MIN_SPAN) {
    const middle = (start + end) / 2;
    start = middle - MIN_SPAN / 2;
    end = middle + MIN_SPAN / 2;
  }
  return [start, end];
}

/** The period the overview shows: the time domain widened to whole years, months or days. */
export function overviewPeriod(items: readonly TimelineItem[]): Period {
  return nicePeriod(...timeDomain(items));
}

const box = (x0: number, y0: number, x1: number, y1: number): Box => ({ x0, y0, x1, y1 });

/** The shortest step between two of d3's own ticks (ms), 0 when there are not two. */
function tickStep(ticks: readonly AxisTick[]): number {
  let step = Infinity;
  for (let i = 1; i < ticks.length; i++) if (!ticks[i - 1].end && !ticks[i].end) step = Math.min(step, ticks[i].date - ticks[i - 1].date);
  return Number.isFinite(step) ? step : 0;
}

/** Right-aligned labels stop short of the edge: glyphs overhang their advance by a pixel in some browsers. */
const EDGE_INSET = 2;
/** Sizes that follow the widget's font size (labels are 13/16 of it). */
function metrics(options: LayoutOptions) {
  const base = options.fontSize ?? 16;
  const fontSize = Math.round(base * 0.8125);
  const lineHeight = Math.round(fontSize * 1.3);
  const markerSize = Math.max(12, Math.round(base * 0.75));
  return {
    fontSize,
    lineHeight,
    markerSize,
    /** The font size the text estimate uses. */
    em: fontSize * (options.textScale ?? 1),
    laneHeight: 2 * lineHeight + markerSize + 10,
    /** Badges are buttons: at least 24 px high. */
    badgeHeight: Math.max(24, lineHeight + 6),
  };
}
type Metrics = ReturnType<typeof metrics>;

/** Where an event's label goes, beside its marker or ending at the right edge. */
interface Label {
  lines: string[];
  labelX0: number;
  labelWidth: number;
  anchor: 'start' | 'end';
  /** The event's extent with its label. */
  labelled: Extent;
}

/** An event's extent without its label (and, once asked for, with it), before it has a lane. */
interface Plan {
  item: TimelineItem;
  kind: EventMark['kind'];
  x0: number;
  x1: number;
  before: boolean;
  after: boolean;
  bare: Extent;
  label?: Label;
  /** The calendar period the event counts in. */
  period: number;
}

interface Frame {
  x: (ms: number) => number;
  left: number;
  right: number;
  width: number;
  view: Period;
}

function plan(item: TimelineItem, period: number, f: Frame, m: Metrics): Plan {
  const { x, left, right, view } = f;
  const kind = item.span ? 'span' : 'point';
  const before = item.span && item.start < view.from;
  const x0 = item.span ? Math.max(left, x(item.start)) : x(item.at);
  // An open span runs to the right edge: it has not ended. Others end at their end, cut at the view's.
  const after = item.span && (item.open || item.clipped || item.end > view.to);
  const x1 = !item.span ? x0 : item.open ? right : Math.max(x0, Math.min(right, x(item.end)));
  const markerLeft = x0 - m.markerSize / 2 - (before ? ARROW_LENGTH : 0);
  const bare: Extent = { x0: markerLeft, x1: Math.max(x1 + (after ? ARROW_LENGTH : 0), x0 + m.markerSize / 2) };
  return { item, kind, x0, x1, before, after, bare, period };
}

/** The plan's label, laid out the first time it is asked for (text layout is the costly part). */
function labelOf(p: Plan, width: number, m: Metrics): Label {
  if (p.label) return p.label;
  const lines = wrapText(p.item.event.title, Math.min(280, Math.max(150, Math.round(width * 0.3))), m.em);
  let labelWidth = 0;
  for (const line of lines) labelWidth = Math.max(labelWidth, Math.ceil(textWidth(line, m.em)));
  // Labels start at their marker; near the right edge they end at the edge instead.
  const anchor = p.bare.x0 + labelWidth <= width ? 'start' : 'end';
  const labelX0 = anchor === 'start' ? p.bare.x0 : width - EDGE_INSET - labelWidth;
  const labelled: Extent = { x0: Math.min(p.bare.x0, labelX0), x1: Math.max(p.bare.x1, labelX0 + labelWidth) };
  return (p.label = { lines, labelX0, labelWidth, anchor, labelled });
}

function mark(p: Plan, lane: number, label: Label | undefined, width: number, m: Metrics): EventMark {
  const laneTop = TOP + lane * m.laneHeight;
  const lines = label?.lines ?? [];
  const y = Math.round(laneTop + 2 * m.lineHeight + 4 + m.markerSize / 2);
  const labelTop = laneTop + (2 - lines.length) * m.lineHeight;
  const extent = label?.labelled ?? p.bare;
  const anchor = label?.anchor ?? 'start';
  return {
    index: p.item.index,
    id: p.item.event.id,
    lane,
    kind: p.kind,
    x: p.x0,
    y,
    barX0: p.x0,
    barX1: p.x1,
    open: p.item.open,
    before: p.before,
    after: p.after,
    lines,
    labelX: Math.round(!label ? p.bare.x0 : anchor === 'start' ? label.labelX0 : width - EDGE_INSET),
    labelY: labelTop + m.lineHeight - Math.round(m.fontSize * 0.25),
    anchor,
    labelBox:
      label && lines.length
        ? box(Math.round(label.labelX0), labelTop, Math.round(label.labelX0 + label.labelWidth), labelTop + lines.length * m.lineHeight)
        : box(0, 0, 0, 0),
    hit: box(
      Math.floor(Math.min(extent.x0, p.x0 - 12)),
      lines.length ? labelTop : y - 12,
      Math.ceil(Math.max(extent.x1, p.x0 + 12)),
      Math.round(y + Math.max(12, m.markerSize / 2 + 4)),
    ),
  };
}

interface Packed {
  marks: EventMark[];
  /** Events that found no lane and join their period's badge (spans, coarse points). */
  absorbed: Plan[];
  /** Periods whose points did not all find a lane: badges. */
  collapsed: Set<number>;
}

/**
 * Packs the lanes: spans first (open ones first) in at most all but one lane, then points whose
 * own period is longer than a badge's (a year-only event in a view of months), each with its
 * label if it fits, else bare; then the other points period by period, from the left, in order
 * of left edges. Each of them gets a lane with its label, or its whole period becomes a badge
 * and gives its lanes back to the periods after it: a marker without a label says little, and
 * the badge opens a view where it has one. Only a period of a single event may keep it as a
 * marker without a label (a badge of one says less).
 */
function pack(spans: Plan[], coarse: Plan[], periods: Plan[][], collapsed: ReadonlySet<number>, maxLanes: number, width: number, m: Metrics): Packed {
  const packer = new LanePacker(maxLanes, GAP);
  const marks: EventMark[] = [];
  const absorbed: Plan[] = [];
  const badges = new Set(collapsed);
  const spanLanes = Math.max(1, maxLanes - 1);
  const placeBlock = (p: Plan, limit: number) => {
    // Where even the bare span has no room (most open spans of thousands), its label has none.
    if (packer.find(p.bare, limit) < 0) return void absorbed.push(p);
    const label = labelOf(p, width, m);
    const withLabel = packer.place(label.labelled, { block: true, limit });
    const lane = withLabel >= 0 ? withLabel : packer.place(p.bare, { block: true, limit });
    marks.push(mark(p, lane, withLabel >= 0 ? label : undefined, width, m));
  };
  for (const p of spans) placeBlock(p, spanLanes);
  for (const p of coarse) placeBlock(p, maxLanes);
  periods.forEach((plans, period) => {
    if (!plans.length || collapsed.has(period)) return;
    const saved = packer.save();
    const placed: EventMark[] = [];
    for (const p of plans) {
      const label = labelOf(p, width, m);
      const withLabel = packer.place(label.labelled);
      const lane = withLabel >= 0 || plans.length > 1 ? withLabel : packer.place(p.bare);
      if (lane < 0) {
        packer.restore(saved);
        badges.add(period);
        return;
      }
      placed.push(mark(p, lane, withLabel >= 0 ? label : undefined, width, m));
    }
    marks.push(...placed);
  });
  return { marks, absorbed, collapsed: badges };
}

export function layoutTimeline(items: readonly TimelineItem[], options: LayoutOptions): TimelineLayout {
  const width = Math.round(options.width);
  if (width < HORIZONTAL_MIN_WIDTH || items.length === 0) return { orientation: 'vertical', width };
  const m = metrics(options);
  const maxLanes = options.maxLanes ?? 6;
  const view = options.period ?? overviewPeriod(items);
  const shown = options.period ? items.filter((item) => inPeriod(item, view)) : items;
  // Zoomed in, spans that began earlier come in from the left edge with an arrow: room for it.
  const scale = timeScale([view.from, view.to], [m.markerSize + (options.period ? ARROW_LENGTH : 0), width - m.markerSize - ARROW_LENGTH]);
  const x = (ms: number) => Math.round(scale(ms));
  const [left, right] = scale.range.map(Math.round);
  const frame: Frame = { x, left, right, width, view };
  const pxPerMs = (scale.range[1] - scale.range[0]) / (view.to - view.from);

  // 1. Calendar periods between the axis's ticks (where the ticks are years, so are the badges),
  //    at least as wide as a badge for the largest count. A period with more points than its
  //    lanes could hold even without labels is a badge at once (and costs no text layout).
  const badgeWidth = 2 * Math.ceil(Math.max(28, textWidth(String(shown.length), m.em) + 12) / 2);
  const ticks = chooseTicks(scale, options.lang, m.em, width);
  const periods = periodsOf(view, pxPerMs, badgeWidth + 4, tickStep(ticks));
  const pointCounts = new Array<number>(periods.length).fill(0);
  const periodOf = shown.map((item) => periodIndex(periods, item.span ? Math.max(item.start, view.from) : item.at));
  shown.forEach((item, i) => !item.span && pointCounts[periodOf[i]]++);
  const collapsed = new Set<number>();
  pointCounts.forEach((count, i) => {
    const capacity = maxLanes * (Math.floor(((periods[i].to - periods[i].from) * pxPerMs) / (m.markerSize + GAP)) + 1);
    if (count > capacity) collapsed.add(i);
  });
  const spans: Plan[] = [];
  const coarse: Plan[] = [];
  const points: Plan[][] = periods.map(() => []);
  const badged: number[][] = periods.map(() => []);
  for (const [i, item] of shown.entries()) {
    const period = periodOf[i];
    const own = periods[period];
    if (item.span) spans.push(plan(item, period, frame, m));
    else if (item.end - item.start > own.to - own.from) coarse.push(plan(item, period, frame, m));
    else if (collapsed.has(period)) badged[period].push(item.index);
    else points[period].push(plan(item, period, frame, m));
  }
  spans.sort((a, b) => Number(b.item.open) - Number(a.item.open) || a.item.start - b.item.start || a.item.index - b.item.index);
  for (const plans of points) plans.sort((a, b) => labelOf(a, width, m).labelled.x0 - labelOf(b, width, m).labelled.x0 || a.item.index - b.item.index);

  // 2. Lanes, period by period; a period whose points do not all fit becomes a badge.
  const packed = pack(spans, coarse, points, collapsed, maxLanes, width, m);
  points.forEach((plans, period) => {
    if (packed.collapsed.has(period)) badged[period].push(...plans.map((p) => p.item.index));
  });
  for (const p of packed.absorbed) badged[p.period].push(p.item.index);
  const marks = packed.marks.sort((a, b) => a.index - b.index);
  const lanes = marks.reduce((most, mk) => Math.max(most, mk.lane + 1), 0);

  // 3. Below the lanes, the badge row, then the axis.
  const hasBadges = badged.some((indices) => indices.length);
  const badgeTop = TOP + lanes * m.laneHeight + (hasBadges ? 4 : 0);
  const axisY = badgeTop + (hasBadges ? m.badgeHeight + 8 : 0);
  const clusters = periods.flatMap((period, i): ClusterMark[] => {
    if (!badged[i].length) return [];
    const centre = Math.round(Math.min(width - badgeWidth / 2, Math.max(badgeWidth / 2, scale((period.from + period.to) / 2))));
    return [
      {
        x: centre,
        y: Math.round(badgeTop + m.badgeHeight / 2),
        width: badgeWidth,
        height: m.badgeHeight,
        indices: badged[i].sort((p, q) => p - q),
        box: box(centre - badgeWidth / 2, badgeTop, centre + badgeWidth / 2, badgeTop + m.badgeHeight),
        period,
      },
    ];
  });

  return {
    orientation: 'horizontal',
    width,
    height: axisY + 8 + m.lineHeight + 4,
    fontSize: m.fontSize,
    lineHeight: m.lineHeight,
    markerSize: m.markerSize,
    lanes,
    view,
    axis: { y: axisY, x0: left, x1: right, ticks, top: TOP },
    marks,
    clusters,
  };
}
