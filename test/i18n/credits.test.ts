// The credit line's contract: who and what the data is credited to, and the same credit and
// date carried into the table's downloads, which travel without the page around them.
import { expect } from '@open-wc/testing';
import { defaultDataFor } from '../../src/data/default-dataset.js';
import { parseCsv } from '../../src/data/parse-csv.js';
import { validateMeta, validateRows } from '../../src/data/validate.js';
import { creditText, credits } from '../../src/format/credit.js';
import { buildDownload, toCsv } from '../../src/indicators/download.js';

const ARTICLE = 'Why Is the U.S. Suddenly Courting Belarus’s Autocratic Regime?';
const article = defaultDataFor('indicators');

describe('credits', () => {
  it('reads a source as who, what, or both', () => {
    expect(validateMeta({ source: { title: ARTICLE } }).meta.source).to.deep.equal({ title: ARTICLE });
    expect(validateMeta({ source: { name: 'Freedom House', title: 'Freedom in the World 2025', url: 'https://example.org/fiw' } }).meta.source).to.deep.equal({
      name: 'Freedom House',
      title: 'Freedom in the World 2025',
      url: 'https://example.org/fiw',
    });
    expect(validateMeta({ source: { url: 'https://example.org/a' } }).meta.source).to.deep.equal({
      name: 'https://example.org/a',
      url: 'https://example.org/a',
    });
    expect(validateMeta({ source: 'Freedom House' }).meta.source).to.deep.equal({ name: 'Freedom House' });
  });

  it('credits the rows’ own sources first, once each, then the dataset’s', () => {
    expect(credits(article.meta, article.rows)).to.deep.equal([{ name: 'Freedom House' }, { title: ARTICLE }]);
    const rows = validateRows('indicators', [
      { indicator: 'A', status: 'a', sourceName: 'Agency' },
      { indicator: 'B', status: 'b', sourceName: 'Agency' },
      { indicator: 'C', status: 'c', sourceName: 'Same as meta' },
    ]).rows;
    expect(credits({ source: { name: 'Same as meta' } }, rows)).to.deep.equal([{ name: 'Agency' }, { name: 'Same as meta' }]);
    expect(creditText({ name: 'Freedom House', title: 'Freedom in the World' }, ['„', '“'])).to.equal('Freedom House, „Freedom in the World“');
  });
});

describe('downloads keep the credit and the date', () => {
  it('CSV: every row says where and when it is from', () => {
    const lines = toCsv(article.rows, article.meta).slice(1).split('\r\n');
    expect(lines[0]).to.equal('id,indicator,status,asOf,value,max,unit,note,sourceName,sourceUrl');
    const back = validateRows('indicators', parseCsv(toCsv(article.rows, article.meta))).rows;
    expect(back.map((row) => [row.asOf?.iso, row.sourceName])).to.deep.equal([
      ['2025-10', `“${ARTICLE}”`],
      ['2025-10', `“${ARTICLE}”`],
      ['2025-10', `“${ARTICLE}”`],
      ['2025-10', `“${ARTICLE}”`],
      ['2025-10', 'Freedom House'],
    ]);
  });

  it('CSV: a row without a date of its own takes the dataset’s', () => {
    const rows = validateRows('indicators', [{ indicator: 'A', status: 'a' }]).rows;
    const csv = toCsv(rows, validateMeta({ asOf: '2025-10', source: { name: 'Agency' } }).meta);
    expect(validateRows('indicators', parseCsv(csv)).rows.map((row) => [row.asOf?.iso, row.sourceName])).to.deep.equal([['2025-10', 'Agency']]);
  });

  it('the download the reader gets has them, in both formats', () => {
    const csv = buildDownload('csv', article.rows, article.meta, 'By the Numbers');
    expect(csv.text).to.include(`“${ARTICLE}”`);
    const json = JSON.parse(buildDownload('json', article.rows, article.meta, 'By the Numbers').text);
    expect(json.meta).to.deep.include({ source: { title: ARTICLE }, asOf: '2025-10' });
    expect(json.indicators[4].sourceName).to.equal('Freedom House');
  });
});
