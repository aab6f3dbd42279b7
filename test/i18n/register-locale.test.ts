// A newsroom adds a language the widgets do not ship (German here), or rewords one they do: the
// strings given replace the language's own, the rest stay English and are named in the console.
import { expect, html } from '@open-wc/testing';
import { registerLocale } from '../../src/format/register-locale.js';
import { resolveLocale } from '../../src/format/locale.js';
import { CORE_STRINGS } from '../../src/format/strings.js';
import { QUOTE_STRINGS } from '../../src/quotes/strings.js';
import { mount, textRuns } from '../lang/runs.js';

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Runs `body` and returns what it warned in the console. */
function warnings(body: () => void): string[] {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => seen.push(args.join(' '));
  try {
    body();
  } finally {
    console.warn = original;
  }
  return seen;
}

describe('registerLocale', () => {
  it('adds a language: its strings where given, English and a warning naming every other key', () => {
    const warned = warnings(() =>
      registerLocale('de', {
        core: {
          source: 'Quelle:',
          sources: 'Quellen:',
          asOf: (date) => `Stand: ${date}`,
          quotes: ['„', '“'],
          problems: { timeout: 'der Server antwortete zu spät' },
        },
        quotes: { previous: 'Vorheriges Zitat', next: 'Nächstes Zitat', carousel: 'Karussell' },
      }),
    );
    expect(resolveLocale('de-AT')).to.equal('de');
    expect(CORE_STRINGS.de.source).to.equal('Quelle:');
    expect(CORE_STRINGS.de.problems.timeout).to.equal('der Server antwortete zu spät');
    expect(CORE_STRINGS.de.problems['http-status'], 'a missing key stays English').to.equal(CORE_STRINGS.en.problems['http-status']);
    expect(QUOTE_STRINGS.de.slide).to.equal('slide');
    expect(warned).to.have.length(1);
    expect(warned[0]).to.match(/^belarus-widgets: registerLocale\('de'\) has no strings for /);
    for (const key of ['core.loading', 'core.problems.http-status', 'quotes.slide', 'indicators.headline', 'timeline.sinceMonth'])
      expect(warned[0]).to.include(key);
    for (const key of ['core.source', 'core.problems.timeout', 'quotes.next']) expect(warned[0]).not.to.include(`${key},`);
  });

  it('renders a German page in German where the strings are given, its dates from the browser', async () => {
    const el = await mount(html`<div lang="de-DE"><belarus-quotes></belarus-quotes></div>`);
    expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('de-DE');
    expect(el.shadowRoot!.querySelector('button.previous')!.getAttribute('aria-label')).to.equal('Vorheriges Zitat');
    expect(squash(el.shadowRoot!.querySelector('p.source')!.textContent)).to.equal(
      'Stand: Oktober 2025. Quelle: „Why Is the U.S. Suddenly Courting Belarus’s Autocratic Regime?“',
    );
    const title = textRuns(el).find((run) => run.text.startsWith('Why Is'))!;
    expect(title.lang).to.equal('en');
  });

  it('updates widgets already on the page, and rewords a shipped language without warnings', async () => {
    const el = await mount(html`<belarus-quotes lang="ru"></belarus-quotes>`);
    const before = QUOTE_STRINGS.ru.previous;
    const warned = warnings(() => registerLocale('ru', { quotes: { previous: 'Назад' } }));
    try {
      expect(warned).to.deep.equal([]);
      expect(QUOTE_STRINGS.ru.next, 'the other strings stay Russian').to.equal('Следующая цитата');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('button.previous')!.getAttribute('aria-label')).to.equal('Назад');
    } finally {
      registerLocale('ru', { quotes: { previous: before } });
    }
  });

  it('names strings the widgets do not use, and refuses a tag that is not a language', () => {
    const warned = warnings(() => registerLocale('de', { quotes: { previos: 'Zurück' } as never }));
    expect(warned.at(-1)).to.equal("belarus-widgets: registerLocale('de') got strings the widgets do not use: quotes.previos.");
    expect(() => registerLocale('de-AT', {})).to.throw(TypeError, /language subtag/);
    expect(() => registerLocale('', {})).to.throw(TypeError);
  });
});
