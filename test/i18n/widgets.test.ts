// The three widgets over the article's data, in each reader language: what the table header,
// the timeline's dates, the carousel and the credit line say, and in which language each is read.
import { expect, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { mount, textRuns, type Widget } from '../lang/runs.js';

const ARTICLE = 'Why Is the U.S. Suddenly Courting Belarus’s Autocratic Regime?';
/** Text as read, no-break spaces as spaces. */
const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const $ = (el: Widget, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Widget, selector: string) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(selector));
const widget = (tag: string, lang: string) =>
  mount(html`<div style="width: 900px">${staticHtml`<${unsafeStatic(tag)} lang=${lang}></${unsafeStatic(tag)}>`}</div>`);

const HEADERS: Record<string, string> = {
  en: 'Status (as of October 2025)',
  ru: 'Статус (по состоянию на октябрь 2025 г.)',
  be: 'Стан на кастрычнік 2025 г.',
  uk: 'Стан на жовтень 2025 р.',
  pl: 'Stan na październik 2025',
  lt: 'Būklė (2025 m. spalis)',
};

/** The credit line under the table: the as-of sentence, then Freedom House and the article. */
const CREDITS: Record<string, string> = {
  en: `Data as of October 2025. Sources: Freedom House; “${ARTICLE}”`,
  ru: `Данные на октябрь 2025 г. Источники: Freedom House; «${ARTICLE}»`,
  be: `Даныя на кастрычнік 2025 г. Крыніцы: Freedom House; «${ARTICLE}»`,
  uk: `Дані станом на жовтень 2025 р. Джерела: Freedom House; «${ARTICLE}»`,
  pl: `Stan na październik 2025. Źródła: Freedom House; „${ARTICLE}”`,
  lt: `Duomenų data: 2025 m. spalis. Šaltiniai: Freedom House; „${ARTICLE}“`,
};

describe('the widgets in every reader language', () => {
  for (const lang of Object.keys(HEADERS)) {
    it(`<belarus-indicators lang="${lang}">: the status header and the credit line`, async () => {
      const el = await widget('belarus-indicators', lang);
      expect(squash($$(el, 'thead th button')[1]?.textContent)).to.equal(HEADERS[lang]);
      expect(squash($(el, 'p.source')?.textContent)).to.equal(CREDITS[lang]);
    });
  }

  it('credits the timeline and the carousel to the article alone, its title in quotation marks', async () => {
    for (const tag of ['belarus-timeline', 'belarus-quotes']) {
      const en = await widget(tag, 'en');
      expect(squash($(en, 'p.source')?.textContent), tag).to.equal(`Data as of October 2025. Source: “${ARTICLE}”`);
      const ru = await widget(tag, 'ru');
      expect(squash($(ru, 'p.source')?.textContent), tag).to.equal(`Данные на октябрь 2025 г. Источник: «${ARTICLE}»`);
    }
  });

  it('reads the credit words in the interface language and the names and titles in the data’s', async () => {
    const el = await widget('belarus-indicators', 'ru');
    const runs = textRuns(el).filter((run) => run.element.closest('p.source'));
    expect(runs.map((run) => [run.text, run.lang])).to.deep.equal([
      ['Данные на октябрь 2025 г.', 'ru'],
      ['Источники:', 'ru'],
      ['Freedom House', 'en'],
      [ARTICLE, 'en'],
    ]);
  });

  it('dates the release of the 52 prisoners to the year, in every language', async () => {
    for (const lang of ['en', 'be']) {
      const el = await widget('belarus-timeline', lang);
      const release = $$(el, 'ol.events > li').at(-1)!;
      expect(squash(release.querySelector('time')?.textContent), lang).to.equal('2025');
      expect(release.querySelector('time')?.getAttribute('datetime')).to.equal('2025');
    }
  });

  it('dates an open span that starts at a month in the genitive, in the list and the details', async () => {
    const data = { meta: { lang: 'en', asOf: '2025-12' }, events: [{ id: 'a', date: '2025-10', end: 'present', title: 'Talks' }] };
    const expected: Record<string, string> = {
      ru: 'с октября 2025 г. по настоящее время',
      be: 'з кастрычніка 2025 г. па цяперашні час',
      uk: 'з жовтня 2025 р. дотепер',
      pl: 'od października 2025 do dziś',
    };
    for (const [lang, text] of Object.entries(expected)) {
      const el = await mount(html`<div style="width: 900px"><belarus-timeline lang=${lang} selected="a" .data=${data}></belarus-timeline></div>`);
      const when = $$(el, 'ol.events > li .when, ol.events > li .when-text')
        .map((part) => part.textContent)
        .join('');
      expect(squash(when), lang).to.equal(text);
      expect(squash($(el, '.detail-meta')?.textContent), lang).to.equal(text);
    }
  });

  it('speaks of the carousel as Belarusian writes it, and shows speakers with lower-case roles', async () => {
    const el = await widget('belarus-quotes', 'be');
    expect($(el, '[aria-roledescription="карусель"]'), 'the carousel’s role description').not.to.equal(null);
    const en = await widget('belarus-quotes', 'en');
    expect(squash($(en, 'h2')?.textContent)).to.equal('In Their Words');
    expect($$(en, '.slide .speaker').map((s) => squash(s.textContent))).to.deep.equal([
      'John Coale, Trump envoy',
      'Dr. Elena Petrova, senior fellow, Atlantic Council',
      'Dr. Elena Petrova, senior fellow, Atlantic Council',
    ]);
    expect(squash($$(en, '.slide blockquote')[1].textContent), 'no full stop the article does not print').to.equal('There’s no coherent strategy visible here');
  });
});
