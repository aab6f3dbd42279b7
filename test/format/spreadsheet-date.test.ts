import { expect } from '@open-wc/testing';
import { MONTH_NAMES, monthFromName } from '../../src/format/month-names.js';
import { readDate, type DateReading } from '../../src/format/spreadsheet-date.js';

/** The ISO text and precision read, or how the value was refused. */
function read(text: string, dateFormat?: 'DMY' | 'MDY'): string {
  const reading: DateReading = readDate(text, dateFormat);
  if ('date' in reading) return `${reading.date.iso} ${reading.date.precision}`;
  if ('ambiguous' in reading) return `either ${reading.ambiguous.map((d) => d.iso).join(' or ')}`;
  return `refused: ${reading.refused}`;
}

describe('dates as spreadsheets write them', () => {
  it('keeps ISO partial dates at their precision', () => {
    expect(['2020', '2025-10', '2022-02-24'].map((t) => read(t))).to.deep.equal(['2020 year', '2025-10 month', '2022-02-24 day']);
  });

  it('reads date-times as their day, whatever the time or zone written', () => {
    for (const text of [
      '2024-05-14 00:00:00',
      '2024-05-14T00:00:00Z',
      '2024-05-14T23:30:00-05:00',
      '2024-05-14 13:45',
      '5/14/2024 0:00',
      '14.05.2024 00:00:00',
      '5/14/2024 12:30 PM',
    ]) {
      expect(read(text), text).to.equal('2024-05-14 day');
    }
  });

  it('reads month names in English, Russian and Belarusian as months', () => {
    for (const text of [
      'March 2021',
      'Mar 2021',
      'mar. 2021',
      'MARCH 2021',
      'март 2021',
      'марта 2021',
      'Март 2021 г.',
      'мар. 2021',
      'сакавік 2021',
      'сакавіка 2021',
      'сак. 2021',
      '2021 March',
      'Mar-2021',
    ]) {
      expect(read(text), text).to.equal('2021-03 month');
    }
    expect(read('Sept. 2021')).to.equal('2021-09 month');
    expect(read('мая 2021')).to.equal('2021-05 month');
    expect(read('жніўня 2020')).to.equal('2020-08 month');
    expect(read('кастрычнік 2025')).to.equal('2025-10 month');
  });

  it('reads month names in Ukrainian, Polish and Lithuanian, with their words for "year"', () => {
    for (const text of [
      'жовтень 2025',
      'жовтня 2025 р.',
      'жовт. 2025',
      'październik 2025',
      'października 2025 r.',
      'paź 2025',
      'spalis 2025',
      '2025 m. spalis',
      '2025 m. spalio mėn.',
    ]) {
      expect(read(text), text).to.equal('2025-10 month');
    }
    for (const text of ['15 жовтня 2021 р.', '15 października 2021 r.', '2021 m. spalio 15 d.', '15 października 2021']) {
      expect(read(text), text).to.equal('2021-10-15 day');
    }
    expect(read('9 maja 2025')).to.equal('2025-05-09 day');
    expect(read('травень 2025')).to.equal('2025-05 month');
    expect(read('Mar 2021'), 'an English r is not the Polish word for year').to.equal('2021-03 month');
    expect(read('2021 Mar')).to.equal('2021-03 month');
  });

  it('reads Belarusian typed with a Latin i', () => {
    expect(read('сакавiк 2021')).to.equal('2021-03 month');
  });

  it('reads a day with a month name, day first or month first', () => {
    for (const text of [
      '15 March 2021',
      'March 15, 2021',
      'Mar 15, 2021',
      '15-Mar-2021',
      '15th March 2021',
      '15 марта 2021',
      '15 марта 2021 г.',
      '15 сакавіка 2021',
    ]) {
      expect(read(text), text).to.equal('2021-03-15 day');
    }
  });

  it('reads dotted dates day first and year-first dates as year, month, day', () => {
    expect(read('15.03.2021')).to.equal('2021-03-15 day');
    expect(read('5.3.2021')).to.equal('2021-03-05 day');
    expect(read('03.04.2021')).to.equal('2021-04-03 day');
    expect(read('03.04.2021', 'MDY')).to.equal('2021-04-03 day');
    expect(read('2021/03/15')).to.equal('2021-03-15 day');
    expect(read('2021-3-5')).to.equal('2021-03-05 day');
  });

  it('reads a numeric month and year as a month', () => {
    expect(['03/2021', '3/2021', '10.2025'].map((t) => read(t))).to.deep.equal(['2021-03 month', '2021-03 month', '2025-10 month']);
  });

  it('reads slash dates that a part over 12 (or equal parts) decides, without a date format', () => {
    expect(read('3/15/2021')).to.equal('2021-03-15 day');
    expect(read('15/3/2021')).to.equal('2021-03-15 day');
    expect(read('15-03-2021')).to.equal('2021-03-15 day');
    expect(read('3/3/2021')).to.equal('2021-03-03 day');
  });

  it('gives both readings of a slash date that reads two ways, and the date format decides it', () => {
    expect(read('3/4/2021')).to.equal('either 2021-04-03 or 2021-03-04');
    expect(read('3/4/2021', 'DMY')).to.equal('2021-04-03 day');
    expect(read('3/4/2021', 'MDY')).to.equal('2021-03-04 day');
  });

  it('refuses a slash date that the date format contradicts', () => {
    expect(read('15/3/2021', 'MDY')).to.equal('refused: not-in-format');
    expect(read('3/15/2021', 'DMY')).to.equal('refused: not-in-format');
  });

  it('refuses two-digit years rather than guess the century', () => {
    for (const text of ['15.03.21', '3/15/21', 'Mar-21', '15-Mar-21', 'March 21']) {
      expect(read(text), text).to.equal('refused: two-digit-year');
    }
  });

  it('refuses spreadsheet day numbers, impossible dates and prose', () => {
    expect(read('44270')).to.equal('refused: serial-number');
    expect(read('31 April 2021')).to.equal('refused: impossible');
    expect(read('29.02.2023')).to.equal('refused: impossible');
    expect(read('2/30/2021')).to.equal('refused: impossible');
    for (const text of ['Autumn 2025', 'soon', '', '15 March', 'Q1 2021', '2021-13']) {
      expect(read(text), text).to.match(/^refused/);
    }
  });
});

describe('month names', () => {
  it('names all twelve months in every language', () => {
    for (const [language, months] of Object.entries(MONTH_NAMES)) {
      expect(months, language).to.have.length(12);
      months.forEach((forms, index) => forms.forEach((form) => expect(monthFromName(form), `${language} ${form}`).to.equal(index + 1)));
    }
  });
});
