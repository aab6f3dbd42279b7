import { expect } from '@open-wc/testing';
import { defaultDataFor } from '../../src/data/default-dataset.js';
import type { Indicator } from '../../src/data/types.js';
import { validateRows } from '../../src/data/validate.js';
import { drawingLabel } from '../../src/indicators/drawing.js';
import { planDrawings } from '../../src/indicators/encoding.js';
import { BAR, barLayout, MIN_BAR, UNITS, unitsLayout } from '../../src/indicators/layout.js';
import { formatQuantity } from '../../src/indicators/quantity.js';
import { INDICATOR_STRINGS } from '../../src/indicators/strings.js';
// Every shipped language in the tables, as the ES modules and the single-file script have them.
import '../../src/locales/bundled.js';

const article = defaultDataFor('indicators').rows;
const [prisoners, , , , freedomHouse] = article;
/** Intl writes no-break spaces inside numbers (`2 400 $`); the expectations use plain ones. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** The text equivalent of each row's drawing, with the column the row is in. */
function labels(rows: Indicator[], lang: 'en' | 'ru' | 'be' = 'en'): Array<string | undefined> {
  const plan = planDrawings(rows);
  return rows.map((row) => {
    const drawing = plan.get(row);
    return drawing && plain(drawingLabel(row, drawing, INDICATOR_STRINGS[lang], lang));
  });
}

describe('indicators layout: bars', () => {
  it('puts Freedom House 12 at 12% of a 0-100 scale, with ticks from 0 to 100', () => {
    const bar = barLayout(12, [0, 100])!;
    expect([bar.x, bar.width, bar.zero]).to.deep.equal([0, 0.12 * BAR.width, 0]);
    expect(bar.ticks[0]).to.equal(0);
    expect(bar.ticks[bar.ticks.length - 1]).to.equal(BAR.width);
  });

  it('always ends the scale at its ends, even when they are not round ticks', () => {
    const bar = barLayout(3, [0, 7])!;
    expect(bar.ticks[bar.ticks.length - 1]).to.equal(BAR.width);
    expect(bar.width).to.equal(Math.round((3 / 7) * BAR.width * 100) / 100);
  });

  it('draws a negative value from zero to the left, on a scale that runs below zero', () => {
    const down = barLayout(-9.5, [-10, 15])!;
    const up = barLayout(11.8, [-10, 15])!;
    expect(down.zero).to.equal(80);
    expect([down.x, down.width]).to.deep.equal([4, 76]);
    expect([up.x, up.width]).to.deep.equal([80, 94.4]);
    expect(down.ticks).to.include(80);
  });

  it('shows a value too small for its scale as the narrowest bar, and zero as none', () => {
    expect(barLayout(1, [0, 10_000])!.width).to.equal(MIN_BAR);
    expect(barLayout(-1, [-10_000, 10])!.width).to.equal(MIN_BAR);
    expect(barLayout(0, [0, 10_000])!.width).to.equal(0);
  });

  it('draws nothing it cannot draw honestly', () => {
    expect(barLayout(120, [0, 100])).to.equal(undefined);
    expect(barLayout(-1, [0, 100])).to.equal(undefined);
    expect(barLayout(1, [0, 0])).to.equal(undefined);
    expect(barLayout(5, [2, 10]), 'a scale without zero').to.equal(undefined);
    expect(barLayout(Number.NaN, [0, 10])).to.equal(undefined);
  });
});

describe('indicators layout: units', () => {
  it('draws 52 released prisoners as 52 marks, 25 to a line', () => {
    const units = unitsLayout(52)!;
    expect(units.marks).to.have.length(52);
    expect(new Set(units.marks.map((m) => m.y)).size).to.equal(3);
    expect(units.height).to.equal(3 * (UNITS.size + UNITS.gap) - UNITS.gap);
  });

  it('leaves a wider gap after every fifth mark so they can be counted', () => {
    const [a, b, , , e, f] = unitsLayout(6)!.marks;
    expect(b.x - a.x).to.equal(UNITS.size + UNITS.gap);
    expect(f.x - e.x).to.equal(UNITS.size + UNITS.gap + UNITS.groupGap);
  });

  it('makes every drawing a whole line wide, so a narrow cell shrinks all marks alike', () => {
    expect(unitsLayout(3)!.width).to.equal(unitsLayout(100)!.width);
  });

  it('draws one mark per unit, only for whole counts from 1 to 100', () => {
    expect(unitsLayout(100)!.marks).to.have.length(100);
    for (const value of [101, 1500, 2.5, 0, -3, Number.POSITIVE_INFINITY]) expect(unitsLayout(value), String(value)).to.equal(undefined);
  });
});

describe('indicators layout: numbers as the data writes them', () => {
  it('keeps percent and currency signs in the locale’s pattern, with a true minus sign', () => {
    expect(formatQuantity(-9.5, '%', 'en')).to.equal('−9.5%');
    expect(formatQuantity(11.8, '%', 'en')).to.equal('11.8%');
    expect(formatQuantity(2400, '$', 'en')).to.equal('$2,400');
    expect(formatQuantity(-780, '$', 'en')).to.equal('−$780');
    expect(formatQuantity(150, '€', 'en')).to.equal('€150');
    expect(plain(formatQuantity(2400, '$', 'ru'))).to.equal('2 400 $');
    expect(plain(formatQuantity(-9.5, '%', 'ru'))).to.equal('−9,5 %');
    expect(formatQuantity(1243, 'people', 'en'), 'a word unit is left to the sentence').to.equal('1,243');
  });

  it('shortens only large scale ends', () => {
    expect(formatQuantity(10_000, undefined, 'en', { compact: true })).to.equal('10,000');
    expect(formatQuantity(1_500_000, undefined, 'en', { compact: true })).to.equal('1.5M');
  });
});

describe('indicators layout: text equivalents', () => {
  it('says what the article’s drawings show, in each language', () => {
    expect(labels(article)).to.deep.equal(['52 prisoners, one mark each', undefined, undefined, undefined, '12 out of 100 points']);
    expect(labels([freedomHouse], 'ru')).to.deep.equal(['12 из 100 (points)']);
    expect(labels([prisoners], 'be')).to.deep.equal(['52 (prisoners), па адной адзнацы на адзінку']);
  });

  it('names the number, its unit and the scale it shares with the rest of the column', () => {
    const rows = validateRows(
      'indicators',
      [
        { indicator: 'A', status: '82 organisations', value: 82, unit: 'organisations' },
        { indicator: 'B', status: '1,243 people', value: '1,243', unit: 'people' },
        { indicator: 'C', status: '−9.5 % on last year', value: '−9.5 %' },
        { indicator: 'D', status: '+11.8 %', value: '+11.8 %' },
        { indicator: 'E', status: '$2,400 million', value: '$2,400' },
      ],
      { lang: 'en' },
    ).rows;
    expect(labels(rows)).to.deep.equal([
      '82 organisations on a scale from 0 to 1,400',
      '1,243 people on a scale from 0 to 1,400',
      '−9.5% on a scale from −10% to 15%',
      '11.8% on a scale from −10% to 15%',
      '$2,400 on a scale from $0 to $2,500',
    ]);
    expect(labels(rows, 'ru').slice(1, 3)).to.deep.equal(['1 243 (people) на шкале от 0 до 1 400', '−9,5 % на шкале от −10 % до 15 %']);
  });
});
