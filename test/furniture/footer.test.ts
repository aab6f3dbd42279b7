// The furniture every widget shares (headline, dek, footer) looks the same in all three: a
// widget's own rules must not reach it.
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/define.js';
import { $, settled, type Widget } from '../hosts/helpers.js';

const META = { source: { name: 'Freedom House', url: 'https://freedomhouse.org/' }, notes: 'Figures rounded.', byline: 'Graphics desk' };
const DATA = {
  'belarus-indicators': { meta: META, indicators: [{ indicator: 'Political prisoners', status: 'Over 1,100' }] },
  'belarus-timeline': { meta: META, events: [{ date: '2020-08-09', title: 'Election', sourceUrl: 'https://example.org/a' }] },
  'belarus-quotes': { meta: META, quotes: [{ text: 'We will be back.', speaker: 'A. Author', sourceUrl: 'https://example.org/q' }] },
};

/** The footer lines' computed looks, by line. */
function footerLooks(el: Widget) {
  return ['notes', 'source', 'byline'].map((name) => {
    const style = getComputedStyle($(el, `[part="footer"] [part="${name}"]`)!);
    return { name, fontSize: style.fontSize, padding: style.padding, margin: style.margin, alignSelf: style.alignSelf, color: style.color };
  });
}

describe('shared furniture', () => {
  it('draws the footer’s notes, source and byline alike in every widget', async () => {
    const looks = [];
    for (const [tag, data] of Object.entries(DATA)) {
      const el = (await fixture(html`<div style="width: 700px"></div>`)).appendChild(document.createElement(tag)) as Widget;
      (el as unknown as { data: unknown }).data = data;
      await settled(el);
      looks.push({ tag, lines: footerLooks(el) });
    }
    expect(looks[1].lines, 'timeline vs indicators').to.deep.equal(looks[0].lines);
    expect(looks[2].lines, 'quotes vs indicators').to.deep.equal(looks[0].lines);
  });
});
