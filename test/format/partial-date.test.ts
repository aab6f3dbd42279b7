import { expect } from '@open-wc/testing';
import { comparePartialDates, formatPartialDate, parsePartialDate, periodEnd, periodStart } from '../../src/format/partial-date.js';

describe('partial dates', () => {
  it('keeps the precision it was given', () => {
    expect(parsePartialDate('2020')).to.deep.equal({ iso: '2020', precision: 'year', year: 2020 });
    expect(parsePartialDate('2025-10')).to.deep.include({ iso: '2025-10', precision: 'month', month: 10 });
    expect(parsePartialDate('2022-02-24')).to.deep.include({ precision: 'day', day: 24 });
    expect(parsePartialDate(' 2020 ')?.iso).to.equal('2020');
  });

  it('rejects impossible and malformed dates', () => {
    for (const bad of ['2021-02-30', '2021-13', '2021-00', '2023-02-29', '20', '2020-1', '2020/10', 'Oct 2025', '', '2020-10-1']) {
      expect(parsePartialDate(bad), bad).to.equal(undefined);
    }
    expect(parsePartialDate('2024-02-29')?.day).to.equal(29);
  });

  it('spans the whole period in UTC', () => {
    expect(periodStart(parsePartialDate('2020')!).toISOString()).to.equal('2020-01-01T00:00:00.000Z');
    expect(periodEnd(parsePartialDate('2020')!).toISOString()).to.equal('2021-01-01T00:00:00.000Z');
    expect(periodEnd(parsePartialDate('2025-12')!).toISOString()).to.equal('2026-01-01T00:00:00.000Z');
    expect(periodEnd(parsePartialDate('2022-02-28')!).toISOString()).to.equal('2022-03-01T00:00:00.000Z');
  });

  it('orders by start, the longer period first', () => {
    const dates = ['2025-10', '2020', '2022', '2020-08-09', '2025'].map((d) => parsePartialDate(d)!);
    expect(dates.sort(comparePartialDates).map((d) => d.iso)).to.deep.equal(['2020', '2020-08-09', '2022', '2025', '2025-10']);
  });

  it('formats a year as a year, never as 1 January', () => {
    expect(formatPartialDate(parsePartialDate('2020')!, 'en')).to.equal('2020');
    expect(formatPartialDate(parsePartialDate('2025-10')!, 'en')).to.equal('October 2025');
    expect(formatPartialDate(parsePartialDate('2025-10')!, 'en', 'short')).to.equal('Oct 2025');
    expect(formatPartialDate(parsePartialDate('2022-02-24')!, 'en')).to.equal('Feb. 24, 2022');
  });

  it('formats in Russian and Belarusian (numbers bound to their words by no-break spaces)', () => {
    expect(formatPartialDate(parsePartialDate('2020')!, 'ru')).to.match(/^2020/);
    expect(formatPartialDate(parsePartialDate('2025-10')!, 'ru')).to.match(/октябрь\s2025/i);
    expect(formatPartialDate(parsePartialDate('2022-02-24')!, 'ru')).to.match(/24\sфевраля\s2022/);
    expect(formatPartialDate(parsePartialDate('2025-10')!, 'be')).to.match(/кастрычнік\s2025/i);
    expect(formatPartialDate(parsePartialDate('2022-02-24')!, 'be')).to.match(/24\sлютага\s2022/);
  });
});
