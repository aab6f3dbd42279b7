// The interface strings of every shipped language: complete, with each language's plural rules,
// quotation marks and wording a native reader would write.
import { expect } from '@open-wc/testing';
import { LOCALES, resolveLocale } from '../../src/format/locale.js';
import { CORE_STRINGS, describeProblem } from '../../src/format/strings.js';
import { INDICATOR_STRINGS } from '../../src/indicators/strings.js';
import { QUOTE_STRINGS } from '../../src/quotes/strings.js';
import { TIMELINE_STRINGS } from '../../src/timeline/strings.js';
// Every shipped language in the tables, as the ES modules and the single-file script have them.
import '../../src/locales/bundled.js';

const TABLES = { core: CORE_STRINGS, indicators: INDICATOR_STRINGS, timeline: TIMELINE_STRINGS, quotes: QUOTE_STRINGS };
const keys = (o: object) => Object.keys(o).sort();

describe('interface strings in every shipped language', () => {
  it('ships English, Russian, Belarusian, Ukrainian, Polish and Lithuanian, picked by the page’s language', () => {
    expect([...LOCALES]).to.deep.equal(['en', 'ru', 'be', 'uk', 'pl', 'lt']);
    expect(['uk-UA', 'pl', 'lt-LT', 'PL-pl', 'de'].map(resolveLocale)).to.deep.equal(['uk', 'pl', 'lt', 'pl', 'en']);
  });

  it('has every string of every widget in every language', () => {
    for (const [name, table] of Object.entries(TABLES)) {
      for (const locale of LOCALES) {
        const strings = (table as Record<string, object>)[locale];
        expect(strings, `${name}.${locale}`).to.be.an('object');
        expect(keys(strings), `${name}.${locale}`).to.deep.equal(keys(table.en));
      }
    }
    for (const locale of LOCALES) {
      expect(keys(CORE_STRINGS[locale].problems), locale).to.deep.equal(keys(CORE_STRINGS.en.problems));
      expect(keys(CORE_STRINGS[locale].detailed), locale).to.deep.equal(keys(CORE_STRINGS.en.detailed));
      expect(keys(TIMELINE_STRINGS[locale].categories), locale).to.deep.equal(keys(TIMELINE_STRINGS.en.categories));
    }
  });

  it('counts left-out rows by each language’s plural rules', () => {
    const skipped = (locale: string) => [1, 2, 5, 11, 21, 22, 25].map((n) => CORE_STRINGS[locale].skippedRows(n).replace(/^\D+|:$/g, ''));
    expect(skipped('uk')).to.deep.equal(['1 рядок', '2 рядки', '5 рядків', '11 рядків', '21 рядок', '22 рядки', '25 рядків']);
    expect(skipped('pl')).to.deep.equal(['1 wiersza', '2 wierszy', '5 wierszy', '11 wierszy', '21 wierszy', '22 wierszy', '25 wierszy']);
    expect(skipped('lt')).to.deep.equal(['1 eilutės', '2 eilučių', '5 eilučių', '11 eilučių', '21 eilutės', '22 eilučių', '25 eilučių']);
    expect(skipped('ru')).to.deep.equal(['1 строку', '2 строки', '5 строк', '11 строк', '21 строку', '22 строки', '25 строк']);
    expect(skipped('be')).to.deep.equal(['1 радок', '2 радкі', '5 радкоў', '11 радкоў', '21 радок', '22 радкі', '25 радкоў']);
  });

  it('sets titles off with each language’s quotation marks', () => {
    expect(LOCALES.map((locale) => CORE_STRINGS[locale].quotes.join('…'))).to.deep.equal(['“…”', '«…»', '«…»', '«…»', '„…”', '„…“']);
  });

  it('says “carousel” as Belarusian official orthography writes it', () => {
    expect(QUOTE_STRINGS.be.carousel).to.equal('карусель');
  });

  it('tells keyboard users what to do in natural sentences, not calques', () => {
    expect(TIMELINE_STRINGS.ru.keyboardHint).to.equal(
      'Между событиями можно переходить клавишами со стрелками, к первому и последнему — клавишами Home и End.',
    );
    expect(TIMELINE_STRINGS.be.keyboardHint).to.equal('Паміж падзеямі можна пераходзіць клавішамі са стрэлкамі, да першай і апошняй — клавішамі Home і End.');
  });

  it('writes error messages as a person would', () => {
    const describe = (code: 'http-status' | 'invalid-url', locale: string) =>
      describeProblem({ code, severity: 'error', message: '', ...(code === 'invalid-url' ? { row: 2, field: 'sourceUrl' } : {}) }, CORE_STRINGS[locale]);
    expect(describe('http-status', 'ru')).to.equal('Сервер вернул ошибку');
    expect(describe('http-status', 'be')).to.equal('Сервер вярнуў памылку');
    expect(describe('invalid-url', 'ru')).to.equal('Строка 2, поле «sourceUrl»: ссылка должна начинаться с http:// или https://, поэтому она не показана');
    expect(describe('invalid-url', 'be')).to.equal('Радок 2, поле «sourceUrl»: спасылка павінна пачынацца з http:// або https://, таму яна не паказана');
    expect(describe('invalid-url', 'pl')).to.equal('Wiersz 2, pole „sourceUrl”: link musi się zaczynać od http:// lub https://, więc go nie pokazano');
    for (const locale of LOCALES) expect(describe('http-status', locale), locale).not.to.match(/http\(s\)/);
  });

  it('names the as-of column by what it says', () => {
    expect(LOCALES.map((locale) => INDICATOR_STRINGS[locale].asOf)).to.deep.equal([
      'As of',
      'По состоянию на',
      'Па стане на',
      'Станом на',
      'Stan na',
      'Duomenų data',
    ]);
  });
});
