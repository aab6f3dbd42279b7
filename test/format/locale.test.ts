import { expect, fixture, html } from '@open-wc/testing';
import { isLanguageTag, nearestLang, resolveLocale, sameLanguage } from '../../src/format/locale.js';
import { validateMeta } from '../../src/data/validate.js';
import { parseLang } from '../../src/embed/widgets.js';
import { PROBLEM_CODES } from '../../src/data/types.js';
import { CORE_STRINGS, describeProblem } from '../../src/format/strings.js';
// Every shipped language in the tables, as the ES modules and the single-file script have them.
import '../../src/locales/bundled.js';

describe('locales', () => {
  it('maps language tags to shipped locales', () => {
    expect(['be-BY', 'ru_RU', 'RU', 'en-GB', 'uk', 'de', '', undefined, null].map(resolveLocale)).to.deep.equal([
      'be',
      'ru',
      'ru',
      'en',
      'uk',
      'en',
      'en',
      'en',
      'en',
    ]);
  });

  it('takes the same language tags in data and in embed options, private-use and singleton subtags too', () => {
    const tags = ['en', 'be-BY', 'sr-Latn-RS', 'en-x-private', 'de-u-co-phonebk', 'fil'];
    for (const tag of tags) {
      expect(isLanguageTag(tag), tag).to.equal(true);
      expect(validateMeta({ lang: tag }).meta.lang, tag).to.equal(tag);
      expect(parseLang(tag), tag).to.equal(tag);
    }
    for (const bad of ['', 'e', 'english', 'en_GB', 'en-', 'en--x', 'ru;']) expect(isLanguageTag(bad), bad).to.equal(false);
  });

  it('finds the nearest lang across a shadow root', async () => {
    const host = await fixture(html`<div lang="ru"><span></span></div>`);
    const shadow = host.querySelector('span')!.attachShadow({ mode: 'open' });
    const inner = document.createElement('b');
    shadow.append(inner);
    expect(nearestLang(inner)).to.equal('ru');
  });

  it('compares languages, not regions', () => {
    expect(sameLanguage('en-GB', 'en')).to.equal(true);
    expect(sameLanguage('be', 'ru')).to.equal(false);
  });

  it('has every string in every locale', () => {
    const keys = (o: object) => Object.keys(o).sort();
    for (const locale of ['ru', 'be', 'uk', 'pl', 'lt'] as const) {
      expect(keys(CORE_STRINGS[locale])).to.deep.equal(keys(CORE_STRINGS.en));
      expect(keys(CORE_STRINGS[locale].problems)).to.deep.equal(keys(CORE_STRINGS.en.problems));
    }
  });

  it('describes a problem with row, field and value', () => {
    const problem = { code: 'invalid-date', severity: 'error', message: '', row: 3, field: 'date', value: '2021-02-30' } as const;
    expect(describeProblem(problem, CORE_STRINGS.en)).to.equal('Row 3, field “date”: the date is not a valid date (YYYY, YYYY-MM or YYYY-MM-DD) (2021-02-30)');
    expect(describeProblem(problem, CORE_STRINGS.be)).to.match(/^Радок 3, поле «date»: няправільная дата/);
    expect(describeProblem({ code: 'timeout', severity: 'error', message: '' }, CORE_STRINGS.en)).to.equal('The server took too long to answer');
  });

  it("fills in a problem's details in every locale, and never shows a placeholder", () => {
    for (const locale of ['en', 'ru', 'be', 'uk', 'pl', 'lt'] as const) {
      const strings = CORE_STRINGS[locale];
      expect(Object.keys(strings.detailed).sort(), locale).to.deep.equal(Object.keys(CORE_STRINGS.en.detailed).sort());
      for (const code of PROBLEM_CODES) {
        for (const details of [['one', 'two', 'three'], [], undefined]) {
          const text = describeProblem({ code, severity: 'warning', message: '', details }, strings);
          expect(text, `${locale} ${code}`).not.to.match(/\{\w+\}/);
        }
      }
    }
  });

  it('describes spreadsheet problems with what to do about them', () => {
    const unknown = { code: 'unknown-column', severity: 'warning', message: '', details: ['Sourse URL', 'sourceUrl'] } as const;
    expect(describeProblem(unknown, CORE_STRINGS.en)).to.equal(
      'The column “Sourse URL” is not a field of this widget and was ignored; did you mean “sourceUrl”?',
    );
    expect(describeProblem(unknown, CORE_STRINGS.ru)).to.equal(
      'У этого виджета нет поля «Sourse URL», столбец пропущен; может быть, имелось в виду «sourceUrl»?',
    );
    expect(describeProblem(unknown, CORE_STRINGS.be)).to.equal(
      'У гэтага віджэта няма поля «Sourse URL», слупок прапушчаны; можа, мелася на ўвазе «sourceUrl»?',
    );
    const header = { code: 'missing-columns', severity: 'error', message: '', value: 'Datum, Titel', details: ['date', 'title'] } as const;
    expect(describeProblem(header, CORE_STRINGS.en)).to.equal('The header row has no column for date, title (Datum, Titel)');
    const number = { code: 'ambiguous-number', severity: 'warning', message: '', row: 2, field: 'value', value: '1.500', details: ['1500', '1.5'] } as const;
    expect(describeProblem(number, CORE_STRINGS.be)).to.equal(
      'Радок 2, поле «value»: гэта можа быць 1500 або 1.5: укажыце meta.lang або lang; лік не паказаны (1.500)',
    );
    const date = {
      code: 'ambiguous-date',
      severity: 'error',
      message: '',
      row: 1,
      field: 'date',
      value: '3/4/2021',
      details: ['2021-04-03', '2021-03-04'],
    } as const;
    expect(describeProblem(date, CORE_STRINGS.ru)).to.equal(
      'Строка 1, поле «date»: это может быть 2021-04-03 (сначала день) или 2021-03-04 (сначала месяц): укажите meta.dateFormat или date-format (3/4/2021)',
    );
  });
});
