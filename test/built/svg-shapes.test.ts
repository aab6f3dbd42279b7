// Every SVG the widgets draw keeps its shapes side by side, as authored: a shape that lost its
// closing (a minifier dropping the `/>` of `<rect/>`) swallows the next one, which is then not
// drawn. Runs against the sources and, in web-test-runner.dist.config.mjs, the built script.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';

const SHAPES = 'rect, path, line, circle, ellipse, polygon, polyline';

type Widget = HTMLElement & { state: string; updateComplete: Promise<boolean> };

async function mount(tag: 'belarus-indicators' | 'belarus-timeline' | 'belarus-quotes', attributes = ''): Promise<Widget> {
  const box = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
  const el = document.createElement(tag) as Widget;
  for (const name of attributes.split(' ').filter(Boolean)) el.setAttribute(name, name === 'interval' ? '600000' : '');
  box.append(el);
  await waitUntil(() => el.state === 'ready', `<${tag}> never got ready`, { timeout: 8000 });
  await el.updateComplete;
  return el;
}

/** Shapes nested in shapes: SVG draws neither a shape's element children nor their text. */
const nestedShapes = (el: Element) =>
  Array.from(el.shadowRoot!.querySelectorAll(SHAPES))
    .filter((shape) => shape.parentElement!.closest(SHAPES))
    .map((shape) => `<${shape.localName}> inside <${shape.parentElement!.localName}>`);

const box = (shape: Element) => shape.getBoundingClientRect();

describe('SVG shapes in the rendered widgets', () => {
  it('draws both bars of the pause icon on the rotation button, side by side', async () => {
    const el = await mount('belarus-quotes', 'autoplay interval');
    const button = el.shadowRoot!.querySelector('button.rotation')!;
    expect(button.getAttribute('aria-label')).to.equal('Stop automatic slide show');
    const svg = button.querySelector('svg')!;
    const bars = Array.from(svg.children);
    expect(bars.map((bar) => bar.localName)).to.deep.equal(['rect', 'rect']);
    const [left, right] = bars.map(box);
    for (const bar of [left, right]) expect(bar.width > 0 && bar.height > 0, `bar of ${bar.width}x${bar.height}`).to.equal(true);
    expect(right.left).to.be.greaterThan(left.right);
    expect(right.top).to.equal(left.top);
  });

  it('draws the play, previous and next icons as one shape each', async () => {
    const el = await mount('belarus-quotes', 'autoplay interval');
    const rotation = el.shadowRoot!.querySelector<HTMLButtonElement>('button.rotation')!;
    rotation.click();
    await el.updateComplete;
    expect(rotation.getAttribute('aria-label')).to.equal('Start automatic slide show');
    for (const button of [rotation, ...el.shadowRoot!.querySelectorAll('button.previous, button.next')]) {
      const shapes = Array.from(button.querySelector('svg')!.children);
      expect(
        shapes.map((shape) => shape.localName),
        button.className,
      ).to.deep.equal(['path']);
      expect(box(shapes[0]).width, button.className).to.be.greaterThan(0);
    }
  });

  for (const tag of ['belarus-indicators', 'belarus-timeline', 'belarus-quotes'] as const) {
    it(`nests no shape inside another in <${tag}>`, async () => {
      const el = await mount(tag, tag === 'belarus-quotes' ? 'autoplay interval' : '');
      expect(el.shadowRoot!.querySelectorAll(SHAPES).length).to.be.greaterThan(0);
      expect(nestedShapes(el)).to.deep.equal([]);
    });
  }
});
