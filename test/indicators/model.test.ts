import { expect } from '@open-wc/testing';
import { defaultDataFor } from '../../src/data/default-dataset.js';
import type { Indicator } from '../../src/data/types.js';
import { validateRows } from '../../src/data/validate.js';
import {
  collatorFor,
  createTableModel,
  filterRows,
  fold,
  needsAsOfColumn,
  nextSort,
  paginate,
  sortRows,
  statusDate,
} from '../../src/indicators/model.js';
import { syntheticIndicators } from '../fixtures/indicators-synthetic.js';

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
    const same = rowsOf([{ indicator: 'A', status: 'x', asOf: '2024' }, { indicator: 'B', status: 'y', asOf: '2024' }]);
    expect(statusDate({}, same)?.iso).to.equal('2024');
    const mixed = rowsOf([{ indicator: 'A', status: 'x', asOf: '2024' }, { indicator: 'B', status: 'y', asOf: '2025-03' }]);
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
