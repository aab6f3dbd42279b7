// The widgets on host pages with aggressive global CSS. Page rules cannot select anything inside
// a shadow root, but they reach it two ways: rules on the host element itself (`* { all: unset }`
// makes it `display: inline`; `!important` universal rules), and inherited properties set on an
// ancestor (white-space, letter-spacing, text-transform, line-height...). Each page below does
// both; each widget must stay inside its column and read as written.
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { saveScreenshot } from './commands.js';
import { $, $$, addPageStyles, boxOf, drawnOutside, mountIn, TAGS } from './helpers.js';

/** Host-page style sheets, each scoped to a page class so the test runner's own page is spared. */
const PAGES = {
  // "The New CSS Reset": unsets every property of every element, custom elements included.
  'all-unset': `
    .all-unset, .all-unset *:where(:not(iframe, canvas, img, svg, video, audio):not(svg *)) { all: unset; display: revert; }
    .all-unset *, .all-unset *::before, .all-unset *::after { box-sizing: border-box; }
    .all-unset { display: block; font: 18px/1 Georgia, serif; }`,
  // Universal !important rules of the kind themes and utility frameworks ship.
  important: `
    .important * { box-sizing: content-box !important; max-width: none !important; }
    .important table { width: auto !important; }
    .important svg { max-width: none !important; display: inline !important; }
    .important *:not(.column) { display: inline !important; }
    .important .column { display: block !important; }
    .important { font: 17px/1.1 Arial, sans-serif; }`,
  // Inherited text properties set on the article column: each reaches into every shadow root.
  inherited: `
    .inherited .column {
      white-space: nowrap; letter-spacing: 0.15em; word-spacing: 0.5em; text-transform: uppercase;
      line-height: 1; text-indent: 3em; text-align: justify; font-style: italic; font-weight: 300;
      word-break: keep-all; hyphens: auto; font-variant: small-caps; text-shadow: 1px 1px 0 #ccc;
    }`,
  // The inline-block gap hack of older grid systems: no font size on the row, reset on known children.
  'zero-font': `
    .zero-font .column { font-size: 0; line-height: 0; }
    .zero-font .column > p { font-size: 16px; }`,
} as const;

type PageName = keyof typeof PAGES;

describe('on host pages with aggressive CSS', () => {
  // Wide enough for the widest column, so none of it lies off screen (to the left, on a right-to-left page).
  before(() => setViewport({ width: 1300, height: 900 }));

  const removers: Array<() => void> = [];
  before(() => Object.values(PAGES).forEach((css) => removers.push(addPageStyles(css))));
  after(() => removers.forEach((remove) => remove()));

  for (const page of Object.keys(PAGES) as PageName[]) {
    describe(page, () => {
      for (const width of [320, 760, 1200]) {
        for (const tag of TAGS) {
          it(`<${tag}> at ${width} px stays inside its column`, async () => {
            const { el, column } = await mountIn(tag, width, { pageClass: page });
            const base = $(el, '[part~="base"]')!;
            expect(base.getBoundingClientRect().width, 'fills the column').to.be.closeTo(width, 1);
            expect(base.scrollWidth, 'no sideways scrolling inside').to.be.at.most(base.clientWidth);
            expect(drawnOutside(el, boxOf(column))).to.deep.equal([]);
            if (width === 320 || width === 1200) await saveScreenshot(`reset-${page}-${width}-${tag.replace('belarus-', '')}`, column);
          });
        }
      }
    });
  }

  describe('inherited text styles do not change what the widgets say or how they are set', () => {
    for (const tag of TAGS) {
      it(`<${tag}> reads as written`, async () => {
        const { el } = await mountIn(tag, 760, { pageClass: 'inherited' });
        const headline = $(el, '[part~="headline"]')!;
        // innerText applies text-transform: an uppercased headline reads differently.
        expect(headline.innerText.trim()).to.not.equal(headline.innerText.trim().toUpperCase());
        const base = $(el, '[part~="base"]')!;
        const style = getComputedStyle(base);
        const lineHeight = parseFloat(style.lineHeight) / parseFloat(style.fontSize);
        expect(lineHeight, 'line height').to.be.greaterThan(1.3);
        for (const p of $$(el, 'p').filter((node) => node.getClientRects().length)) {
          const s = getComputedStyle(p);
          expect(
            [s.letterSpacing, s.wordSpacing, s.textIndent, s.fontStyle === 'italic' && !p.closest('.context') ? 'italic' : 'upright'],
            `<p> ${p.textContent!.trim().slice(0, 30)}`,
          ).to.deep.equal(['normal', '0px', '0px', 'upright']);
        }
      });
    }
  });

  it("the timeline's picture labels follow the widget's text size, not the page's", async () => {
    const labelSize = async (options: { pageClass?: string; pageStyle?: string }) => {
      const { el } = await mountIn('belarus-timeline', 1000, options);
      const base = parseFloat(getComputedStyle($(el, '[part~="base"]')!).fontSize);
      return { base, label: parseFloat(getComputedStyle($(el, 'svg.picture text.label')!).fontSize) };
    };
    // Labels are 13/16 of the text around them.
    for (const options of [{ pageClass: 'zero-font' }, { pageStyle: '--belarus-font-size: 20px' }]) {
      const { base, label } = await labelSize(options);
      expect(label, JSON.stringify(options)).to.equal(Math.round(base * 0.8125));
    }
  });

  it('a column with font-size: 0 does not shrink the widgets to nothing', async () => {
    for (const tag of TAGS) {
      const { el } = await mountIn(tag, 760, { pageClass: 'zero-font' });
      const base = $(el, '[part~="base"]')!;
      expect(parseFloat(getComputedStyle(base).fontSize), `<${tag}> text size`).to.be.at.least(12);
      expect($(el, '[part~="headline"]')!.getBoundingClientRect().height, `<${tag}> headline height`).to.be.greaterThan(12);
    }
  });
});
