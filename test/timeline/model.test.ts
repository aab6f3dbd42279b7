import { expect } from '@open-wc/testing';
import { defaultDataFor } from '../../src/data/default-dataset.js';
import type { TimelineEvent } from '../../src/data/types.js';
import { validateRows } from '../../src/data/validate.js';
import { formatPartialDate, parsePartialDate } from '../../src/format/partial-date.js';
import { categoryStyle, markerPath, MARKER_SHAPES } from '../../src/timeline/markers.js';
import { buildModel, categoryName, datePieces, dateText, eventIdFromHash, hashForEvent, nextIndex, pageStartOf } from '../../src/timeline/model.js';
import { TIMELINE_STRINGS } from '../../src/timeline/strings.js';
// Every shipped language in the tables, as the ES modules and the single-file script have them.
import '../../src/locales/bundled.js';

const ARTICLE = defaultDataFor('events').rows;
const NOW = new Date(Date.UTC(2025, 10, 1));
const rows = (raw: unknown[]) => validateRows('events', raw).rows as TimelineEvent[];
const { en, ru, be } = TIMELINE_STRINGS;

describe('timeline model', () => {
  it('orders the article events chronologically, ties in the data order', () => {
    const model = buildModel([...ARTICLE].reverse(), NOW);
    expect(model.items.map((item) => item.event.id)).to.deep.equal(['ambassador', 'sanctions', 'election-2020', 'invasion-2022', 'prisoner-release', 'thaw']);
    expect(buildModel(ARTICLE, NOW).items.map((item) => item.event.id)).to.deep.equal([
      'election-2020',
      'sanctions',
      'ambassador',
      'invasion-2022',
      'thaw',
      'prisoner-release',
    ]);
    expect(model.items.map((item) => item.index)).to.deep.equal([0, 1, 2, 3, 4, 5]);
  });

  it('gives a year-only event its whole year and an open span the injected "now"', () => {
    const model = buildModel(ARTICLE, NOW);
    const election = model.byId.get('election-2020')!;
    expect(new Date(election.start).toISOString()).to.equal('2020-01-01T00:00:00.000Z');
    expect(new Date(election.end).toISOString()).to.equal('2021-01-01T00:00:00.000Z');
    expect(election.open).to.equal(false);
    const sanctions = model.byId.get('sanctions')!;
    expect(sanctions.open).to.equal(true);
    expect(sanctions.end).to.equal(NOW.getTime());
    const release = model.byId.get('prisoner-release')!;
    expect(new Date(release.end).toISOString()).to.equal('2026-01-01T00:00:00.000Z');
    // "now" before the start never makes a span end before it begins.
    expect(buildModel(ARTICLE, new Date(Date.UTC(2019, 0, 1))).byId.get('sanctions')!.end).to.equal(election.end);
  });

  it('closes a span at the end of its end period', () => {
    const [item] = buildModel(rows([{ date: '2020-03', end: '2021', title: 'A' }]), NOW).items;
    expect(new Date(item.end).toISOString()).to.equal('2022-01-01T00:00:00.000Z');
  });

  it('styles categories in order of first appearance, never by colour alone', () => {
    const model = buildModel(ARTICLE, NOW);
    expect(model.categories.map((c) => c.key)).to.deep.equal(['politics', 'sanctions', 'diplomacy', 'war', 'human-rights']);
    expect(new Set(model.categories.map((c) => c.shape)).size).to.equal(5);
    const pairs = new Set(Array.from({ length: 64 }, (_, i) => JSON.stringify(categoryStyle(i))));
    expect(pairs.size).to.equal(64);
  });

  it('adds "no category" to the legend only beside real categories', () => {
    const mixed = buildModel(
      rows([
        { date: '2020', title: 'A', category: 'x' },
        { date: '2021', title: 'B' },
      ]),
      NOW,
    );
    expect(mixed.categories.map((c) => c.key)).to.deep.equal(['x', undefined]);
    expect(mixed.items[1].category).to.equal(-1);
    expect(buildModel(rows([{ date: '2020', title: 'A' }]), NOW).categories).to.deep.equal([]);
  });

  it('translates the known categories and shows others as given', () => {
    const [politics, , , , rights] = buildModel(ARTICLE, NOW).categories;
    expect(categoryName(politics, en)).to.equal('Politics');
    expect(categoryName(rights, ru)).to.equal('Права человека');
    expect(categoryName(politics, be)).to.equal('Палітыка');
    expect(categoryName({ key: 'Economy', colour: 0, shape: 'circle' }, ru)).to.equal('Economy');
    expect(categoryName({ key: undefined, colour: -1, shape: 'circle' }, be)).to.equal('Без катэгорыі');
    expect(categoryName({ key: 'constructor', colour: 0, shape: 'circle' }, en)).to.equal('constructor');
    expect(categoryName({ key: 'toString', colour: 0, shape: 'circle' }, en)).to.equal('toString');
  });

  it('reads dates at their precision, spans with both ends', () => {
    const [election, sanctions] = buildModel(ARTICLE, NOW).items;
    const release = buildModel(ARTICLE, NOW).byId.get('prisoner-release')!;
    expect(dateText(election.event, 'en', en)).to.equal('2020');
    expect(dateText(release.event, 'en', en)).to.equal('2025');
    expect(dateText(sanctions.event, 'en', en)).to.equal('2020 – present');
    expect(datePieces(sanctions.event, 'en', en)).to.deep.equal([{ datetime: '2020', text: '2020' }, ' – present']);
    const year = formatPartialDate(parsePartialDate('2020')!, 'ru');
    expect(dateText(sanctions.event, 'ru', ru)).to.equal(`с ${year} по настоящее время`);
    expect(dateText(sanctions.event, 'be', be)).to.match(/^з 2020.* па цяперашні час$/);
    const [closed] = rows([{ date: '2020', end: '2022-02', title: 'A' }]);
    expect(datePieces(closed, 'en', en)).to.deep.equal([{ datetime: '2020', text: '2020' }, ' – ', { datetime: '2022-02', text: 'February 2022' }]);
  });

  it('moves between events with arrows in either orientation, Home and End', () => {
    expect(nextIndex('ArrowRight', 2, 6)).to.equal(3);
    expect(nextIndex('ArrowDown', 2, 6)).to.equal(3);
    expect(nextIndex('ArrowLeft', 2, 6)).to.equal(1);
    expect(nextIndex('ArrowUp', 2, 6)).to.equal(1);
    expect(nextIndex('ArrowDown', 5, 6)).to.equal(5);
    expect(nextIndex('ArrowUp', 0, 6)).to.equal(0);
    expect(nextIndex('Home', 4, 6)).to.equal(0);
    expect(nextIndex('End', 0, 6)).to.equal(5);
    expect(nextIndex('ArrowDown', -1, 6)).to.equal(0);
    expect(nextIndex('a', 1, 6)).to.equal(undefined);
    expect(nextIndex('End', 0, 0)).to.equal(undefined);
  });

  it('reads and writes #event-<id> deep links', () => {
    expect(eventIdFromHash('#event-prisoner-release')).to.equal('prisoner-release');
    expect(eventIdFromHash(hashForEvent('выбары 2020'))).to.equal('выбары 2020');
    expect(hashForEvent('a b')).to.equal('#event-a%20b');
    for (const other of ['', '#', '#event-', '#events', '#top', '#event-%E0%A4%A']) expect(eventIdFromHash(other), other).to.equal(undefined);
  });

  it('pages long lists in windows of 100', () => {
    expect(pageStartOf(0)).to.equal(0);
    expect(pageStartOf(99)).to.equal(0);
    expect(pageStartOf(100)).to.equal(100);
    expect(pageStartOf(4999)).to.equal(4900);
    expect(pageStartOf(-1)).to.equal(0);
  });

  it('draws every marker shape as a closed, rounded path', () => {
    for (const shape of MARKER_SHAPES) {
      const path = markerPath(shape, 12);
      expect(path, shape).to.match(/^M.*Z$/);
      for (const n of path.match(/-?\d+(\.\d+)?/g)!) expect(Math.abs(Number(n)), shape).to.be.at.most(9);
    }
  });
});
