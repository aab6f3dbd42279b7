// <belarus-timeline> in containers of different widths: horizontal from 600 px, vertical below,
// and no text drawn over other text at 320, 600 and 1200 px (measured in the rendered page),
// with the article's events and with synthetic ones, in both themes.
import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { syntheticEvents } from '../fixtures/timeline-synthetic-events.js';
import { $, $$, expectAccessible, mountAt, orientation, resize, type BelarusTimeline } from './helpers.js';

type Rect = Pick<DOMRect, 'left' | 'right' | 'top' | 'bottom'>;
const overlap = (a: Rect, b: Rect) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

function expectApart(rects: Array<{ name: string; rect: Rect }>, context: string): void {
  for (let i = 0; i < rects.length; i++) {
    for (let j = i + 1; j < rects.length; j++) {
      expect(overlap(rects[i].rect, rects[j].rect), `${context}: “${rects[i].name}” overlaps “${rects[j].name}”`).to.equal(false);
    }
  }
}

/** Every text box a reader sees: SVG labels, ticks and badges, or the list's lines. */
function textRects(el: BelarusTimeline): Array<{ name: string; rect: Rect }> {
  const svgTexts = $$<SVGTextElement>(el, 'svg.picture text');
  if (svgTexts.length) return svgTexts.map((t) => ({ name: t.textContent!.trim(), rect: t.getBoundingClientRect() }));
  return $$(el, 'ol.events > li')
    .flatMap((li) => Array.from(li.querySelectorAll('.entry-marker, time, h3, .category, .description')))
    .map((node) => ({ name: node.textContent!.trim() || node.className, rect: node.getBoundingClientRect() }));
}

const SYNTHETIC = { meta: { title: 'Synthetic events' }, events: syntheticEvents(60, { from: 2015, to: 2025 }) };

describe('<belarus-timeline> responsive layout', () => {
  before(() => setViewport({ width: 1400, height: 1000 }));

  it('switches between horizontal and vertical with its container, not the viewport', async () => {
    const el = await mountAt(800, html`<belarus-timeline selected="thaw"></belarus-timeline>`);
    expect(orientation(el)).to.equal('horizontal');
    expect($(el, 'svg.picture')!.getAttribute('aria-hidden')).to.equal('true');
    await resize(el, 599, 'vertical');
    expect($(el, 'svg.picture')).to.equal(null);
    expect($(el, '.detail')).to.equal(null);
    expect($$(el, 'ol.events > li')).to.have.length(6);
    expect($(el, 'li.selected h3')!.textContent!.trim()).to.equal('Trump administration initiates a diplomatic thaw');
    await resize(el, 600, 'horizontal');
    expect($(el, 'svg.picture .mark.selected')!.getAttribute('data-index')).to.equal('4');
    expect(Math.round($(el, 'svg.picture')!.getBoundingClientRect().width)).to.equal(600);
  });

  for (const width of [320, 600, 1200]) {
    for (const [name, data] of [
      ['article', undefined],
      ['synthetic', SYNTHETIC],
    ] as const) {
      it(`draws no text over other text at ${width} px (${name} data), and passes axe in both themes`, async () => {
        const el = await mountAt(width, html`<belarus-timeline .data=${data}></belarus-timeline>`);
        expect(orientation(el)).to.equal(width >= 600 ? 'horizontal' : 'vertical');
        const rects = textRects(el);
        expect(rects.length).to.be.greaterThan(5);
        expectApart(rects, `${name} at ${width}px`);
        const box = el.getBoundingClientRect();
        for (const { name: text, rect } of rects) {
          expect(
            rect.left >= box.left - 0.5 && rect.right <= box.right + 0.5,
            `“${text}” stays inside the widget (${rect.left.toFixed(1)}–${rect.right.toFixed(1)} in ${box.left.toFixed(1)}–${box.right.toFixed(1)})`,
          ).to.equal(true);
        }
        await expectAccessible(el);
        el.theme = 'dark';
        await el.updateComplete;
        await expectAccessible(el);
      });
    }
  }

  it('keeps labels apart when the selected one turns bold and in a larger, wider font', async () => {
    const el = await mountAt(700, html`<belarus-timeline style="font: 22px/1.4 'DejaVu Sans Mono', monospace" selected="election-2020"></belarus-timeline>`);
    expectApart(textRects(el), 'monospace, 22px');
    for (const index of ['0', '3', '4']) {
      $(el, `svg.picture .mark[data-index="${index}"] .hit`)!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await el.updateComplete;
      expectApart(textRects(el), `monospace, selected ${index}`);
    }
  });

  it('draws category markers with at least 3:1 contrast in both themes', async () => {
    const el = await mountAt(800, html`<belarus-timeline></belarus-timeline>`);
    for (const theme of ['light', 'dark'] as const) {
      el.theme = theme;
      await el.updateComplete;
      const background = luminance(getComputedStyle($(el, '[part~="base"]')!).backgroundColor);
      const fills = $$(el, 'ul.legend path').map((path) => luminance(getComputedStyle(path).fill));
      for (const fill of [...fills, luminance(getComputedStyle($(el, '.axis .domain')!).stroke)]) {
        const ratio = (Math.max(fill, background) + 0.05) / (Math.min(fill, background) + 0.05);
        expect(ratio, theme).to.be.at.least(3);
      }
    }
  });
});

function luminance(colour: string): number {
  const [r, g, b] = colour
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map((n) => {
      const c = Number(n) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
