// The timeline's layout at a newsroom's density (the SYNTHETIC 60-event fixture): no event lost,
// busy years counted in badges of whole calendar periods, a badge's period as its own layout,
// open spans never swallowed, first and last years labelled, and a year that is not a period.
import { expect } from '@open-wc/testing';
import type { TimelineEvent } from '../../src/data/types.js';
import { validateFor, validateRows } from '../../src/data/validate.js';
import { periodEnd } from '../../src/format/partial-date.js';
import type { HorizontalLayout } from '../../src/timeline/layout.js';
import { buildModel, type TimelineItem } from '../../src/timeline/model.js';
import { addUnits, inPeriod } from '../../src/timeline/periods.js';
import { expectNoOverlaps, horizontal } from './layout-helpers.js';
import { newsroomDataset, newsroomEvents } from './newsroom-fixture.js';

const { rows, meta } = validateFor('events', newsroomDataset());
const AS_OF = periodEnd(meta.asOf!);
const NEWSROOM = buildModel(rows, AS_OF, meta.categories).items;
const byTitle = (items: readonly TimelineItem[], title: string) => items.find((item) => item.event.title === title)!;
const OPEN_SPAN = byTitle(NEWSROOM, 'Synthetic open span: sanctions review');
const sorted = (indices: number[]) => [...indices].sort((a, b) => a - b);
const drawn = (layout: HorizontalLayout) => sorted([...layout.marks.map((m) => m.index), ...layout.clusters.flatMap((c) => c.indices)]);
const year = (y: number) => Date.UTC(y, 0, 1);

describe('timeline layout with 60 synthetic events over 10 years', () => {
  for (const width of [600, 760, 1200]) {
    it(`loses no event, keeps the open span and labels the first and last years at ${width} px`, () => {
      const layout = horizontal(NEWSROOM, width);
      expect(drawn(layout)).to.deep.equal(NEWSROOM.map((item) => item.index));
      const open = layout.marks.find((m) => m.index === OPEN_SPAN.index);
      expect(open, 'the open span is drawn').to.exist;
      expect(open!.kind).to.equal('span');
      expect(open!.after, 'with its arrow').to.equal(true);
      expect(open!.barX1).to.equal(layout.axis.x1);
      const { ticks } = layout.axis;
      expect([ticks[0].label, ticks.at(-1)!.label]).to.deep.equal(['2015', '2025']);
      expect([ticks[0].x, ticks.at(-1)!.x]).to.deep.equal([layout.axis.x0, layout.axis.x1]);
      expectNoOverlaps(layout, `${width}px`);
    });
  }

  it('counts whole calendar years in its badges, each holding the events of its year that are not drawn', () => {
    const layout = horizontal(NEWSROOM, 760);
    expect(layout.clusters.length).to.be.greaterThan(2);
    for (const cluster of layout.clusters) {
      const { from, to, unit } = cluster.period;
      expect(unit).to.equal('year');
      expect(new Date(from).getUTCMonth() + new Date(from).getUTCDate()).to.equal(1);
      expect(to).to.equal(addUnits(from, 'year', 1));
      const inYear = NEWSROOM.filter((item) => !item.span && inPeriod(item, cluster.period)).map((item) => item.index);
      expect(cluster.indices).to.deep.equal(inYear);
      expect(cluster.box.y1 - cluster.box.y0, 'a 24 px target').to.be.at.least(24);
      expect(cluster.box.x1 - cluster.box.x0).to.be.at.least(24);
    }
  });

  it('lays out a badge’s period on its own: the axis covers exactly it, and every event in it is drawn', () => {
    const busiest = horizontal(NEWSROOM, 760).clusters.reduce((a, b) => (b.indices.length > a.indices.length ? b : a));
    expect(busiest.period.from).to.equal(year(2019));
    const zoomed = horizontal(NEWSROOM, 760, 'en', 16, { period: busiest.period });
    expect(zoomed.view).to.deep.equal(busiest.period);
    const inside = NEWSROOM.filter((item) => inPeriod(item, busiest.period)).map((item) => item.index);
    expect(drawn(zoomed)).to.deep.equal(inside);
    expect(zoomed.clusters, 'the year opened has room for all its events').to.deep.equal([]);
    expect(zoomed.marks.filter((m) => m.lines.length).length).to.be.at.least(inside.length - 2);
    const { ticks } = zoomed.axis;
    expect([ticks[0].label, ticks.at(-1)!.label]).to.deep.equal(['2019', '2020']);
    expect(ticks.map((t) => t.label)).to.include.members(['Apr', 'Jul', 'Oct']);
    expectNoOverlaps(zoomed, 'zoomed to 2019');
  });

  it('runs spans through an opened period from edge to edge, with arrows where they go on', () => {
    const closed = byTitle(NEWSROOM, 'Synthetic closed span: protests'); // 2020-08 to 2021-03
    const in2021 = horizontal(NEWSROOM, 760, 'en', 16, { period: { from: year(2021), to: year(2022), unit: 'year' } });
    const mark = in2021.marks.find((m) => m.index === closed.index)!;
    expect([mark.kind, mark.before, mark.after]).to.deep.equal(['span', true, false]);
    expect(mark.barX0).to.equal(in2021.axis.x0);
    expect(mark.barX1).to.be.within(in2021.axis.x0 + 10, in2021.axis.x0 + (in2021.axis.x1 - in2021.axis.x0) / 3);
    const in2024 = horizontal(NEWSROOM, 760, 'en', 16, { period: { from: year(2024), to: year(2025), unit: 'year' } });
    const open = in2024.marks.find((m) => m.index === OPEN_SPAN.index)!;
    expect([open.before, open.after, open.barX1]).to.deep.equal([false, true, in2024.axis.x1]);
  });

  it('never lets an open span disappear into a badge, however crowded its years', () => {
    const crowd = Array.from({ length: 120 }, (_, i) => ({
      date: `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      title: `Synthetic crowd ${i}`,
      category: 'crowd',
    }));
    const items = buildModel(validateRows('events', [...crowd, ...newsroomEvents()]).rows as TimelineEvent[], AS_OF).items;
    const open = byTitle(items, 'Synthetic open span: sanctions review');
    for (const [width, maxLanes] of [
      [760, 6],
      [600, 2],
      [1200, 1],
    ] as const) {
      const layout = horizontal(items, width, 'en', 16, { maxLanes });
      const mark = layout.marks.find((m) => m.index === open.index);
      expect(mark, `${width}px, ${maxLanes} lanes`).to.exist;
      expect(mark!.after).to.equal(true);
      expect(drawn(layout)).to.deep.equal(items.map((item) => item.index));
    }
  });
});

describe('timeline: a year is not a period', () => {
  const NOW = new Date(Date.UTC(2024, 10, 1)); // as of October 2024
  const items = buildModel(
    validateRows('events', [
      { id: 'election', date: '2020', title: 'Year only' },
      { id: 'month', date: '2021-05', title: 'Month only' },
      { id: 'day', date: '2022-02-24', title: 'A day' },
      { id: 'thaw', date: '2024', title: 'Year only, its year running past the as-of date' },
      { id: 'cut', date: '2023-01', end: '2026', title: 'A span that ends after the as-of date' },
      { id: 'closed', date: '2020-03', end: '2021-06', title: 'A closed span' },
    ]).rows as TimelineEvent[],
    NOW,
  ).items;
  const layout = horizontal(items, 1200);
  const markOf = (id: string) => layout.marks.find((m) => m.id === id)!;
  const x = (ms: number) => layout.axis.x0 + ((ms - layout.view.from) / (layout.view.to - layout.view.from)) * (layout.axis.x1 - layout.axis.x0);

  it('draws events without an end as points in the middle of their year, month or day', () => {
    for (const [id, from, to] of [
      ['election', Date.UTC(2020, 0, 1), Date.UTC(2021, 0, 1)],
      ['month', Date.UTC(2021, 4, 1), Date.UTC(2021, 5, 1)],
      ['day', Date.UTC(2022, 1, 24), Date.UTC(2022, 1, 25)],
      ['thaw', Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1)],
    ] as const) {
      const mark = markOf(id);
      expect(mark.kind, id).to.equal('point');
      expect(mark.barX1 - mark.barX0, `${id}: no bar`).to.equal(0);
      expect(mark.after, id).to.equal(false);
      expect(mark.x, id).to.be.closeTo(x((from + to) / 2), 1);
    }
    expect(markOf('thaw').x, 'before the as-of date').to.be.below(x(NOW.getTime()));
  });

  it('keeps bars for spans with an end, cut at the as-of date with an arrow', () => {
    const closed = markOf('closed');
    expect([closed.kind, closed.after]).to.deep.equal(['span', false]);
    expect(closed.barX0).to.be.closeTo(x(Date.UTC(2020, 2, 1)), 1);
    expect(closed.barX1).to.be.closeTo(x(Date.UTC(2021, 6, 1)), 1);
    const cut = markOf('cut');
    expect([cut.kind, cut.after]).to.deep.equal(['span', true]);
    expect(cut.barX1).to.be.closeTo(x(NOW.getTime()), 1);
    expect(items.find((item) => item.event.id === 'cut')!.clipped).to.equal(true);
  });
});
