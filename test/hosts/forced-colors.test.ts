// The widgets under forced colours (Windows High Contrast and its kin), light and dark. Browsers
// force the colours of HTML text, borders and backgrounds, but not the `fill` and `stroke` of SVG,
// and they drop backgrounds and shadows that carried meaning. Every colour a reader sees must be
// a system colour, text at least 4.5:1 and marks at least 3:1 against what is behind them, and
// the selected event and the current quote must stand out by more than a colour.
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { describeWithCdp } from '../support/cdp.js';
import { emulateMediaFeatures, saveScreenshot } from './commands.js';
import { $, $$, backgroundBehind, contrast, mountIn, parseColour, systemColours, TAGS, type Rgba, type Widget } from './helpers.js';

const SHAPES = 'path, rect, circle, ellipse, line, polygon, polyline';

interface Paint {
  what: string;
  colour: string;
  against: Rgba;
}

const visible = (el: Element) => !el.closest('.visually-hidden, .probe') && getComputedStyle(el).visibility === 'visible' && el.getClientRects().length > 0;

const name = (el: Element) => `<${el.localName}${el.getAttribute('class') ? `.${el.getAttribute('class')!.trim().replace(/\s+/g, '.')}` : ''}>`;

/** The colour of every run of text the reader can see: HTML text's `color`, SVG text's `fill`. */
function textPaints(el: Widget): Paint[] {
  const paints: Paint[] = [];
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement!;
    if (!node.textContent!.trim() || !visible(parent)) continue;
    const svgText = parent.closest('text');
    const colour = svgText ? getComputedStyle(svgText).fill : getComputedStyle(parent).color;
    paints.push({ what: `${name(parent)} "${node.textContent!.trim().slice(0, 30)}"`, colour, against: backgroundBehind(parent) });
  }
  return paints;
}

/** The paints of every SVG shape the reader can see (not the transparent hit areas). */
function shapePaints(el: Widget): Array<{ what: string; paints: Paint[] }> {
  return $$(el, SHAPES)
    .filter((shape) => visible(shape) && !shape.closest('.probe'))
    .map((shape) => {
      const style = getComputedStyle(shape);
      const against = backgroundBehind(shape);
      const paints: Paint[] = [];
      for (const [kind, colour] of [
        ['fill', style.fill],
        ['stroke', style.stroke],
      ] as const) {
        const rgba = parseColour(colour);
        if (!rgba || rgba[3] === 0 || (kind === 'stroke' && parseFloat(style.strokeWidth) === 0)) continue;
        paints.push({ what: `${name(shape)} ${kind}`, colour, against });
      }
      return { what: name(shape), paints };
    })
    .filter((shape) => shape.paints.length);
}

/**
 * What sets an element apart without colour: border widths and styles, outline, underline,
 * weight, and SVG strokes' widths.
 */
function shapeOf(el: Element): string {
  const s = getComputedStyle(el);
  return [
    s.borderTopWidth,
    s.borderRightWidth,
    s.borderBottomWidth,
    s.borderLeftWidth,
    s.borderTopStyle,
    s.borderInlineStartStyle,
    s.outlineStyle,
    s.outlineWidth,
    s.textDecorationLine,
    s.strokeWidth,
  ].join(' ');
}

for (const scheme of ['light', 'dark'] as const) {
  describeWithCdp(`under forced colours, ${scheme}`, () => {
    let system: Map<string, string>;

    before(async () => {
      await setViewport({ width: 1100, height: 900 });
      await emulateMediaFeatures({ forcedColors: 'active', colorScheme: scheme });
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
      system = systemColours();
    });
    after(() => emulateMediaFeatures({}));

    const expectSystem = (paint: Paint) => expect(system.has(paint.colour), `${paint.what} is ${paint.colour}, not a system colour`).to.equal(true);

    for (const tag of TAGS) {
      it(`<${tag}>: text in system colours at 4.5:1 or more`, async () => {
        const { el } = await mountIn(tag, 1000);
        if (tag === 'belarus-timeline') {
          $$(el, 'button.select')[1].click();
          await el.updateComplete;
        }
        const paints = textPaints(el);
        expect(paints.length).to.be.greaterThan(5);
        for (const paint of paints) {
          expectSystem(paint);
          const ratio = contrast(parseColour(paint.colour)!, paint.against);
          expect(ratio, `${paint.what}: ${paint.colour} on rgb(${paint.against.slice(0, 3).join(', ')})`).to.be.at.least(4.5);
        }
        await saveScreenshot(`forced-colors-${scheme}-${tag.replace('belarus-', '')}`, el);
      });

      it(`<${tag}>: drawn marks in system colours, each at 3:1 or more`, async () => {
        const { el } = await mountIn(tag, 1000);
        const shapes = shapePaints(el);
        expect(shapes.length).to.be.greaterThan(0);
        for (const shape of shapes) {
          shape.paints.forEach(expectSystem);
          // A shape shows if one of its paints stands out (a hollow marker is Canvas inside a CanvasText ring).
          const best = Math.max(...shape.paints.map((p) => contrast(parseColour(p.colour)!, p.against)));
          expect(best, `${shape.what}: ${shape.paints.map((p) => p.colour).join(' / ')}`).to.be.at.least(3);
        }
      });
    }

    it('the timeline: the selected event stands out in the picture and the list by more than colour', async () => {
      const { el } = await mountIn('belarus-timeline', 1000);
      $$(el, 'button.select')[1].click();
      await el.updateComplete;
      const ring = $(el, '.mark.selected .ring');
      expect(ring, 'a ring around the selected marker').to.exist;
      const ringColour = getComputedStyle(ring!).stroke;
      expectSystem({ what: 'selection ring', colour: ringColour, against: [0, 0, 0, 1] });
      expect(contrast(parseColour(ringColour)!, backgroundBehind(ring!))).to.be.at.least(3);
      const [first, selected] = $$(el, 'ol.events > li');
      expect(selected.classList.contains('selected')).to.equal(true);
      expect(shapeOf(selected), 'selected list entry vs another').to.not.equal(shapeOf(first));
    });

    it("the carousel: the current quote's picker stands out by more than colour and weight", async () => {
      const { el } = await mountIn('belarus-quotes', 760);
      const [current, other] = $$(el, 'button.picker');
      expect(current.getAttribute('aria-disabled')).to.equal('true');
      expect(shapeOf(current)).to.not.equal(shapeOf(other));
      const style = getComputedStyle(current);
      expect(contrast(parseColour(style.color)!, backgroundBehind(current)), 'current picker text').to.be.at.least(4.5);
    });

    it('focus rings are system colours at 3:1 or more', async () => {
      const { el } = await mountIn('belarus-indicators', 760);
      $(el, 'thead th button')!.focus();
      await sendKeys({ press: 'Tab' });
      const focused = el.shadowRoot!.activeElement!;
      expect(focused.matches(':focus-visible'), 'keyboard focus shows').to.equal(true);
      const style = getComputedStyle(focused);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      expectSystem({ what: 'focus ring', colour: style.outlineColor, against: [0, 0, 0, 1] });
      expect(contrast(parseColour(style.outlineColor)!, backgroundBehind(focused))).to.be.at.least(3);
    });
  });
}
