import { expect } from '@open-wc/testing';
import { parseCsv } from '../../src/data/parse-csv.js';
import { validateFor } from '../../src/data/validate.js';
import { refusalOf } from './data-error.js';

const plain = (records: object[]) => records.map((record) => ({ ...record }));

describe('parseCsv', () => {
  it('maps rows to the header names', () => {
    expect(plain(parseCsv('indicator,status\nA,Still in place\n'))).to.deep.equal([{ indicator: 'A', status: 'Still in place' }]);
  });

  it('strips a UTF-8 byte-order mark from the first header', () => {
    expect(plain(parseCsv('\uFEFFindicator,status\nA,B'))).to.deep.equal([{ indicator: 'A', status: 'B' }]);
  });

  it('reads CRLF line endings, quoted commas, quotes and newlines', () => {
    const csv = 'text,speaker\r\n"He said ""no"", then left.\nNew line",Ann\r\n';
    expect(plain(parseCsv(csv))).to.deep.equal([{ text: 'He said "no", then left.\nNew line', speaker: 'Ann' }]);
  });

  it('leaves missing cells of a ragged row absent and ignores extra cells', () => {
    expect(plain(parseCsv('a,b,c\n1,2\n1,2,3,4'))).to.deep.equal([
      { a: '1', b: '2' },
      { a: '1', b: '2', c: '3' },
    ]);
  });

  it('skips blank lines', () => {
    expect(parseCsv('a,b\n\n1,2\n,\n\n')).to.have.length(1);
  });

  it('reads semicolon- and tab-separated exports', () => {
    expect(plain(parseCsv('indicator;status\n"A; B";C'))).to.deep.equal([{ indicator: 'A; B', status: 'C' }]);
    expect(plain(parseCsv('indicator\tstatus\nA\tC'))).to.deep.equal([{ indicator: 'A', status: 'C' }]);
  });

  it('reports a quoted field that is never closed, with its line', () => {
    const found = refusalOf(() => parseCsv('a,b\n1,2\n"open,3\n4,5'));
    expect(found.code).to.equal('invalid-csv');
    expect(found.message).to.include('line 3');
  });

  it('reports an empty file', () => {
    expect(refusalOf(() => parseCsv('\uFEFF  \n')).code).to.equal('empty-response');
  });

  it('keeps prototype-like headers as plain data', () => {
    const [record] = parseCsv('__proto__,constructor\nx,y');
    expect(Object.getPrototypeOf(record)).to.equal(null);
    expect(record['__proto__']).to.equal('x');
    expect(({} as Record<string, unknown>).x).to.equal(undefined);
  });

  it('tells a semicolon file from the commas in its text and title', () => {
    const csv =
      'Belarus, 2020 bis 2025\r\nDate;Title;Description\r\n2020;Wahl;Proteste, Festnahmen, Verbote, Zensur\r\n2022;Krieg;Truppen, Panzer, Raketen\r\n';
    expect(plain(parseCsv(csv))).to.deep.equal([
      { Date: '2020', Title: 'Wahl', Description: 'Proteste, Festnahmen, Verbote, Zensur' },
      { Date: '2022', Title: 'Krieg', Description: 'Truppen, Panzer, Raketen' },
    ]);
  });

  it('follows a sep= line', () => {
    expect(plain(parseCsv('sep=;\r\ntext;speaker\r\nA, B;C\r\n'))).to.deep.equal([{ text: 'A, B', speaker: 'C' }]);
  });

  it('finds the header below a title row and blank rows, and says which row it took', () => {
    const records = parseCsv('U.S.-Belarus timeline\n\n,,\ndate,title\n2020,Election\n');
    expect(plain(records)).to.deep.equal([{ date: '2020', title: 'Election' }]);
    const { rows, problems } = validateFor('events', records);
    expect(rows).to.have.length(1);
    expect(problems.map((p) => [p.code, p.severity, p.value, p.details])).to.deep.equal([['header-not-first', 'warning', 'U.S.-Belarus timeline', ['4']]]);
    expect(problems[0].message).to.equal('Row 4 of the file was taken as the header; the rows above it were skipped.');
  });

  it('keeps the first row as the header when no row names a field', () => {
    expect(plain(parseCsv('Datum,Titel\n2020,Wahl'))).to.deep.equal([{ Datum: '2020', Titel: 'Wahl' }]);
  });

  it('reports cells in a column without a name instead of dropping them silently', () => {
    const { problems } = validateFor('events', parseCsv('date,title,,\n2020,A,note,\n2021,B,,extra,more\n'));
    expect(problems.map((p) => [p.code, p.severity, p.details])).to.deep.equal([
      ['unnamed-column', 'warning', ['C']],
      ['unnamed-column', 'warning', ['D']],
      ['unnamed-column', 'warning', ['E']],
    ]);
  });

  it('reads the first of two columns with the same name', () => {
    expect(plain(parseCsv('title,title\nFirst,Second'))).to.deep.equal([{ title: 'First' }]);
  });
});
