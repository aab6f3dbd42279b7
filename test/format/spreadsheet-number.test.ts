import { expect } from '@open-wc/testing';
import { decimalMark, readNumber } from '../../src/format/spreadsheet-number.js';

const read = (text: unknown, lang?: string) => readNumber(text, decimalMark(lang));

describe('numbers as spreadsheets write them', () => {
  it('knows the decimal mark of each language', () => {
    expect(['en', 'en-GB', 'de', 'de-AT', 'ru', 'be', 'uk', 'pl', 'lt'].map(decimalMark)).to.deep.equal(['.', '.', ',', ',', ',', ',', ',', ',', ',']);
    expect(decimalMark('de-CH')).to.equal('.');
    expect(decimalMark(undefined)).to.equal(undefined);
    expect(decimalMark('')).to.equal(undefined);
  });

  it('reads one separator before three digits by the language', () => {
    expect(read('1.500', 'de')).to.deep.equal({ value: 1500 });
    expect(read('1,500', 'de')).to.deep.equal({ value: 1.5 });
    expect(read('1,500', 'ru')).to.deep.equal({ value: 1.5 });
    expect(read('1,500', 'en')).to.deep.equal({ value: 1500 });
    expect(read('1.500', 'en')).to.deep.equal({ value: 1.5 });
  });

  it('gives both readings when no language decides, never a guess', () => {
    expect(read('1.500')).to.deep.equal({ ambiguous: [1500, 1.5] });
    expect(read('1,500')).to.deep.equal({ ambiguous: [1500, 1.5] });
    expect(read('-12.345')).to.deep.equal({ ambiguous: [-12345, -12.345] });
  });

  it('reads what only one way can mean, in any language', () => {
    expect(read('1,234,567')).to.deep.equal({ value: 1234567 });
    expect(read('1.234.567,89', 'en')).to.deep.equal({ value: 1234567.89 });
    expect(read('1,234.5', 'de')).to.deep.equal({ value: 1234.5 });
    expect(read('12,5')).to.deep.equal({ value: 12.5 });
    expect(read('0,500')).to.deep.equal({ value: 0.5 });
    expect(read('1234,567')).to.deep.equal({ value: 1234.567 });
    expect(read('.5')).to.deep.equal({ value: 0.5 });
    expect(read('1.5e3')).to.deep.equal({ value: 1500 });
  });

  it('groups thousands with spaces, no-break and thin spaces and apostrophes', () => {
    expect(read('10 000')).to.deep.equal({ value: 10000 });
    expect(read('1\u00a0500')).to.deep.equal({ value: 1500 });
    expect(read('1\u202f500,25', 'ru')).to.deep.equal({ value: 1500.25 });
    expect(read('1\u2009500')).to.deep.equal({ value: 1500 });
    expect(read("1'234.50")).to.deep.equal({ value: 1234.5 });
    expect(read('1 234,567')).to.deep.equal({ value: 1234.567 });
  });

  it('reads signs, including the minus sign U+2212', () => {
    expect(read('−9.5')).to.deep.equal({ value: -9.5 });
    expect(read('+11.8 %')).to.deep.equal({ value: 11.8, unit: '%' });
    expect(read(' -3.5 ')).to.deep.equal({ value: -3.5 });
  });

  it('keeps a percent sign or currency as the unit', () => {
    expect(read('12 %')).to.deep.equal({ value: 12, unit: '%' });
    expect(read('12%')).to.deep.equal({ value: 12, unit: '%' });
    expect(read('6,5 %', 'de')).to.deep.equal({ value: 6.5, unit: '%' });
    expect(read('$1,200', 'en')).to.deep.equal({ value: 1200, unit: '$' });
    expect(read('€1.200,50')).to.deep.equal({ value: 1200.5, unit: '€' });
    expect(read('1 200 ₽', 'ru')).to.deep.equal({ value: 1200, unit: '₽' });
    expect(read('-$5')).to.deep.equal({ value: -5, unit: '$' });
    expect(read('$1,200')).to.deep.equal({ ambiguous: [1200, 1.2], unit: '$' });
  });

  it('refuses what is not one number', () => {
    for (const bad of [
      '',
      '12abc',
      'NaN',
      'Infinity',
      '1e400',
      '1,2,3',
      '1.234,5.6',
      '1,23,456',
      '1 23',
      '$12%',
      '--5',
      '12 34 %',
      NaN,
      Infinity,
      null,
      true,
      {},
    ]) {
      expect(read(bad), String(bad)).to.equal(undefined);
    }
    expect(read(52)).to.deep.equal({ value: 52 });
  });
});
