import { expect } from '@open-wc/testing';
import { parseCsv } from '../../src/data/parse-csv.js';
import { DataError } from '../../src/data/problem.js';

const plain = (records: object[]) => records.map((record) => ({ ...record }));

function problemOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    if (error instanceof DataError) return error.problem;
    throw error;
  }
  throw new Error('expected a DataError');
}

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
    expect(plain(parseCsv('a,b,c\n1,2\n1,2,3,4'))).to.deep.equal([{ a: '1', b: '2' }, { a: '1', b: '2', c: '3' }]);
  });

  it('skips blank lines', () => {
    expect(parseCsv('a,b\n\n1,2\n,\n\n')).to.have.length(1);
  });

  it('reads semicolon- and tab-separated exports', () => {
    expect(plain(parseCsv('indicator;status\n"A; B";C'))).to.deep.equal([{ indicator: 'A; B', status: 'C' }]);
    expect(plain(parseCsv('indicator\tstatus\nA\tC'))).to.deep.equal([{ indicator: 'A', status: 'C' }]);
  });

  it('reports a quoted field that is never closed, with its line', () => {
    const found = problemOf(() => parseCsv('a,b\n1,2\n"open,3\n4,5'));
    expect(found.code).to.equal('invalid-csv');
    expect(found.message).to.include('line 3');
  });

  it('reports an empty file', () => {
    expect(problemOf(() => parseCsv('\uFEFF  \n')).code).to.equal('empty-response');
  });

  it('keeps prototype-like headers as plain data', () => {
    const [record] = parseCsv('__proto__,constructor\nx,y');
    expect(Object.getPrototypeOf(record)).to.equal(null);
    expect(record['__proto__']).to.equal('x');
    expect(({} as Record<string, unknown>).x).to.equal(undefined);
  });
});
