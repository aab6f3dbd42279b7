import { expect } from '@open-wc/testing';
import { URL_PAYLOADS } from '../fixtures/xss-payloads.js';
import {
  EmbedOptionError,
  frameQuery,
  parseBaseUrl,
  parseDataUrl,
  parseFrameQuery,
  parseId,
  parseLang,
  parseTheme,
  parseWidget,
  WIDGET_NAMES,
} from '../../src/embed/widgets.js';
import { THEMES } from '../../src/widget/widget-element.js';
// @ts-expect-error: a plain ES module of the build scripts, without types
import { WIDGETS } from '../../scripts/widgets.mjs';

const refused = (run: () => unknown) => expect(run).to.throw(EmbedOptionError);

describe('embed options', () => {
  it('accepts widget names and tags, nothing else', () => {
    expect(parseWidget('indicators')).to.equal('indicators');
    expect(parseWidget(' Belarus-Timeline ')).to.equal('timeline');
    expect(WIDGET_NAMES.map(parseWidget)).to.deep.equal(['indicators', 'timeline', 'quotes']);
    for (const bad of ['map', '', 'belarus-', 'belarus-map', 'quotes2', null, 3]) refused(() => parseWidget(bad));
    expect(() => parseWidget('map')).to.throw(/Unknown widget “map”: use indicators, timeline, quotes\./);
  });

  it('names the same widgets as the build and check scripts', () => {
    expect(WIDGETS).to.deep.equal([...WIDGET_NAMES]);
  });

  it('knows the same themes as the widgets', () => {
    expect(THEMES.map(parseTheme)).to.deep.equal([...THEMES]);
    expect(parseTheme('DARK')).to.equal('dark');
    for (const bad of ['sepia', '', 'dark mode']) refused(() => parseTheme(bad));
  });

  it('accepts language tags only', () => {
    for (const good of ['en', 'ru', 'be', 'be-BY', 'en-Latn-GB', 'fil']) expect(parseLang(good)).to.equal(good);
    for (const bad of ['', 'e', 'english', 'en_GB', 'en-', '"><x', 'ru;']) refused(() => parseLang(bad));
  });

  it('accepts http(s) and relative data URLs and refuses every other scheme', () => {
    for (const good of [
      'https://example.org/data.json',
      'http://example.org/x.csv?a=1&b=2',
      '/data/events.csv',
      'data.json',
      '../data/quotes.csv',
      '//cdn.example/x.json',
    ]) {
      expect(parseDataUrl(good)).to.equal(good);
    }
    for (const payload of URL_PAYLOADS) {
      let accepted: string | undefined;
      try {
        accepted = parseDataUrl(payload);
      } catch (error) {
        expect(error, payload).to.be.instanceOf(EmbedOptionError);
        continue;
      }
      // What gets through is, to a browser, an http(s) URL (a relative path or another host).
      expect(new URL(accepted, 'https://host.invalid/').protocol, payload).to.match(/^https?:$/);
    }
    expect(() => parseDataUrl('javascript:alert(1)')).to.throw(/“javascript:” URLs are not allowed/);
    expect(() => parseDataUrl('java\tscript:alert(1)')).to.throw(/without spaces/);
    refused(() => parseDataUrl('https://exa mple.org/'));
    refused(() => parseDataUrl('https://[nope/'));
  });

  it('wants an absolute or root-relative base and ends it with a slash', () => {
    expect(parseBaseUrl('https://news.example/assets/bw')).to.equal('https://news.example/assets/bw/');
    expect(parseBaseUrl('/assets/bw/')).to.equal('/assets/bw/');
    for (const bad of ['assets/bw', './dist/', 'ftp://x.example/', 'javascript:alert(1)//']) refused(() => parseBaseUrl(bad));
  });

  it('accepts ids that are safe in messages and attributes', () => {
    expect(parseId('belarus-timeline')).to.equal('belarus-timeline');
    expect(parseId('chart_2.v1:a')).to.equal('chart_2.v1:a');
    for (const bad of ['', '1abc', 'a b', 'a"b', 'a<b', 'x'.repeat(65)]) refused(() => parseId(bad));
  });

  it('round-trips the iframe query, and takes pym.js childId as the id', () => {
    const options = { widget: 'quotes' as const, src: 'https://example.org/q.csv?x=1&y=2', lang: 'ru', theme: 'dark' as const, id: 'analysts' };
    expect(parseFrameQuery(`?${frameQuery(options)}`)).to.deep.equal(options);
    expect(parseFrameQuery('?widget=timeline&initialWidth=600&childId=pym-1&parentTitle=x').id).to.equal('pym-1');
    expect(parseFrameQuery('?widget=timeline&lang=&theme=')).to.deep.equal({ widget: 'timeline' });
    expect(() => parseFrameQuery('?widget=quotes&src=javascript%3Aalert(1)')).to.throw(/not allowed/);
    expect(() => parseFrameQuery('?src=/x.json')).to.throw(/Unknown widget/);
  });
});
