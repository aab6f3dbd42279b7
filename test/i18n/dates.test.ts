// Dates as each reader language writes them, the same in Chromium and Firefox: Chromium has no
// Belarusian dates and Firefox abbreviates Belarusian months by cutting them ("кас"), so `be`
// comes from the project's table in both; every other language from the browser's Intl.
import { expect } from '@open-wc/testing';
import { dateRangePieces, type RangeWords } from '../../src/format/date-range.js';
import { formatPartialDate, parsePartialDate, type DateFormatOptions, type DateStyle } from '../../src/format/partial-date.js';
import { TIMELINE_STRINGS } from '../../src/timeline/strings.js';
// Every shipped language in the tables, as the ES modules and the single-file script have them.
import '../../src/locales/bundled.js';

const NBSP = '\u00a0';
/** Expected text with a no-break space wherever a space touches a number, as the typesetting rules ask. */
const bound = (text: string) => text.replace(/ (?=\d)|(?<=\d) /g, NBSP);
const format = (iso: string, lang: string, style: DateStyle = 'long', options?: DateFormatOptions) =>
  formatPartialDate(parsePartialDate(iso)!, lang, style, options);

describe('dates in every reader language', () => {
  it('English follows AP: months spelled out alone or with a year, abbreviated with a day', () => {
    expect(format('2025-10', 'en')).to.equal('October 2025');
    expect(format('2022-02-24', 'en')).to.equal('Feb. 24, 2022');
    expect(format('2025-09-09', 'en')).to.equal('Sept. 9, 2025');
    expect(format('2025-03-09', 'en')).to.equal('March 9, 2025');
    expect(format('2025-07-04', 'en')).to.equal('July 4, 2025');
    // A British page's dates stay British (the developer messages name both orders).
    expect(format('2021-04-03', 'en-GB')).to.equal('3 April 2021');
  });

  it('Belarusian from the table in every browser: «кастр.», «9 мая», «г.»', () => {
    expect(format('2025-10', 'be')).to.equal(bound('кастрычнік 2025 г.'));
    expect(format('2025-10', 'be', 'short')).to.equal(bound('кастр. 2025 г.'));
    expect(format('2022-02-24', 'be')).to.equal(bound('24 лютага 2022 г.'));
    expect(format('2022-02-24', 'be', 'short')).to.equal(bound('24 лют. 2022 г.'));
    expect(format('2025-05-09', 'be', 'short')).to.equal(bound('9 мая 2025 г.'));
    expect(format('2025-05', 'be', 'short')).to.equal(bound('май 2025 г.'));
    expect(format('2025-05-09', 'be', 'short', { year: false })).to.equal(bound('9 мая'));
    expect(format('2025-10', 'be', 'short', { year: false })).to.equal('кастр.');
    expect(format('2020', 'be')).to.equal('2020');
  });

  it('Russian, Ukrainian, Polish and Lithuanian from Intl', () => {
    expect([format('2025-10', 'ru'), format('2025-10', 'ru', 'short'), format('2022-02-24', 'ru')]).to.deep.equal(
      ['октябрь 2025 г.', 'окт. 2025 г.', '24 февраля 2022 г.'].map(bound),
    );
    expect([format('2025-10', 'uk'), format('2025-10', 'uk', 'short'), format('2022-02-24', 'uk')]).to.deep.equal(
      ['жовтень 2025 р.', 'жовт. 2025 р.', '24 лютого 2022 р.'].map(bound),
    );
    expect([format('2025-10', 'pl'), format('2025-10', 'pl', 'short'), format('2022-02-24', 'pl')]).to.deep.equal(
      ['październik 2025', 'paź 2025', '24 lutego 2022'].map(bound),
    );
    expect([format('2025-10', 'lt'), format('2025-10', 'lt', 'short'), format('2022-02-24', 'lt')]).to.deep.equal(
      ['2025 m. spalis', '2025-10', '2022 m. vasario 24 d.'].map(bound),
    );
  });

  it('a month after a day takes the genitive, even where Intl abbreviates it to the nominative (Polish «maj»)', () => {
    expect(format('2025-05-09', 'pl', 'short')).to.equal(bound('9 maja 2025'));
    expect(format('2025-05-09', 'ru', 'short')).to.equal(bound('9 мая 2025 г.'));
    expect(format('2025-05-09', 'uk', 'short')).to.equal(bound('9 трав. 2025 р.'));
  });

  it('a month after «с», «з», «od» takes the genitive', () => {
    const genitive = (lang: string) => format('2025-10', lang, 'long', { monthCase: 'genitive' });
    expect(['ru', 'be', 'uk', 'pl', 'lt', 'en'].map(genitive)).to.deep.equal([
      ...['октября 2025 г.', 'кастрычніка 2025 г.', 'жовтня 2025 р.', 'października 2025', '2025 m. spalio'].map(bound),
      'October 2025',
    ]);
  });

  it('axis ticks leave the year out and never show a bare month number', () => {
    expect(format('2025-10', 'en', 'short', { year: false })).to.equal('Oct');
    expect(format('2025-10-09', 'en', 'short', { year: false })).to.equal('Oct 9');
    expect(format('2025-10', 'ru', 'short', { year: false })).to.equal('окт.');
    expect(format('2025-10', 'lt', 'short', { year: false })).to.equal('spalis');
    expect(format('2025-05-09', 'pl', 'short', { year: false })).to.equal(bound('9 maja'));
  });

  it('binds numbers to their words with no-break spaces outside English', () => {
    expect(format('2022-02-24', 'ru')).to.equal(`24${NBSP}февраля${NBSP}2022${NBSP}г.`);
    expect(format('2022-02-24', 'en')).not.to.include(NBSP);
  });
});

describe('date spans in every reader language', () => {
  const span = (start: string, end: string | undefined, lang: keyof typeof TIMELINE_STRINGS) =>
    dateRangePieces(
      parsePartialDate(start)!,
      end === 'present' ? 'present' : end ? parsePartialDate(end) : undefined,
      lang,
      TIMELINE_STRINGS[lang] as RangeWords,
    )
      .map((piece) => (typeof piece === 'string' ? piece : piece.text))
      .join('')
      .replace(/\u00a0/g, ' ');

  it('an open span starting at a month puts the month in the genitive', () => {
    expect(span('2025-10', 'present', 'ru')).to.equal('с октября 2025 г. по настоящее время');
    expect(span('2025-10', 'present', 'be')).to.equal('з кастрычніка 2025 г. па цяперашні час');
    expect(span('2025-10', 'present', 'uk')).to.equal('з жовтня 2025 р. дотепер');
    expect(span('2025-10', 'present', 'pl')).to.equal('od października 2025 do dziś');
    expect(span('2025-10', 'present', 'lt')).to.equal('2025 m. spalis – dabar');
    expect(span('2025-10', 'present', 'en')).to.equal('October 2025 – present');
    expect(span('2020', 'present', 'ru')).to.equal('с 2020 по настоящее время');
  });

  it('years take an unspaced en dash; dates with words the language’s spaced dash', () => {
    for (const lang of ['en', 'ru', 'be', 'uk', 'pl', 'lt'] as const) expect(span('2020', '2022', lang), lang).to.equal('2020–2022');
    expect(span('2021-03', '2025-10', 'ru')).to.equal('март 2021 г. — октябрь 2025 г.');
    expect(span('2021-03', '2025-10', 'be')).to.equal('сакавік 2021 г. — кастрычнік 2025 г.');
    expect(span('2021-03', '2025-10', 'uk')).to.equal('березень 2021 р. — жовтень 2025 р.');
    expect(span('2021-03', '2025-10', 'pl')).to.equal('marzec 2021 – październik 2025');
    expect(span('2021-03', '2025-10', 'lt')).to.equal('2021 m. kovas – 2025 m. spalis');
    expect(span('2021-03', '2025-10', 'en')).to.equal('March 2021 – October 2025');
  });
});
