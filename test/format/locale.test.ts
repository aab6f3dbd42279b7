import { expect, fixture, html } from '@open-wc/testing';
import { nearestLang, resolveLocale, sameLanguage } from '../../src/format/locale.js';
import { CORE_STRINGS, describeProblem } from '../../src/format/strings.js';

describe('locales', () => {
  it('maps language tags to shipped locales', () => {
    expect(['be-BY', 'ru_RU', 'RU', 'en-GB', 'uk', '', undefined, null].map(resolveLocale)).to.deep.equal([
      'be', 'ru', 'ru', 'en', 'en', 'en', 'en', 'en',
    ]);
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
    for (const locale of ['ru', 'be'] as const) {
      expect(keys(CORE_STRINGS[locale])).to.deep.equal(keys(CORE_STRINGS.en));
      expect(keys(CORE_STRINGS[locale].problems)).to.deep.equal(keys(CORE_STRINGS.en.problems));
    }
  });

  it('describes a problem with row, field and value', () => {
    const problem = { code: 'invalid-date', severity: 'error', message: '', row: 3, field: 'date', value: '2021-02-30' } as const;
    expect(describeProblem(problem, CORE_STRINGS.en)).to.equal(
      'Row 3, field “date”: the date is not a valid date (YYYY, YYYY-MM or YYYY-MM-DD) (2021-02-30)',
    );
    expect(describeProblem(problem, CORE_STRINGS.be)).to.match(/^Радок 3, поле «date»: няправільная дата/);
    expect(describeProblem({ code: 'timeout', severity: 'error', message: '' }, CORE_STRINGS.en)).to.equal(
      'The server took too long to answer',
    );
  });
});
