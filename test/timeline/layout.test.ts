import { expect } from '@open-wc/testing';
import { defaultDataFor } from '../../src/data/default-dataset.js';
import type { TimelineEvent } from '../../src/data/types.js';
import { validateRows } from '../../src/data/validate.js';
import { HORIZONTAL_MIN_WIDTH, layoutTimeline, type HorizontalLayout } from '../../src/timeline/layout.js';
import { buildModel, type TimelineItem } from '../../src/timeline/model.js';
import { textWidth, wrapText } from '../../src/timeline/text-width.js';
import { ticksFit } from '../../src/timeline/ticks.js';
import { syntheticEvents } from '../fixtures/timeline-synthetic-events.js';
import { expectNoOverlaps, horizontal } from './layout-helpers.js';

const NOW = new Date(Date.UTC(2025, 10, 1));
const ARTICLE = buildModel(defaultDataFor('events').rows, NOW).items;
const itemsOf = (raw: unknown[]): TimelineItem[] => buildModel(validateRows('events', raw).rows as TimelineEvent[], NOW).items;
const SYNTHETIC_500 = itemsOf(syntheticEvents(500));
const SYNTHETIC_5000 = itemsOf(syntheticEvents(5000));

function numbers(value: unknown, found: number[] = []): number[] {
  if (typeof value === 'number') found.push(value);
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => numbers(v, found));
  return found;
}

describe('timeline layout', () => {
  it('is vertical below 600 px of container width and horizontal from 600 px', () => {
    expect(layoutTimeline(ARTICLE, { width: 320, lang: 'en' }).orientation).to.equal('vertical');
    expect(layoutTimeline(ARTICLE, { width: HORIZONTAL_MIN_WIDTH - 1, lang: 'en' }).orientation).to.equal('vertical');
    expect(layoutTimeline(ARTICLE, { width: HORIZONTAL_MIN_WIDTH, lang: 'en' }).orientation).to.equal('horizontal');
    expect(layoutTimeline([], { width: 1200, lang: 'en' }).orientation).to.equal('vertical');
  });

  it('labels the article years as "2020" … on a scale from 2020 to the end of the last period', () => {
    for (const width of [600, 1200]) {
      const layout = horizontal(ARTICLE, width);
      expect(layout.axis.ticks.map((t) => t.label)).to.deep.equal(['2020', '2021', '2022', '2023', '2024', '2025', '2026']);
      expect(layout.axis.ticks[0].x).to.equal(layout.axis.x0);
      expect(layout.axis.ticks.at(-1)!.x).to.equal(layout.axis.x1);
    }
    expect(horizontal(ARTICLE, 600, 'ru').axis.ticks[0].label).to.equal('2020');
  });

  it('draws a year-only event as a point in the middle of its year, and runs open spans to the right edge', () => {
    const layout = horizontal(ARTICLE, 1200);
    const tick = (label: string) => layout.axis.ticks.find((t) => t.label === label)!.x;
    const election = layout.marks.find((m) => m.id === 'election-2020')!;
    expect(election.kind).to.equal('point');
    expect([election.barX0, election.barX1]).to.deep.equal([election.x, election.x]);
    expect(election.x).to.be.closeTo((tick('2020') + tick('2021')) / 2, 1);
    expect(election.open).to.equal(false);
    for (const id of ['sanctions', 'ambassador']) {
      const span = layout.marks.find((m) => m.id === id)!;
      expect(span.kind, id).to.equal('span');
      expect(span.open && span.after, id).to.equal(true);
      expect(span.barX0, id).to.equal(tick('2020'));
      expect(span.barX1, id).to.equal(layout.axis.x1);
    }
  });

  it('packs labels into lanes so no two label boxes overlap (article data, 600 to 1200 px)', () => {
    for (const width of [600, 601, 700, 800, 1000, 1200, 2000]) {
      const layout = horizontal(ARTICLE, width);
      expect(layout.marks.length, `${width}`).to.equal(6);
      expect(
        layout.marks.every((m) => m.lines.length > 0),
        `${width}: every article event labelled`,
      ).to.equal(true);
      expectNoOverlaps(layout, `article at ${width}px`);
    }
  });

  it('keeps the marks of one lane apart', () => {
    for (const items of [ARTICLE, itemsOf(syntheticEvents(40))]) {
      const layout = horizontal(items, 900);
      expect(layout.marks.filter((m) => m.lane > 0).length).to.be.greaterThan(1);
      for (let lane = 0; lane < layout.lanes; lane++) {
        const inLane = layout.marks.filter((m) => m.lane === lane).sort((a, b) => a.hit.x0 - b.hit.x0);
        for (let i = 1; i < inLane.length; i++) expect(inLane[i].hit.x0).to.be.at.least(inLane[i - 1].hit.x1);
      }
    }
  });

  it('never overlaps text on synthetic data at any width, font size or locale', () => {
    for (const items of [SYNTHETIC_500, SYNTHETIC_5000, itemsOf(syntheticEvents(40, { from: 2024, to: 2024 }))]) {
      for (const width of [600, 750, 1200, 1600]) {
        for (const [lang, fontSize] of [
          ['en', 16],
          ['ru', 20],
          ['be', 13],
        ] as const) {
          expectNoOverlaps(horizontal(items, width, lang, fontSize), `${items.length} events, ${width}px, ${lang} ${fontSize}px`);
        }
      }
    }
  });

  it('turns what cannot be labelled into count badges, and loses no event', () => {
    const layout = horizontal(SYNTHETIC_5000, 1200);
    expect(layout.clusters.length).to.be.greaterThan(5);
    expect(layout.lanes).to.be.at.most(6);
    const shown = [...layout.marks.map((m) => m.index), ...layout.clusters.flatMap((c) => c.indices)].sort((a, b) => a - b);
    expect(shown).to.deep.equal(SYNTHETIC_5000.map((item) => item.index));
    for (const cluster of layout.clusters) expect(cluster.box.x1 - cluster.box.x0).to.equal(cluster.width);
    expect(horizontal(ARTICLE, 600).clusters).to.deep.equal([]);
  });

  it('respects the lane limit', () => {
    const layout = layoutTimeline(SYNTHETIC_500, { width: 1200, lang: 'en', maxLanes: 2 }) as HorizontalLayout;
    expect(layout.lanes).to.be.at.most(2);
    expectNoOverlaps(layout, 'two lanes');
  });

  it('uses whole-pixel coordinates only and is deterministic', () => {
    for (const items of [ARTICLE, SYNTHETIC_500]) {
      const layout = horizontal(items, 777, 'en', 17);
      const bad = numbers({ ...layout, lineHeight: 0 }).filter((n) => !Number.isInteger(n));
      expect(bad, 'non-integer coordinates').to.deep.equal([]);
      expect(horizontal(items, 777, 'en', 17)).to.deep.equal(layout);
    }
  });
});

describe('timeline ticks', () => {
  const span = (from: string, to: string) => itemsOf([{ date: from, end: to, title: 'Range' }]);

  it('chooses fewer, coarser ticks as the width shrinks, and their labels always fit', () => {
    const ranges = [span('1950', '2025'), span('2000', '2025'), span('2024-01', '2025-06'), span('2025-03', '2025-05'), span('2025-10-01', '2025-10-09')];
    for (const items of ranges) {
      let previous = Infinity;
      for (const width of [2400, 1600, 1200, 900, 600]) {
        const { ticks } = horizontal(items, width).axis;
        expect(ticks.length, `${width}`).to.be.at.least(2);
        expect(ticks.length, `${width}`).to.be.at.most(previous);
        expect(ticksFit(ticks), `${width}`).to.equal(true);
        previous = ticks.length;
      }
    }
  });

  it('labels each tick at its own precision', () => {
    // The axis runs over whole years, and its first and last years are labelled.
    expect(horizontal(span('1950', '2025'), 600).axis.ticks.map((t) => t.label)).to.deep.equal([
      '1950',
      '1960',
      '1970',
      '1980',
      '1990',
      '2000',
      '2010',
      '2026',
    ]);
    expect(horizontal(span('1950', '2025'), 600, 'en', 40).axis.ticks.map((t) => t.label)).to.deep.equal(['1950', '1980', '2000', '2026']);
    const months = horizontal(span('2025-03', '2025-05'), 1200).axis.ticks;
    expect(months[0].label).to.equal('Mar 2025');
    expect(months.map((t) => t.label)).to.include.members(['Apr', 'May']);
    const days = horizontal(span('2025-10-01', '2025-10-09'), 1200).axis.ticks;
    expect(days[0].label).to.equal('Oct 2025');
    expect(days.slice(1).every((t) => /^Oct \d+$/.test(t.label))).to.equal(true);
    expect(horizontal(span('2025-03', '2025-05'), 1200, 'ru').axis.ticks.map((t) => t.label)).to.include('апр.');
    expect(horizontal(span('2025-03', '2025-05'), 1200, 'be').axis.ticks.some((t) => t.label.startsWith('кра'))).to.equal(true);
  });

  it('gives a single day a week of context instead of hours', () => {
    const { ticks } = horizontal(itemsOf([{ date: '2022-02-24', title: 'One day' }]), 1200).axis;
    expect(ticks.every((t) => t.precision !== 'year' || t.label.length === 4)).to.equal(true);
    expect(ticks.every((t) => t.date % 86_400_000 === 0)).to.equal(true);
  });
});

describe('label text estimate', () => {
  it('wraps at spaces into two lines and shortens the rest with an ellipsis', () => {
    expect(wrapText('Fraudulent election and suppression of protests', 400, 13)).to.deep.equal(['Fraudulent election and suppression of protests']);
    const lines = wrapText('Fraudulent election and suppression of protests', 150, 13);
    expect(lines).to.have.length(2);
    expect(lines[0]).to.equal('Fraudulent election');
    for (const line of lines) expect(textWidth(line, 13)).to.be.at.most(150);
    const cut = wrapText('Invasion of Ukraine staged in part from Belarus by troops', 120, 13);
    expect(cut).to.have.length(2);
    expect(cut[1].endsWith('…')).to.equal(true);
    expect(wrapText('Supercalifragilisticexpialidocious words', 60, 13)[0].endsWith('…')).to.equal(true);
  });
});
