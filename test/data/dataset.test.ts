import { expect } from '@open-wc/testing';
import { defaultDataFor } from '../../src/data/default-dataset.js';
import { parseCsv } from '../../src/data/parse-csv.js';
import { validateFor } from '../../src/data/validate.js';
import { VERSION } from '../../src/version.js';

/** Typographic quotes and dashes are normalised so a straight-quoted copy still counts as verbatim. */
const normalise = (text: string) =>
  text.replace(/[‘’‚‛′]/g, "'").replace(/[“”„‟″]/g, '"').replace(/[‐‑‒–—]/g, '-').replace(/\s+/g, ' ');

const article = fetch('/seed/article.txt').then((response) => {
  if (!response.ok) throw new Error('The article fixture (test/fixtures/article/article.txt) is missing.');
  return response.text();
});

describe('the default dataset', () => {
  it('validates without a single problem', () => {
    for (const kind of ['indicators', 'events', 'quotes'] as const) {
      expect(defaultDataFor(kind).problems, kind).to.deep.equal([]);
    }
  });

  it('has the five "By the Numbers" rows, each status word for word from the article', async () => {
    const text = normalise(await article);
    const { rows } = defaultDataFor('indicators');
    expect(rows).to.have.length(5);
    for (const row of rows) {
      expect(text, row.indicator).to.include(normalise(`${row.indicator} | ${row.status} |`));
    }
  });

  it('has only quotes that appear word for word in the article', async () => {
    const text = normalise(await article);
    const { rows } = defaultDataFor('quotes');
    expect(rows.length).to.be.greaterThan(0);
    for (const quote of rows) {
      expect(text, quote.text).to.include(normalise(quote.text));
      expect(text, quote.speaker).to.include(quote.speaker);
    }
  });

  it('keeps each date at the precision the article gives', () => {
    const { rows } = defaultDataFor('events');
    expect(rows.map((e) => [e.date.iso, e.end === 'present' ? 'present' : e.end?.iso])).to.deep.equal([
      ['2020', undefined], ['2020', 'present'], ['2020', 'present'], ['2022', undefined], ['2025', undefined], ['2025-10', undefined],
    ]);
  });

  it('matches its CSV copies row for row', async () => {
    const json = await (await fetch('/data/us-belarus-relations.json')).json();
    for (const kind of ['indicators', 'events', 'quotes'] as const) {
      const csv = parseCsv(await (await fetch(`/data/${kind}.csv`)).text());
      expect(validateFor(kind, csv).rows, kind).to.deep.equal(validateFor(kind, json).rows);
    }
  });

  it('carries the package version', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });
});
