import { expect } from '@open-wc/testing';
import { defaultDataFor } from '../../src/data/default-dataset.js';
import { parseCsv } from '../../src/data/parse-csv.js';
import { validateFor } from '../../src/data/validate.js';
import { VERSION } from '../../src/version.js';

/** Typographic quotes and dashes are normalised so a straight-quoted copy still counts as verbatim. */
const normalise = (text: string) =>
  text
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ');

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
      ['2020', undefined],
      ['2020', 'present'],
      ['2020', 'present'],
      ['2022', undefined],
      ['2025', undefined],
      ['2025', undefined],
    ]);
  });

  it('dates the release of the 52 prisoners as the article does: "in recent weeks", no month', () => {
    const release = defaultDataFor('events').rows.find((e) => e.id === 'prisoner-release')!;
    expect(release.date.iso).to.equal('2025');
    expect(release.description).to.include('“in recent weeks”');
    const row = defaultDataFor('indicators').rows.find((r) => r.id === 'political-prisoners-released')!;
    expect(row.note, 'the row says the table date is not the release date').to.include('“in recent weeks”');
  });

  it('quotes the article word for word wherever its text is in quotation marks', async () => {
    const text = normalise(await article);
    const { meta } = defaultDataFor('events');
    const texts = [
      ...defaultDataFor('indicators').rows.flatMap((r) => [r.status, r.note]),
      ...defaultDataFor('events').rows.flatMap((e) => [e.title, e.description]),
      ...defaultDataFor('quotes').rows.flatMap((q) => [q.context]),
      meta.dek,
      meta.notes,
    ];
    const quoted = texts.flatMap((t) => [...(t ?? '').matchAll(/“([^”]+)”/g)].map((m) => m[1]));
    expect(quoted.length).to.be.greaterThan(1);
    for (const phrase of quoted) expect(text, phrase).to.include(normalise(phrase));
  });

  it('gives each speaker the role the article gives, in its words (AP: lower case after a name)', async () => {
    const text = await article;
    for (const quote of defaultDataFor('quotes').rows) {
      for (const words of [quote.role, quote.affiliation].filter(Boolean)) expect(text, `${quote.id}: ${words}`).to.include(words!);
    }
    expect(defaultDataFor('quotes').rows.map((q) => [q.role, q.affiliation])).to.deep.equal([
      ['Trump envoy', undefined],
      ['senior fellow', 'Atlantic Council'],
      ['senior fellow', 'Atlantic Council'],
    ]);
  });

  it('keeps quotes verbatim, without punctuation the article does not print', () => {
    const cut = defaultDataFor('quotes').rows.find((q) => q.id === 'petrova-no-strategy')!;
    expect(cut.text).to.equal('There’s no coherent strategy visible here');
  });

  it('heads the quotes with words true of every speaker, not the article’s "What Analysts Are Saying"', () => {
    expect(defaultDataFor('quotes').meta.headlines?.quotes).to.equal('In Their Words');
  });

  it('credits Freedom House for its rating and the article, by its title, for the rest', async () => {
    const text = await article;
    const { meta, rows } = defaultDataFor('indicators');
    expect(meta.source).to.deep.equal({ title: text.split('\n')[0].trim() });
    expect(rows.filter((r) => r.sourceName).map((r) => [r.id, r.sourceName])).to.deep.equal([['freedom-house', 'Freedom House']]);
    expect(text).to.include('Freedom House rating');
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
