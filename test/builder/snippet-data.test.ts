// The embed generator's extensions for the builder: the producer's data inline (script and
// static modes), a frame's own title and starting height. Existing output is unchanged (see
// test/embed/snippet.test.ts).
import { expect } from '@open-wc/testing';
import { buildSnippet, EmbedOptionError, inlineJson, parseRequest, type StaticPart } from '../../src/embed/snippet.js';

const BASE = 'https://news.example/bw/';
const request = (raw: Record<string, unknown>) => parseRequest({ base: BASE, ...raw }, BASE);

function parse(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

const DATA = {
  meta: { title: 'Санкцыі </script><!-- & “quotes”' },
  events: [{ id: 'a', date: '2020', title: 'A </SCRIPT> <b>bold</b> \u2028 😀' }],
};

describe('embed snippets with the producer’s data', () => {
  it('script: the data as inline JSON inside the tag, which the parser keeps whole', () => {
    const html = buildSnippet({ ...request({ widget: 'timeline', lang: 'be' }), data: DATA });
    const tag = parse(html).querySelector('belarus-timeline')!;
    const block = tag.querySelector('script[type="application/json"]')!;
    expect(tag.children.length).to.equal(1);
    expect(JSON.parse(block.textContent!)).to.deep.equal(DATA);
    expect(html.split('\n').slice(0, 2)).to.deep.equal([
      `<script src="${BASE}belarus-timeline.min.js" defer></script>`,
      `<script src="${BASE}belarus-locale-be.min.js" defer></script>`,
    ]);
  });

  it('inline JSON is pure ASCII and has no "<", so no data can end the block or garble on a windows-1251 page', () => {
    const json = inlineJson(DATA);
    expect(json).to.match(/^[\x20-\x7e]*$/);
    expect(json).not.to.include('<');
    expect(JSON.parse(json)).to.deep.equal(DATA);
  });

  it('refuses data with src (the widget would ignore the file), and data in a frame (the frame page cannot get it)', () => {
    expect(() => buildSnippet({ ...request({ widget: 'quotes', src: '/q.csv' }), data: DATA })).to.throw(EmbedOptionError, /not both/);
    expect(() => buildSnippet({ ...request({ widget: 'quotes', mode: 'iframe' }), data: DATA })).to.throw(EmbedOptionError, /from a URL/);
    expect(() => buildSnippet({ ...request({ widget: 'quotes', mode: 'amp' }), data: DATA })).to.throw(EmbedOptionError, /from a URL/);
  });

  it('static: the same data after the declarative shadow root, so the script shows it too', () => {
    const part: StaticPart = { attributes: { lang: 'en', state: 'ready' }, shadow: '<p>rendered</p>' };
    const html = buildSnippet({ ...request({ widget: 'timeline', mode: 'static' }), data: DATA }, part);
    const tag = parse(html).querySelector('belarus-timeline')!;
    expect(tag.querySelector('template')!.content.querySelector('p')!.textContent).to.equal('rendered');
    expect(JSON.parse(tag.querySelector('script[type="application/json"]')!.textContent!)).to.deep.equal(DATA);
    expect(html.split('\n')).to.have.length(2);
  });

  it('iframe and AMP take the frame title and starting height the builder measured', () => {
    const frame = parse(
      buildSnippet({ ...request({ widget: 'timeline', mode: 'iframe', src: 'https://data.example/e.csv' }), title: 'Our "story" (timeline)', height: 811.2 }),
    ).querySelector('iframe')!;
    expect([frame.getAttribute('title'), frame.getAttribute('height')]).to.deep.equal(['Our "story" (timeline)', '812']);
    const amp = parse(
      buildSnippet({ ...request({ widget: 'quotes', mode: 'amp', src: 'https://data.example/q.csv' }), title: 'Q', height: 300 }),
    ).querySelector('amp-iframe')!;
    expect([amp.getAttribute('title'), amp.getAttribute('height')]).to.deep.equal(['Q', '300']);
  });

  it('more attributes of the tag, escaped', () => {
    const html = buildSnippet({
      ...request({ widget: 'indicators' }),
      tagAttributes: [
        ['sort-by', 'status'],
        ['page-size', '"5"'],
        ['hidden', undefined],
        ['deep-link', true],
      ],
    });
    expect(html).to.include('<belarus-indicators sort-by="status" page-size="&quot;5&quot;" deep-link></belarus-indicators>');
  });
});
