/**
 * The picture's geometry, pure and DOM-free (Observable Plot style: data -> scales -> marks).
 * Wide containers get a horizontal axis: a UTC time scale over the events' periods, ticks that
 * never collide, each event a marker and a bar for its period (a year-only event covers its
 * year, an open span runs to the right edge with an arrow) and a label, packed into lanes so no
 * two labels overlap. Where more events fall into a few pixels than lanes can hold, they become
 * count badges, one per pixel bucket. Narrow containers get the vertical list instead.
 * All coordinates are whole pixels.
 */
import { LanePacker, type Extent } from './lanes.js';
import type { TimelineItem } from './model.js';
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
  /** Centre of the marker. */
  x: number;
  y: number;
  /** The period as a bar: a year-only event spans its year; an open span ends at the right edge. */
  barX0: number;
  barX1: number;
  open: boolean;
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
  axis: { y: number; x0: number; x1: number; ticks: AxisTick[]; top: number };
  marks: EventMark[];
  clusters: ClusterMark[];
}

export type TimelineLayout = HorizontalLayout | { orientation: 'vertical'; width: number };

const DAY = 86_400_000;
const MIN_SPAN = 7 * DAY;
const GAP = 12;
const ARROW = 9;
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

const box = (x0: number, y0: number, x1: number, y1: number): Box => ({ x0, y0, x1, y1 });


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
    badgeHeight: lineHeight + 6,
  };
}
type Metrics = ReturnType<typeof metrics>;

/** An event's extent with and without its label, before it has a lane. */
interface Plan {
  item: TimelineItem;
  x0: number;
  x1: number;
  lines: string[];
  labelX0: number;
  labelWidth: number;
  anchor: 'start' | 'end';
  bare: Extent;
  labelled: Extent;
}

function plan(item: TimelineItem, x: (ms: number) => number, right: number, width: number, m: Metrics): Plan {
  const x0 = x(item.start);
  // An open span runs to the right edge: it has not ended.
  const x1 = item.open ? right : Math.max(x0, x(item.end));
  const lines = wrapText(item.event.title, Math.min(280, Math.max(150, Math.round(width * 0.3))), m.em);
  const labelWidth = Math.ceil(Math.max(0, ...lines.map((line) => textWidth(line, m.em))));
  const left = x0 - m.markerSize / 2;
  // Labels start at their marker; near the right edge they end at the edge instead.
  const anchor = left + labelWidth <= width ? 'start' : 'end';
  const labelX0 = anchor === 'start' ? left : width - EDGE_INSET - labelWidth;
  const bare: Extent = { x0: left, x1: Math.max(x1 + (item.open ? ARROW : 0), x0 + m.markerSize / 2) };
  const labelled: Extent = { x0: Math.min(bare.x0, labelX0), x1: Math.max(bare.x1, labelX0 + labelWidth) };
  return { item, x0, x1, lines, labelX0, labelWidth, anchor, bare, labelled };
}

function mark(p: Plan, lane: number, labelled: boolean, width: number, m: Metrics): EventMark {
  const laneTop = TOP + lane * m.laneHeight;
  const lines = labelled ? p.lines : [];
  const y = Math.round(laneTop + 2 * m.lineHeight + 4 + m.markerSize / 2);
  const labelTop = laneTop + (2 - lines.length) * m.lineHeight;
  const extent = labelled ? p.labelled : p.bare;
  return {
    index: p.item.index,
    id: p.item.event.id,
    lane,
    x: p.x0,
    y,
    barX0: p.x0,
    barX1: p.x1,
    open: p.item.open,
    lines,
    labelX: Math.round(p.anchor === 'start' ? p.labelX0 : width - EDGE_INSET),
    labelY: labelTop + m.lineHeight - Math.round(m.fontSize * 0.25),
    anchor: p.anchor,
    labelBox: lines.length
      ? box(Math.round(p.labelX0), labelTop, Math.round(p.labelX0 + p.labelWidth), labelTop + lines.length * m.lineHeight)
      : box(0, 0, 0, 0),
    hit: box(
      Math.floor(Math.min(extent.x0, p.x0 - 12)),
      lines.length ? labelTop : y - 12,
      Math.ceil(Math.max(extent.x1, p.x0 + 12)),
      Math.round(y + Math.max(12, m.markerSize / 2 + 4)),
    ),
  };
}

export function layoutTimeline(items: readonly TimelineItem[], options: LayoutOptions): TimelineLayout {
  const width = Math.round(options.width);
  if (width < HORIZONTAL_MIN_WIDTH || items.length === 0) return { orientation: 'vertical', width };
  const m = metrics(options);
  const maxLanes = options.maxLanes ?? 6;
  const scale = timeScale(timeDomain(items), [m.markerSize, width - m.markerSize - ARROW]);
  const x = (ms: number) => Math.round(scale(ms));
  const [left, right] = scale.range.map(Math.round);

  // 1. Pixel buckets as wide as a badge for the largest count; a bucket with more events than
  //    lanes becomes a badge at once.
  const badgeWidth = 2 * Math.ceil(Math.max(28, textWidth(String(items.length), m.em) + 12) / 2);
  const bucketCount = Math.max(1, Math.floor(width / (badgeWidth + 4)));
  const bucketWidth = width / bucketCount;
  const bucketOf = (px: number) => Math.min(bucketCount - 1, Math.max(0, Math.floor(px / bucketWidth)));
  const buckets: TimelineItem[][] = Array.from({ length: bucketCount }, () => []);
  for (const item of items) buckets[bucketOf(x(item.start))].push(item);
  const clustered = new Map<number, number[]>();
  const plans: Plan[] = [];
  buckets.forEach((bucket, b) => {
    if (bucket.length > maxLanes) clustered.set(b, bucket.map((item) => item.index));
    else for (const item of bucket) plans.push(plan(item, x, right, width, m));
  });

  // 2. Lanes, in order of left edges: with the label if it fits, else the bare marker, else the
  //    event joins its bucket's badge.
  plans.sort((a, b) => a.labelled.x0 - b.labelled.x0 || a.item.index - b.item.index);
  const packer = new LanePacker(maxLanes, GAP);
  const marks: EventMark[] = [];
  for (const p of plans) {
    const withLabel = packer.place(p.labelled);
    const lane = withLabel >= 0 ? withLabel : packer.place(p.bare);
    if (lane >= 0) marks.push(mark(p, lane, withLabel >= 0, width, m));
    else {
      const b = bucketOf(p.x0);
      clustered.set(b, [...(clustered.get(b) ?? []), p.item.index]);
    }
  }
  marks.sort((a, b) => a.index - b.index);

  // 3. Below the lanes, the badge row, then the axis.
  const badgeTop = TOP + packer.count * m.laneHeight + (clustered.size ? 4 : 0);
  const axisY = badgeTop + (clustered.size ? m.badgeHeight + 8 : 0);
  const clusters = [...clustered.entries()]
    .sort(([a], [b]) => a - b)
    .map(([b, indices]): ClusterMark => {
      const centre = Math.round((b + 0.5) * bucketWidth);
      return {
        x: centre,
        y: Math.round(badgeTop + m.badgeHeight / 2),
        width: badgeWidth,
        height: m.badgeHeight,
        indices: indices.sort((p, q) => p - q),
        box: box(centre - badgeWidth / 2, badgeTop, centre + badgeWidth / 2, badgeTop + m.badgeHeight),
      };
    });

  return {
    orientation: 'horizontal',
    width,
    height: axisY + 8 + m.lineHeight + 4,
    fontSize: m.fontSize,
    lineHeight: m.lineHeight,
    markerSize: m.markerSize,
    lanes: packer.count,
    axis: { y: axisY, x0: left, x1: right, ticks: chooseTicks(scale, options.lang, m.em, width), top: TOP },
    marks,
    clusters,
  };
}
