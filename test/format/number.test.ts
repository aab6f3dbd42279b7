import { expect } from '@open-wc/testing';
import { formatNumber, parseNumber, plural } from '../../src/format/number.js';

describe('numbers', () => {
  it('parses numbers as editors type them', () => {
    expect(parseNumber('12')).to.equal(12);
    expect(parseNumber(' -3.5 ')).to.equal(-3.5);
    expect(parseNumber('1,234,567')).to.equal(1234567);
    expect(parseNumber('10 000')).to.equal(10000);
    expect(parseNumber(52)).to.equal(52);
    for (const bad of ['', '12abc', 'NaN', 'Infinity', '1,5', '1e400', NaN, Infinity, null, true, {}]) {
      expect(parseNumber(bad), String(bad)).to.equal(undefined);
    }
  });

  it("formats with each locale's separators", () => {
    expect(formatNumber(10000.5, 'en')).to.equal('10,000.5');
    expect(formatNumber(10000.5, 'ru')).to.equal('10\u00a0000,5');
    expect(formatNumber(10000.5, 'be')).to.equal('10\u00a0000,5');
  });

  it("picks plural forms by the locale's rules", () => {
    const ru = { one: '{n} строка', few: '{n} строки', many: '{n} строк', other: '{n} строки' };
    expect([1, 3, 5, 21, 1.5].map((n) => plural(n, 'ru', ru))).to.deep.equal(['1 строка', '3 строки', '5 строк', '21 строка', '1,5 строки']);
    const en = { one: '{n} row', other: '{n} rows' };
    expect([1, 2, 1000].map((n) => plural(n, 'en', en))).to.deep.equal(['1 row', '2 rows', '1,000 rows']);
  });
});
