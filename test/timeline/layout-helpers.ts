// Helpers for the DOM-free layout tests: a horizontal layout or a failure, and every text box a
// reader sees (labels, badges, tick labels) inside the picture and apart from each other.
import { expect } from '@open-wc/testing';
import { TICK_LENGTH } from '../../src/timeline/geometry.js';
import { layoutTimeline, type Box, type HorizontalLayout, type LayoutOptions } from '../../src/timeline/layout.js';
import type { TimelineItem } from '../../src/timeline/model.js';

export function horizontal(items: readonly TimelineItem[], width: number, lang = 'en', fontSize = 16, options: Partial<LayoutOptions> = {}): HorizontalLayout {
  const layout = layoutTimeline(items, { width, lang, fontSize, ...options });
  if (layout.orientation !== 'horizontal') throw new Error(`expected a horizontal layout at ${width}px`);
  return layout;
}

export const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Every box a reader sees text in: event labels, badges and tick labels. */
export function textBoxes(layout: HorizontalLayout): Array<{ name: string; box: Box }> {
  const { axis, lineHeight } = layout;
  return [
    ...layout.marks.filter((m) => m.lines.length).map((m) => ({ name: `label ${m.id}`, box: m.labelBox })),
    ...layout.clusters.map((c) => ({ name: `badge ${c.indices[0]}`, box: c.box })),
    ...axis.ticks.map((t) => ({
      name: `tick ${t.label}`,
      box: { x0: t.labelX - t.width / 2, x1: t.labelX + t.width / 2, y0: axis.y + TICK_LENGTH, y1: axis.y + TICK_LENGTH + lineHeight },
    })),
  ];
}

export function expectNoOverlaps(layout: HorizontalLayout, context: string): void {
  const boxes = textBoxes(layout);
  for (let i = 0; i < boxes.length; i++) {
    const { box } = boxes[i];
    expect(box.x0 >= 0 && box.x1 <= layout.width, `${context}: ${boxes[i].name} inside the picture`).to.equal(true);
    for (let j = i + 1; j < boxes.length; j++) {
      expect(overlaps(box, boxes[j].box), `${context}: ${boxes[i].name} overlaps ${boxes[j].name}`).to.equal(false);
    }
  }
}
