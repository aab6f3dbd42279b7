// Every run of text is read in the language it is written in: the interface strings in the
// widget's locale (even where the page speaks a language the widget does not), data text in the
// data's `meta.lang`, a quote in its own `lang`, slotted content in the page's language. What a
// screen reader gets is the `lang` of each run's closest ancestor; `textRuns` lists them.
import { expect, fixture, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { GERMAN_EVENTS, GERMAN_INDICATORS, isGerman } from './datasets.js';
import { misread, mount, settled, shadowMarkup, TAGS, textRuns, type Run, type Widget } from './runs.js';

const CYRILLIC = /[\u0400-\u04FF]/;
/** Latin-only runs of a Russian interface that are names, not English: "Скачать данные в формате CSV". */
const NAMES = new Set(['CSV', 'JSON']);
/** A Russian interface over the article's English data: Cyrillic is interface, Latin is data. */
const russianInterface = (run: Run) => (CYRILLIC.test(run.text) || NAMES.has(run.text) ? 'ru' : 'en');
/** The timeline's picture (the list again, for sighted readers) and its invisible font probe are `aria-hidden` drawings. */
const outsidePicture = (run: Run) => !run.element.closest('svg.picture, svg.probe');

const tagged = (tag: string, attributes = '') => staticHtml`<${unsafeStatic(tag)} ${unsafeStatic(attributes)}></${unsafeStatic(tag)}>`;

for (const tag of TAGS) {
  describe(`<${tag}> languages of its text`, () => {
    it('gives the same DOM whether lang is set as an attribute or as a property (React 19, Vue, Svelte)', async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="width: 700px"></div>`);
      const byAttribute = document.createElement(tag) as Widget;
      byAttribute.setAttribute('lang', 'ru');
      const byProperty = document.createElement(tag) as Widget;
      byProperty.lang = 'ru';
      box.append(byAttribute, byProperty);
      await Promise.all([settled(byAttribute), settled(byProperty)]);
      expect(byProperty.getAttribute('lang'), 'the host carries the lang it was given').to.equal('ru');
      expect(shadowMarkup(byProperty)).to.equal(shadowMarkup(byAttribute));
      expect(misread(textRuns(byProperty).filter(outsidePicture), russianInterface)).to.deep.equal([]);
    });

    it('reads a Russian interface in Russian and the English data in English', async () => {
      const el = await mount(tagged(tag, 'lang="ru"'));
      const runs = textRuns(el).filter(outsidePicture);
      expect(runs.filter((run) => CYRILLIC.test(run.text)).length, 'Russian strings rendered').to.be.greaterThan(3);
      expect(misread(runs, russianInterface)).to.deep.equal([]);
    });

    it('keeps a page’s region tag (ru-RU) on the Russian strings', async () => {
      const el = await mount(html`<div lang="ru-RU">${tagged(tag)}</div>`);
      expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('ru-RU');
      expect(misread(textRuns(el).filter(outsidePicture), russianInterface)).to.deep.equal([]);
    });

    it('reads the English fallback strings in English on a page in a language it does not speak', async () => {
      for (const template of [html`<div lang="de">${tagged(tag)}</div>`, tagged(tag, 'lang="de"')]) {
        const el = await mount(template);
        const runs = textRuns(el).filter(outsidePicture);
        expect(
          misread(runs, () => 'en'),
          el.parentElement!.outerHTML.slice(0, 40),
        ).to.deep.equal([]);
      }
    });

    it('reads the error message in the interface language on a page in another language', async () => {
      const el = await mount(html`<div lang="de">${staticHtml`<${unsafeStatic(tag)} src="/faults/status/404"></${unsafeStatic(tag)}>`}</div>`);
      expect(el.state).to.equal('error');
      expect(misread(textRuns(el), () => 'en')).to.deep.equal([]);
    });

    it('leaves slotted content in the page’s language', async () => {
      const el = await mount(html`<div lang="de">
        ${staticHtml`<${unsafeStatic(tag)}><span slot="title">Belarus in Zählungen</span><span slot="byline">Von Jürgen Müller</span></${unsafeStatic(tag)}>`}
      </div>`);
      const runs = textRuns(el).filter(outsidePicture);
      expect(runs.filter((run) => isGerman(run.text)).length, 'slotted runs').to.be.greaterThan(1);
      expect(misread(runs, (run) => (isGerman(run.text) ? 'de' : 'en'))).to.deep.equal([]);
    });
  });
}

describe('data text in its own language, interface words in theirs', () => {
  const german = (run: Run) => (isGerman(run.text) ? 'de' : 'en');

  it('<belarus-indicators>: German data on a German page, every cell, label, footer and problem', async () => {
    const el = await mount(html`<div lang="de"><belarus-indicators debug .data=${GERMAN_INDICATORS}></belarus-indicators></div>`);
    const runs = textRuns(el);
    expect(runs.filter((run) => isGerman(run.text)).map((run) => run.text)).to.include.members([
      'Zählungen und Größen',
      'Freigelassene Häftlinge',
      'Zählung ungeprüft',
      'Bundesamt für Größen',
      'Von Jürgen Müller',
      '["Größe"]',
    ]);
    expect(misread(runs, german)).to.deep.equal([]);
  });

  it('<belarus-indicators>: the text equivalents of bars and unit marks, and the dates, are in the interface language', async () => {
    const el = await mount(html`<belarus-indicators lang="ru" .data=${GERMAN_INDICATORS}></belarus-indicators>`);
    const inCells = textRuns(el).filter((run) => run.element.closest('tbody'));
    const drawings = inCells.filter((run) => run.element.matches('svg[role="img"]'));
    expect(drawings.map((run) => run.text)).to.deep.equal(['52 (Personen), по одной отметке на единицу', '12 из 100 (Punkte)']);
    expect(drawings.map((run) => run.lang)).to.deep.equal(['ru', 'ru']);
    const dates = inCells.filter((run) => run.element.localName === 'time');
    expect(dates.map((run) => [run.text, run.lang])).to.deep.equal([
      ['октябрь 2025 г.', 'ru'],
      ['сентябрь 2025 г.', 'ru'],
    ]);
    const rowHeaders = inCells.filter((run) => run.element.localName === 'th');
    expect(rowHeaders.map((run) => run.lang)).to.deep.equal(['de', 'de']);
  });

  it('<belarus-timeline>: German data on a German page, list, legend, details and problems', async () => {
    const el = await mount<Widget & { selected?: string }>(
      html`<div lang="de" style="width: 900px"><belarus-timeline debug selected="flug" .data=${GERMAN_EVENTS}></belarus-timeline></div>`,
    );
    const runs = textRuns(el).filter(outsidePicture);
    expect(runs.filter((run) => isGerman(run.text)).map((run) => run.text)).to.include.members([
      'Zeitläufe der Beziehungen',
      'Luftfahrt und Flüge',
      'Sanktionen gegen Minsk verschärft',
      'März 2022',
      'Bundesamt für Größen',
    ]);
    expect(misread(runs, german)).to.deep.equal([]);
  });

  it('<belarus-quotes>: German data on a German page, quote, speaker and context in German, controls in English', async () => {
    const data = {
      meta: { lang: 'de', source: { name: 'Bundesamt für Größen' } },
      quotes: [
        { text: 'Wir kommen zurück.', speaker: 'Jürgen Müller', role: 'Minister für Größen', context: 'Im Gespräch über Größen' },
        { text: 'Zweites Zitat für Größen.', speaker: 'Jürgen Müller' },
      ],
    };
    const el = await mount(html`<div lang="de"><belarus-quotes .data=${data}></belarus-quotes></div>`);
    const runs = textRuns(el);
    expect(runs.filter((run) => isGerman(run.text)).map((run) => run.text)).to.include.members([
      'Wir kommen zurück.',
      'Jürgen Müller',
      'Im Gespräch über Größen',
    ]);
    expect(misread(runs, german)).to.deep.equal([]);
  });

  it('<belarus-quotes>: English data on a German page in English, a quote in its own language', async () => {
    const data = {
      meta: { lang: 'en', source: { name: 'Newsroom reporting' } },
      quotes: [
        { text: 'We will be back.', speaker: 'A. Author', role: 'Minister', context: 'In an interview' },
        { text: 'Мы хочам свабоды.', speaker: 'B. Author', lang: 'be' },
      ],
    };
    const el = await mount(html`<div lang="de"><belarus-quotes .data=${data}></belarus-quotes></div>`);
    const runs = textRuns(el);
    // The carousel reads a quote's speaker in the quote's language, as the data writes it.
    const inBelarusian = new Set(['Мы хочам свабоды.', 'B. Author']);
    expect(misread(runs, (run) => (inBelarusian.has(run.text) ? 'be' : 'en'))).to.deep.equal([]);
  });
});
