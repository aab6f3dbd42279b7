import { expect } from '@open-wc/testing';
import { URL_PAYLOADS } from '../fixtures/xss-payloads.js';
import {
  attributes,
  buildSnippet,
  defaultBase,
  EmbedOptionError,
  escapeHtml,
  FRAME_HEIGHTS,
  parseRequest,
  scriptFiles,
  type BundledReserve,
  type StaticPart,
} from '../../src/embed/snippet.js';

const CDN = defaultBase('9.9.9');
const request = (raw: Record<string, unknown>) => parseRequest(raw, CDN);
const snippet = (raw: Record<string, unknown>, part?: StaticPart) => buildSnippet(request(raw), part);

/** The snippet as the HTML parser reads it (no script runs in a template). */
function parse(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

describe('embed snippets', () => {
  it('script: the widget’s own classic script from the pinned CDN version, then the tag', () => {
    expect(snippet({ widget: 'timeline' })).to.equal(
      '<script src="https://cdn.jsdelivr.net/npm/belarus-widgets@9.9.9/dist/belarus-timeline.min.js" defer></script>\n<belarus-timeline></belarus-timeline>',
    );
    const html = snippet({ widget: 'quotes', src: '/data/quotes.csv', lang: 'be', theme: 'auto', base: 'https://news.example/bw' });
    const tag = parse(html).querySelector('belarus-quotes')!;
    expect([tag.getAttribute('lang'), tag.getAttribute('theme'), tag.getAttribute('src')]).to.deep.equal(['be', 'auto', '/data/quotes.csv']);
    expect([...parse(html).querySelectorAll('script')].map((script) => script.getAttribute('src'))).to.deep.equal([
      'https://news.example/bw/belarus-quotes.min.js',
      'https://news.example/bw/belarus-locale-be.min.js',
    ]);
  });

  it('script: the language file only for a shipped language other than English', () => {
    expect(scriptFiles({ widget: 'indicators', lang: 'ru-RU' })).to.deep.equal(['belarus-indicators.min.js', 'belarus-locale-ru.min.js']);
    expect(scriptFiles({ widget: 'indicators', lang: 'en-GB' })).to.deep.equal(['belarus-indicators.min.js']);
    expect(scriptFiles({ widget: 'indicators', lang: 'de' })).to.deep.equal(['belarus-indicators.min.js']);
    expect(scriptFiles({ widget: 'indicators' })).to.deep.equal(['belarus-indicators.min.js']);
  });

  it('script with Subresource Integrity asks for CORS, with a hash for each file', () => {
    const integrity = { 'belarus-indicators.min.js': 'sha384-abc', 'belarus-locale-pl.min.js': 'sha384-def' };
    const req = { ...request({ widget: 'indicators', lang: 'pl' }), integrity };
    const scripts = [...parse(buildSnippet(req)).querySelectorAll('script')];
    expect(scripts.map((script) => [script.getAttribute('integrity'), script.getAttribute('crossorigin'), script.hasAttribute('defer')])).to.deep.equal([
      ['sha384-abc', 'anonymous', true],
      ['sha384-def', 'anonymous', true],
    ]);
  });

  it('iframe: the frame page with its query, a title, a starting height, and the resizer', () => {
    const html = snippet({ widget: 'indicators', mode: 'iframe', base: 'https://news.example/bw/', src: 'https://data.example/x.csv?a=1&b=2', theme: 'dark' });
    const frame = parse(html).querySelector('iframe')!;
    const url = new URL(frame.getAttribute('src')!);
    expect(url.origin + url.pathname).to.equal('https://news.example/bw/embed.html');
    expect(Object.fromEntries(url.searchParams)).to.deep.equal({ widget: 'indicators', src: 'https://data.example/x.csv?a=1&b=2', theme: 'dark' });
    expect(frame.hasAttribute('data-belarus-widgets')).to.equal(true);
    expect(frame.getAttribute('title')).to.match(/By the Numbers/);
    expect(frame.getAttribute('height')).to.equal(String(FRAME_HEIGHTS.indicators));
    expect(frame.hasAttribute('style')).to.equal(false);
    expect(parse(html).querySelector('script')!.getAttribute('src')).to.equal('https://news.example/bw/resizer.js');
  });

  it('iframe: valid HTML, no presentational attributes (width="100%" and frameborder are not HTML)', () => {
    const frame = parse(snippet({ widget: 'timeline', mode: 'iframe', base: 'https://news.example/bw/' })).querySelector('iframe')!;
    expect(frame.getAttributeNames()).to.deep.equal(['data-belarus-widgets', 'src', 'title', 'height', 'loading']);
    expect(frame.getAttribute('height')).to.match(/^\d+$/);
    expect(frame.getAttribute('title')).to.match(/timeline/);
  });

  it('a base with a query string (a cache-busting version) keeps it on every file, after the file name', () => {
    const base = 'https://cdn.example/bw/?v=3';
    const script = parse(snippet({ widget: 'timeline', base })).querySelector('script')!;
    expect(script.getAttribute('src')).to.equal('https://cdn.example/bw/belarus-timeline.min.js?v=3');

    const framed = parse(snippet({ widget: 'quotes', mode: 'iframe', base, lang: 'ru' }));
    const url = new URL(framed.querySelector('iframe')!.getAttribute('src')!);
    expect(url.origin + url.pathname).to.equal('https://cdn.example/bw/embed.html');
    expect(Object.fromEntries(url.searchParams)).to.deep.equal({ v: '3', widget: 'quotes', lang: 'ru' });
    expect(framed.querySelector('script')!.getAttribute('src')).to.equal('https://cdn.example/bw/resizer.js?v=3');

    const part: StaticPart = { attributes: { lang: 'en' }, shadow: '<p>x</p>' };
    const fixed = parse(snippet({ widget: 'quotes', mode: 'static', base: '/bw?v=3' }, part));
    expect(fixed.querySelector('script')!.getAttribute('src')).to.equal('/bw/belarus-quotes.min.js?v=3');
    expect(fixed.querySelector('template')!.content.querySelector('link')!.getAttribute('href')).to.equal('/bw/static/belarus-quotes.css?v=3');

    expect(() => request({ widget: 'quotes', base: 'https://cdn.example/bw/#top' })).to.throw(EmbedOptionError, /#/);
  });

  it('amp: a resizable amp-iframe with an overflow button', () => {
    const html = snippet({ widget: 'quotes', mode: 'amp', base: 'https://news.example/bw/' });
    const frame = parse(html).querySelector('amp-iframe')!;
    expect(frame.hasAttribute('resizable')).to.equal(true);
    expect(frame.getAttribute('sandbox')).to.include('allow-scripts');
    expect(frame.querySelector('[overflow]')?.localName).to.equal('button');
    expect(() => request({ widget: 'quotes', mode: 'amp', base: 'http://news.example/' })).to.throw(/https/);
  });

  it('static: declarative shadow DOM with the stylesheet link, then the script', () => {
    const part: StaticPart = { attributes: { lang: 'en', state: 'ready', 'data-prerendered': '9.9.9' }, shadow: '<p>pre-rendered</p>' };
    const html = snippet({ widget: 'quotes', mode: 'static', lang: 'ru', theme: 'dark', base: '/bw/' }, part);
    expect(html).to.equal(
      '<belarus-quotes lang="ru" state="ready" data-prerendered="9.9.9" theme="dark"><template shadowrootmode="open">' +
        '<link rel="stylesheet" href="/bw/static/belarus-quotes.css"><p>pre-rendered</p></template></belarus-quotes>\n' +
        '<script src="/bw/belarus-quotes.min.js" defer></script>\n<script src="/bw/belarus-locale-ru.min.js" defer></script>',
    );
    expect(html).not.to.include('\n\n');
    expect(() => buildSnippet(request({ widget: 'quotes', mode: 'static' }))).to.throw(EmbedOptionError);
  });

  it('script with --reserve: the room in whole pixels, and the script right after the tag, so the tag is defined before the text below is drawn', () => {
    const html = snippet({ widget: 'timeline', src: '/data/events.json', reserve: ' 320:1180.2, 600px:760  1000:640 ' });
    expect(html).to.equal(
      '<belarus-timeline src="/data/events.json" reserve="320:1181 600:760 1000:640"></belarus-timeline>\n' +
        '<script src="https://cdn.jsdelivr.net/npm/belarus-widgets@9.9.9/dist/belarus-timeline.min.js"></script>',
    );
    expect(parse(html).querySelector('belarus-timeline')!.getAttribute('reserve')).to.equal('320:1181 600:760 1000:640');
    expect(
      parse(snippet({ widget: 'quotes', reserve: '640' }))
        .querySelector('belarus-quotes')!
        .getAttribute('reserve'),
    ).to.equal('640');
  });

  it('--reserve bundled: the heights the build measured with the bundled dataset, in the embed’s language', () => {
    const bundled: BundledReserve = {
      measured: 'Chrome, 16px system-ui, the bundled dataset',
      reserve: { 'belarus-timeline': { en: '320:1426 600:1433', ru: '320:1467 600:1450' } },
    };
    const reserveOf = (raw: Record<string, unknown>) =>
      parse(buildSnippet(parseRequest({ widget: 'timeline', src: '/data/us-belarus-relations.json', reserve: 'bundled', ...raw }, CDN, bundled)))
        .querySelector('belarus-timeline')!
        .getAttribute('reserve');
    expect(reserveOf({})).to.equal('320:1426 600:1433');
    expect(reserveOf({ lang: 'ru-RU' })).to.equal('320:1467 600:1450');
    expect(reserveOf({ lang: 'de' })).to.equal('320:1426 600:1433');
    // Not built with a browser: nothing was measured, and nothing is made up.
    expect(() => request({ widget: 'timeline', src: '/x.json', reserve: 'bundled' })).to.throw(EmbedOptionError, /reserve\.json/);
  });

  it('--reserve is refused where it cannot work, or when its value cannot be read', () => {
    expect(() => request({ widget: 'quotes', mode: 'iframe', base: '/bw/', reserve: '300' })).to.throw(EmbedOptionError, /script embeds/);
    expect(() => request({ widget: 'quotes', mode: 'static', reserve: '300' })).to.throw(EmbedOptionError, /script embeds/);
    for (const value of ['tall', '600:700 500:800', '0', '', '"><script>']) {
      expect(() => request({ widget: 'quotes', src: '/x.json', reserve: value }), value).to.throw(EmbedOptionError, /--reserve .*"320:1180 600:760"/);
    }
  });

  it('refuses what cannot work', () => {
    expect(() => request({ widget: 'quotes', mode: 'static', src: '/x.csv' })).to.throw(/static mode pre-renders/);
    expect(() => request({ widget: 'quotes', mode: 'iframe' })).to.throw(/needs --base/);
    expect(() => request({ widget: 'quotes', mode: 'popup' })).to.throw(/Unknown mode/);
    expect(() => request({ widget: 'chart' })).to.throw(/Unknown widget/);
  });

  it('escapes every attribute value, so no data URL can break out of its attribute', () => {
    expect(escapeHtml(`a&b"c'd<e>f`)).to.equal('a&amp;b&quot;c&#39;d&lt;e&gt;f');
    expect(
      attributes([
        ['a', '"x"'],
        ['b', undefined],
        ['c', true],
      ]),
    ).to.equal(' a="&quot;x&quot;" c');
    const hostile = ['https://x.example/"><script>alert(1)</script>', "/data.csv?'onmouseover='alert(1)", '/x.json?<img/src=x/onerror=alert(1)>'];
    for (const src of [...hostile, ...URL_PAYLOADS]) {
      let html: string;
      try {
        html = snippet({ widget: 'indicators', src, base: 'https://news.example/' });
      } catch (error) {
        expect(error, src).to.be.instanceOf(EmbedOptionError);
        continue;
      }
      const fragment = parse(html);
      expect(fragment.querySelectorAll('*').length, src).to.equal(2);
      expect(fragment.querySelector('belarus-indicators')!.getAttribute('src'), src).to.equal(src);
    }
  });
});
