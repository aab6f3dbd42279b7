import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { defaultDataFor } from '../../src/data/default-dataset.js';
import type { Indicator } from '../../src/data/types.js';
import { validateRows } from '../../src/data/validate.js';
import { planDrawings, type Drawing } from '../../src/indicators/encoding.js';
import { barLayout } from '../../src/indicators/layout.js';
import { collatorFor, createTableModel, filterRows, fold, needsAsOfColumn, nextSort, paginate, sortRows, statusDate } from '../../src/indicators/model.js';
import { syntheticIndicators } from '../fixtures/indicators-synthetic.js';
import { newsroomIndicators } from './newsroom-fixture.js';

const article = defaultDataFor('indicators');
const rowsOf = (input: unknown[]) => validateRows('indicators', input).rows;
const names = (rows: Indicator[]) => rows.map((row) => row.indicator);
const en = collatorFor('en', 'en');

describe('indicators model: dating the Status column', () => {
  it('uses the dataset date, so no "As of" column is needed for the article', () => {
    const date = statusDate(article.meta, article.rows);
    expect(date?.iso).to.equal('2025-10');
    expect(needsAsOfColumn(article.rows, date)).to.equal(false);
  });

  it('falls back to the date every row shares, and asks for a column when rows differ', () => {
    const same = rowsOf([
      { indicator: 'A', status: 'x', asOf: '2024' },
      { indicator: 'B', status: 'y', asOf: '2024' },
    ]);
    expect(statusDate({}, same)?.iso).to.equal('2024');
    const mixed = rowsOf([
      { indicator: 'A', status: 'x', asOf: '2024' },
      { indicator: 'B', status: 'y', asOf: '2025-03' },
    ]);
    expect(statusDate({}, mixed)).to.equal(undefined);
    expect(needsAsOfColumn(mixed, undefined)).to.equal(true);
  });
});

describe('indicators model: sorting', () => {
  it('cycles a column ascending, then descending; another column starts ascending', () => {
    const first = nextSort(undefined, 'status');
    expect(first).to.deep.equal({ key: 'status', direction: 'ascending' });
    expect(nextSort(first, 'status')).to.deep.equal({ key: 'status', direction: 'descending' });
    expect(nextSort(nextSort(first, 'status'), 'status').direction).to.equal('ascending');
    expect(nextSort(first, 'indicator')).to.deep.equal({ key: 'indicator', direction: 'ascending' });
  });

  it('sorts indicators alphabetically in the data language and keeps the original array', () => {
    const sorted = sortRows(article.rows, { key: 'indicator', direction: 'ascending' }, en);
    expect(names(sorted)).to.deep.equal([
      'Belarus’s role in Ukraine war',
      'Freedom House rating',
      'Last U.S. ambassador to Minsk',
      'Political prisoners released',
      'U.S. sanctions on Belarus',
    ]);
    expect(article.rows[0].indicator).to.equal('Political prisoners released');
  });

  it('sorts status by number first (12 before 52), then the text rows, in either direction', () => {
    const up = sortRows(article.rows, { key: 'status', direction: 'ascending' }, en);
    expect(names(up).slice(0, 2)).to.deep.equal(['Freedom House rating', 'Political prisoners released']);
    expect(up.slice(2).map((row) => row.status)).to.deep.equal([
      'Active logistical & military support for Russia',
      'Recalled in 2020; post remains vacant',
      'Still largely in place',
    ]);
    const down = sortRows(article.rows, { key: 'status', direction: 'descending' }, en);
    expect(names(down).slice(0, 2)).to.deep.equal(['Political prisoners released', 'Freedom House rating']);
    expect(down[2].status).to.equal('Still largely in place');
  });

  it('compares numerals in text as numbers and puts undated rows last', () => {
    const rows = rowsOf([
      { indicator: 'Item 10', status: 's', asOf: '2021' },
      { indicator: 'Item 9', status: 's' },
      { indicator: 'Item 1', status: 's', asOf: '2020-05' },
    ]);
    expect(names(sortRows(rows, { key: 'indicator', direction: 'ascending' }, en))).to.deep.equal(['Item 1', 'Item 9', 'Item 10']);
    expect(names(sortRows(rows, { key: 'asOf', direction: 'descending' }, en))).to.deep.equal(['Item 10', 'Item 1', 'Item 9']);
    expect(names(sortRows(rows, { key: 'asOf', direction: 'ascending' }, en))).to.deep.equal(['Item 1', 'Item 10', 'Item 9']);
  });

  it('survives a data language tag Intl cannot use', () => {
    expect(() => collatorFor('en-1a', 'ru').compare('a', 'b')).not.to.throw();
  });
});

describe('indicators model: filtering and pages', () => {
  it('matches every word, ignoring case and accents', () => {
    expect(fold('Ёлка ЎСЁ Émigré')).to.equal('елка усе emigre');
    expect(names(filterRows(article.rows, 'U.S.'))).to.deep.equal(['U.S. sanctions on Belarus', 'Last U.S. ambassador to Minsk']);
    expect(names(filterRows(article.rows, 'not  FREE'))).to.deep.equal(['Freedom House rating']);
    expect(filterRows(article.rows, 'prisoners ukraine')).to.deep.equal([]);
    expect(filterRows(article.rows, '   ')).to.equal(article.rows);
  });

  it('cuts pages and clamps the page number', () => {
    const rows = rowsOf(syntheticIndicators(45).indicators);
    expect(paginate(rows, 1, 20)).to.deep.include({ page: 1, pageCount: 3, first: 1, last: 20 });
    expect(paginate(rows, 3, 20)).to.deep.include({ page: 3, first: 41, last: 45 });
    expect(paginate(rows, 9, 20).page).to.equal(3);
    expect(paginate(rows, 0, 20).page).to.equal(1);
    expect(paginate(rows, 1, Number.NaN).rows).to.have.length(20);
    expect(paginate([], 1, 20)).to.deep.include({ page: 1, pageCount: 1, first: 0, last: 0 });
  });

  it('builds the view: filter offered above 10 rows, every row on one page for print', () => {
    const model = createTableModel();
    const rows = rowsOf(syntheticIndicators(45).indicators);
    const input = { query: '', page: 2, pageSize: 20, all: false, lang: 'en' };
    const view = model(rows, {}, input);
    expect(view).to.deep.include({ filterable: true, total: 45 });
    expect(view.slice.first).to.equal(21);
    expect(model(rows, {}, { ...input, all: true }).slice.rows).to.have.length(45);
    expect(model(article.rows, article.meta, input).filterable).to.equal(false);
  });

  it('does not sort again while only the filter changes (10,000 rows)', () => {
    const model = createTableModel();
    const rows = rowsOf(syntheticIndicators(10_000).indicators);
    const sort = { key: 'status', direction: 'descending' } as const;
    const first = model(rows, {}, { sort, query: '', page: 1, pageSize: 20, all: false, lang: 'en' });
    const typed = model(rows, {}, { sort, query: 'press', page: 1, pageSize: 20, all: false, lang: 'en' });
    expect(typed.matched.every((row) => row.indicator.includes('press'))).to.equal(true);
    expect(typed.matched.length).to.be.greaterThan(1000);
    const cleared = model(rows, {}, { sort, query: '', page: 1, pageSize: 20, all: false, lang: 'en' });
    expect(cleared.matched).to.equal(first.matched);
  });
});

describe('indicators model: which drawing, on which scale', () => {
  const rowsIn = (input: unknown[]) => validateRows('indicators', input, { lang: 'en' }).rows;
  const plan = (input: unknown[]) => {
    const rows = rowsIn(input);
    const drawings = planDrawings(rows);
    return rows.map((row) => drawings.get(row));
  };
  const bar = (drawing: Drawing | undefined) => {
    if (drawing?.kind !== 'bar') throw new Error(`not a bar: ${JSON.stringify(drawing)}`);
    return { ...barLayout(drawing.value, drawing.scale.domain)!, scale: drawing.scale };
  };

  it('draws 1,243 people longer than 82 organisations: counts share one scale', () => {
    const [few, many] = plan([
      { indicator: 'A', status: '82 organisations', value: 82, unit: 'organisations' },
      { indicator: 'B', status: '1,243 people', value: '1,243', unit: 'people' },
    ]).map(bar);
    expect(few.scale).to.equal(many.scale);
    expect(few.scale.domain).to.deep.equal([0, 1400]);
    expect(many.width).to.be.greaterThan(few.width * 15);
  });

  it('draws −9.5 % to the left of zero and +11.8 % to its right, on a percent scale of their own', () => {
    const [count, down, up] = plan([
      { indicator: 'A', status: '5,120 cases', value: '5,120' },
      { indicator: 'B', status: '−9.5 % on last year', value: '−9.5 %' },
      { indicator: 'C', status: '+11.8 % on last year', value: '+11.8 %' },
    ]).map(bar);
    expect(down.scale).to.equal(up.scale);
    expect(down.scale).to.deep.include({ domain: [-10, 15], unit: '%' });
    expect(count.scale.domain).to.deep.equal([0, 6000]);
    expect(down.x + down.width).to.equal(down.zero);
    expect(up.x).to.equal(up.zero);
    expect(up.width).to.be.greaterThan(down.width);
  });

  it('does not take a percentage without max for a share of 100, and draws one with max on 0–100', () => {
    const [alone, share] = plan([
      { indicator: 'A', status: '45 %', value: '45 %' },
      { indicator: 'B', status: '45 of 100 %', value: 45, max: 100, unit: '%' },
    ]).map(bar);
    expect(alone.scale).to.deep.include({ domain: [0, 50], own: false });
    expect(share.scale).to.deep.include({ domain: [0, 100], own: true });
  });

  it('keeps a row’s own max (12 of 100) apart from the shared scale', () => {
    const [score, count] = plan([
      { indicator: 'A', status: '12 of 100', value: 12, max: 100, unit: 'points' },
      { indicator: 'B', status: '1,243', value: 1243 },
    ]).map(bar);
    expect(score.scale).to.deep.include({ domain: [0, 100], own: true });
    expect(count.scale).to.deep.include({ domain: [0, 1400], own: false });
  });

  it('keeps each currency on its own scale', () => {
    const [dollars, euros] = plan([
      { indicator: 'A', status: '$2,400', value: '$2,400' },
      { indicator: 'B', status: '€150', value: '€150' },
    ]).map(bar);
    expect([dollars.scale.unit, euros.scale.unit]).to.deep.equal(['$', '€']);
    expect(dollars.scale.domain).to.deep.equal([0, 2500]);
    expect(euros.scale.domain).to.deep.equal([0, 200]);
  });

  it('draws unit marks only when every plain number is a whole count from 0 to 100', () => {
    const kinds = (values: unknown[]) => plan(values.map((value, i) => ({ indicator: `R${i}`, status: 's', value }))).map((d) => d?.kind);
    expect(kinds([52, 3, 0, 100])).to.deep.equal(['units', 'units', 'units', 'units']);
    expect(kinds([52, 101])).to.deep.equal(['bar', 'bar']);
    expect(kinds([52, 2.5])).to.deep.equal(['bar', 'bar']);
    expect(kinds([52, -1])).to.deep.equal(['bar', 'bar']);
    expect(kinds([52, '+11.8 %']), 'a percentage is measured apart').to.deep.equal(['units', 'bar']);
  });

  it('gives the article its marks and its bar, and the 30-row newsroom table bars only', () => {
    expect(article.rows.map((row) => planDrawings(article.rows).get(row)?.kind)).to.deep.equal(['units', undefined, undefined, undefined, 'bar']);
    const newsroom = rowsIn(newsroomIndicators().indicators);
    expect(newsroom).to.have.length(30);
    const kinds = new Set([...planDrawings(newsroom).values()].map((d) => d.kind));
    expect([...kinds]).to.deep.equal(['bar']);
  });

  it('keeps a row’s scale while the reader filters and turns pages', () => {
    const model = createTableModel();
    const rows = rowsIn(newsroomIndicators().indicators);
    const input = { query: '', page: 1, pageSize: 5, all: false, lang: 'en' };
    const first = model(rows, {}, input);
    const filtered = model(rows, {}, { ...input, query: 'people' });
    const row = filtered.slice.rows[0];
    expect(filtered.drawings.get(row)).to.equal(first.drawings.get(row));
  });
});

describe('indicators model: a larger number never looks smaller (any column)', () => {
  const UNIT_CHOICES = [undefined, 'people', 'cases', '%', '$', '€'] as const;
  const value = fc.oneof(
    fc.integer({ min: -200, max: 200 }),
    fc.integer({ min: 0, max: 100 }),
    fc.double({ min: -1e7, max: 1e7, noNaN: true, noDefaultInfinity: true }),
  );
  const row = fc.record({ value, unit: fc.constantFrom(...UNIT_CHOICES), own: fc.boolean(), headroom: fc.double({ min: 0, max: 10, noNaN: true }) });
  const column = fc.array(row, { minLength: 1, maxLength: 40 }).map((specs) =>
    specs.map(({ value, unit, own, headroom }, i): Indicator => {
      const result: Indicator = { id: `r${i}`, indicator: `Row ${i}`, status: String(value), value };
      if (unit) result.unit = unit;
      if (own && value > 0) result.max = value * (1 + headroom);
      return result;
    }),
  );
  /** Where a bar's value lies: its right end for a positive value, its left end for a negative one. */
  const end = (layout: { x: number; width: number }, v: number) => (v < 0 ? layout.x : layout.x + layout.width);

  it('holds for bars on a shared scale, unit marks, negatives and rows with their own max', () => {
    fc.assert(
      fc.property(column, (rows) => {
        const drawings = planDrawings(rows);
        const shared = rows.filter((r) => drawings.get(r)?.kind === 'bar' && !(drawings.get(r) as { scale: { own: boolean } }).scale.own);
        for (const a of rows) {
          const drawing = drawings.get(a)!;
          expect(drawing, 'every number is drawn').to.exist;
          if (drawing.kind === 'units') {
            expect(Number.isInteger(a.value) && a.value! >= 0 && a.value! <= 100, 'marks only for small whole counts').to.equal(true);
            continue;
          }
          const layout = barLayout(drawing.value, drawing.scale.domain);
          expect(layout, `a bar for ${a.value} on ${drawing.scale.domain}`).to.exist;
          if (a.value! < 0) expect(layout!.x + layout!.width, 'a negative bar ends at zero').to.be.closeTo(layout!.zero, 1e-6);
          else expect(layout!.x, 'a positive bar starts at zero').to.equal(layout!.zero);
        }
        for (const a of shared) {
          for (const b of shared) {
            const [da, db] = [drawings.get(a), drawings.get(b)] as Array<Extract<Drawing, { kind: 'bar' }>>;
            if ((a.unit === '%' || a.unit === '$' || a.unit === '€' ? a.unit : '') !== (b.unit === '%' || b.unit === '$' || b.unit === '€' ? b.unit : ''))
              continue;
            expect(da.scale, 'one scale for one kind of quantity').to.equal(db.scale);
            if (a.value! >= b.value!) continue;
            const [la, lb] = [barLayout(a.value!, da.scale.domain)!, barLayout(b.value!, db.scale.domain)!];
            expect(end(la, a.value!), `${a.value} lies left of ${b.value}`).to.be.at.most(end(lb, b.value!));
            if (a.value! >= 0) expect(la.width, `${a.value} is no longer than ${b.value}`).to.be.at.most(lb.width);
          }
        }
        const marks = rows.filter((r) => drawings.get(r)?.kind === 'units');
        if (marks.length) {
          const plain = rows.filter((r) => r.max === undefined && !['%', '$', '€'].includes(r.unit ?? ''));
          expect(marks.length, 'units for all plain numbers or none').to.equal(plain.length);
        }
      }),
      { numRuns: 400, seed: 20251024 },
    );
  });
});
