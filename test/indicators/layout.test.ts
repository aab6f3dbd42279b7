import { expect } from '@open-wc/testing';
import { defaultDataFor } from '../../src/data/default-dataset.js';
import { drawingLabel } from '../../src/indicators/drawing.js';
import { BAR, barLayout, UNITS, unitsLayout, unitsPerMark } from '../../src/indicators/layout.js';
import { INDICATOR_STRINGS } from '../../src/indicators/strings.js';

const [prisoners, , , , freedomHouse] = defaultDataFor('indicators').rows;

describe('indicators layout: bars', () => {
  it('puts Freedom House 12 at 12% of a 0-100 scale, with ticks from 0 to 100', () => {
    const bar = barLayout(12, 100)!;
    expect(bar.fill).to.equal(0.12 * BAR.width);
    expect(bar.ticks[0]).to.equal(0);
    expect(bar.ticks[bar.ticks.length - 1]).to.equal(BAR.width);
  });

  it('always ends the scale at max, even when max is not a round tick', () => {
    const bar = barLayout(3, 7)!;
    expect(bar.ticks[bar.ticks.length - 1]).to.equal(BAR.width);
    expect(bar.fill).to.equal(Math.round((3 / 7) * BAR.width * 100) / 100);
  });

  it('draws nothing it cannot draw honestly', () => {
    expect(barLayout(120, 100)).to.equal(undefined);
    expect(barLayout(-1, 100)).to.equal(undefined);
    expect(barLayout(1, 0)).to.equal(undefined);
    expect(barLayout(Number.NaN, 10)).to.equal(undefined);
  });
});

describe('indicators layout: units', () => {
  it('draws 52 released prisoners as 52 marks, 20 to a row', () => {
    const units = unitsLayout(52)!;
    expect(units.perMark).to.equal(1);
    expect(units.marks).to.have.length(52);
    expect(new Set(units.marks.map((m) => m.y)).size).to.equal(3);
    expect(units.marks.every((m) => m.width === UNITS.size)).to.equal(true);
    expect(units.height).to.equal(3 * (UNITS.size + UNITS.gap) - UNITS.gap);
  });

  it('leaves a wider gap after every fifth mark so they can be counted', () => {
    const [a, b, , , e, f] = unitsLayout(6)!.marks;
    expect(b.x - a.x).to.equal(UNITS.size + UNITS.gap);
    expect(f.x - e.x).to.equal(UNITS.size + UNITS.gap + UNITS.groupGap);
  });

  it('lets a mark stand for a round number of units when there are many', () => {
    expect(unitsPerMark(100)).to.equal(1);
    expect(unitsPerMark(101)).to.equal(2);
    expect(unitsPerMark(1500)).to.equal(20);
    expect(unitsPerMark(10_000)).to.equal(100);
    expect(unitsLayout(1500)!.marks).to.have.length(75);
  });

  it('draws a fraction as a partial last mark, and nothing for zero or less', () => {
    const marks = unitsLayout(2.5)!.marks;
    expect(marks.map((m) => m.width)).to.deep.equal([UNITS.size, UNITS.size, UNITS.size / 2]);
    expect(unitsLayout(0)).to.equal(undefined);
    expect(unitsLayout(-3)).to.equal(undefined);
    expect(unitsLayout(Number.POSITIVE_INFINITY)).to.equal(undefined);
  });
});

describe('indicators layout: text equivalents', () => {
  it('says what the drawings show, in each language', () => {
    expect(drawingLabel(freedomHouse, INDICATOR_STRINGS.en, 'en')).to.equal('12 out of 100 points');
    expect(drawingLabel(prisoners, INDICATOR_STRINGS.en, 'en')).to.equal('52 prisoners, one mark each');
    expect(drawingLabel(freedomHouse, INDICATOR_STRINGS.ru, 'ru')).to.equal('12 из 100 (points)');
    expect(drawingLabel(prisoners, INDICATOR_STRINGS.be, 'be')).to.equal('52 (prisoners), па адной адзнацы на адзінку');
  });

  it('names the value each mark stands for when it is more than one', () => {
    const row = { id: 'x', indicator: 'Synthetic', status: '1,500', value: 1500, unit: 'cases' };
    expect(drawingLabel(row, INDICATOR_STRINGS.en, 'en')).to.equal('1,500 cases, each mark stands for 20');
    expect(drawingLabel({ ...row, value: 0 }, INDICATOR_STRINGS.en, 'en')).to.equal(undefined);
  });
});
