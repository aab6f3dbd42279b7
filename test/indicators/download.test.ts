import { expect } from '@open-wc/testing';
import { defaultDataFor } from '../../src/data/default-dataset.js';
import { parseCsv } from '../../src/data/parse-csv.js';
import { validateFor, validateRows } from '../../src/data/validate.js';
import { buildDownload, fileName, neutralizeFormula, toCsv, toJson } from '../../src/indicators/download.js';

const article = defaultDataFor('indicators');

describe('indicators download: CSV', () => {
  it('starts with a UTF-8 byte-order mark and the columns of data/indicators.csv', async () => {
    const csv = toCsv(article.rows);
    expect(csv.charCodeAt(0)).to.equal(0xfeff);
    const published = await (await fetch('/data/indicators.csv')).text();
    expect(csv.slice(1).split('\r\n')[0]).to.equal(published.split(/\r?\n/)[0]);
  });

  it('writes the article rows as the published CSV has them, quoting where needed', async () => {
    const lines = toCsv(article.rows).slice(1).split('\r\n');
    expect(lines[1]).to.equal(
      'political-prisoners-released,Political prisoners released,52 (Oct 2025),2025-10,52,,prisoners,The article reports the release “in recent weeks” and gives no exact date; October 2025 is the date of its figures.,,',
    );
    expect(lines[5]).to.equal('freedom-house,Freedom House rating,“Not Free” – Score: 12/100,2025-10,12,100,points,,Freedom House,');
    const published = (await (await fetch('/data/indicators.csv')).text()).trim().split(/\r?\n/);
    expect(lines.slice(0, 6)).to.deep.equal(published);
  });

  it('reads back into the same rows', () => {
    const tricky = validateRows('indicators', [{ indicator: 'Comma, "quotes"\nand a newline', status: 'Ünïcödé — ок', value: 3.5, note: 'x;y' }]).rows;
    const back = validateRows('indicators', parseCsv(toCsv(tricky))).rows;
    expect(back).to.deep.equal(tricky);
    expect(validateRows('indicators', parseCsv(toCsv(article.rows))).rows).to.deep.equal(article.rows);
  });

  it('keeps spreadsheets from running text cells as formulas, but leaves numbers alone', () => {
    expect(neutralizeFormula('=HYPERLINK("http://x")')).to.equal(`'=HYPERLINK("http://x")`);
    expect(neutralizeFormula('@SUM(A1)')).to.equal(`'@SUM(A1)`);
    expect(neutralizeFormula('-3.5')).to.equal('-3.5');
    expect(neutralizeFormula('Still largely in place')).to.equal('Still largely in place');
  });
});

describe('indicators download: JSON and files', () => {
  it('is a dataset the widget accepts as it is', () => {
    const json = JSON.parse(toJson(article.rows, article.meta));
    expect(json.meta.asOf).to.equal('2025-10');
    expect(json.indicators[4]).to.deep.equal({
      id: 'freedom-house',
      indicator: 'Freedom House rating',
      status: '“Not Free” – Score: 12/100',
      asOf: '2025-10',
      value: 12,
      max: 100,
      unit: 'points',
      sourceName: 'Freedom House',
    });
    const back = validateFor('indicators', json);
    expect(back.problems).to.deep.equal([]);
    expect(back.rows).to.deep.equal(article.rows);
  });

  it('names files after the headline', () => {
    expect(fileName('By the Numbers: U.S.-Belarus Relations', 'csv')).to.equal('by-the-numbers-u-s-belarus-relations.csv');
    expect(fileName('В цифрах', 'json')).to.equal('в-цифрах.json');
    expect(fileName('!!!', 'json')).to.equal('indicators.json');
    expect(buildDownload('json', [], {}, 'T')).to.include({ filename: 't.json', mimeType: 'application/json;charset=utf-8' });
  });
});
