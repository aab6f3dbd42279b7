// `heading-level` lets the page fit each widget's headline into its own outline (an <h3> under
// the article's <h2> sections); anything but 1–6 falls back to 2 and tells the developer why.
import { expect, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { a11ySnapshot, findAccessibilityNode } from '@web/test-runner-commands';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { itWithCdp } from '../support/cdp.js';
import { mount, squash, TAGS, type Tag, type Widget } from './runs.js';
import { warnings } from '../support/console-warnings.js';

type AxNode = { role: string; name: string; level?: number; children?: AxNode[] };
const find = (tree: unknown, test: (node: AxNode) => boolean) => findAccessibilityNode(tree as never, test as never) as AxNode | null;

const HEADLINES: Record<Tag, string> = {
  'belarus-indicators': 'By the Numbers: U.S.-Belarus Relations',
  'belarus-timeline': 'U.S.-Belarus Relations',
  'belarus-quotes': 'In Their Words',
};

const withLevel = (tag: Tag, level?: string) => staticHtml`<${unsafeStatic(tag)} heading-level=${level ?? nothing}></${unsafeStatic(tag)}>`;
const headline = (el: Widget) => el.shadowRoot!.querySelector('[part~="headline"]')!;

for (const tag of TAGS) {
  describe(`<${tag} heading-level>`, () => {
    itWithCdp('puts the headline at the level the page asks for', async () => {
      const el = await mount(withLevel(tag, '3'));
      expect(headline(el).localName).to.equal('h3');
      const tree = await a11ySnapshot({});
      expect(find(tree, (node) => node.role === 'heading' && node.name === HEADLINES[tag])?.level).to.equal(3);
    });

    it('is an <h2> by default, and follows changes of the attribute', async () => {
      const el = await mount(withLevel(tag));
      expect(headline(el).localName).to.equal('h2');
      el.setAttribute('heading-level', '1');
      await el.updateComplete;
      expect(headline(el).localName).to.equal('h1');
      expect(squash(headline(el).textContent)).to.equal(HEADLINES[tag]);
      el.removeAttribute('heading-level');
      await el.updateComplete;
      expect(headline(el).localName).to.equal('h2');
    });

    it('falls back to 2 for anything but a whole number from 1 to 6, with a console warning', async () => {
      for (const value of ['7', '0', '2.5', 'three', '']) {
        let el!: Widget;
        const warned = await warnings(async () => (el = await mount(withLevel(tag, value))));
        expect(headline(el).localName, `heading-level="${value}"`).to.equal('h2');
        expect(warned, `heading-level="${value}"`).to.deep.equal([
          `belarus-widgets: <${tag}> heading-level="${value}" is not a whole number from 1 to 6; using 2.`,
        ]);
      }
      expect(await warnings(() => mount(withLevel(tag, '6'))), 'a valid level').to.deep.equal([]);
    });
  });
}

describe('<belarus-timeline heading-level> and its events', () => {
  it('puts the events one level below the headline', async () => {
    const el = await mount(html`<belarus-timeline heading-level="4"></belarus-timeline>`);
    expect(headline(el).localName).to.equal('h4');
    const titles = Array.from(el.shadowRoot!.querySelectorAll('ol.events > li > .entry-title'));
    expect(titles.map((title) => title.localName)).to.deep.equal(titles.map(() => 'h5'));
    expect(squash(titles[1].textContent)).to.equal('U.S. and EU sanctions');
  });

  it('keeps them at <h6> under an <h6> headline, and at <h3> by default', async () => {
    const deepest = await mount(html`<belarus-timeline heading-level="6"></belarus-timeline>`);
    expect(deepest.shadowRoot!.querySelector('.entry-title')!.localName).to.equal('h6');
    const usual = await mount(html`<belarus-timeline></belarus-timeline>`);
    expect(usual.shadowRoot!.querySelector('.entry-title')!.localName).to.equal('h3');
  });
});
