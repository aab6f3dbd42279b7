// The widgets on right-to-left pages (Arabic, Hebrew, Persian sites), declared with `dir="rtl"`
// or only with CSS `direction: rtl`. Everything stays inside the widget's box; the furniture, the
// list, the table and the carousel's controls follow the page's direction; the time axis still
// runs left to right, as time does in Arabic and Hebrew news graphics; English text keeps its
// full stop at its end.
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { saveScreenshot } from './commands.js';
import { $, $$, boxOf, drawnOutside, mountIn, TAGS, type Mounted } from './helpers.js';

/**
 * `ownDirection`: English paragraphs keep their own left-to-right order. Only on pages that say
 * dir="rtl" (which `:dir()` can see); CSS alone changes the layout, not the text's direction.
 */
const PAGES = [
  { name: 'dir="rtl"', options: { pageDir: 'rtl' }, ownDirection: true },
  { name: 'CSS direction: rtl', options: { pageStyle: 'direction: rtl' }, ownDirection: false },
] as const;

const centre = (el: Element) => {
  const box = el.getBoundingClientRect();
  return box.left + box.width / 2;
};

/** The text nodes of `el` that hold more than white space (Lit adds comments around bindings). */
const textNodes = (el: Element) => Array.from(el.childNodes).filter((n): n is Text => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');

/** Is the last character of `el`'s text drawn at the right end of its line (as in English)? */
function fullStopAtRightEnd(el: Element): boolean {
  const text = textNodes(el).at(-1)!;
  const end = text.textContent!.trimEnd().length;
  const range = document.createRange();
  range.selectNodeContents(el);
  const rects = Array.from(range.getClientRects());
  // The last line may be several boxes (one per direction run): take their right-most edge.
  const bottom = Math.max(...rects.map((r) => r.bottom));
  const lineEnd = Math.max(...rects.filter((r) => r.bottom > bottom - 1).map((r) => r.right));
  range.setStart(text, end - 1);
  range.setEnd(text, end);
  const stop = range.getBoundingClientRect();
  return stop.right >= lineEnd - 1;
}

describe('on right-to-left pages', () => {
  // Wide enough for the widest column, so none of it lies off screen (to the left, on a right-to-left page).
  before(() => setViewport({ width: 1300, height: 900 }));

  for (const page of PAGES) {
    describe(page.name, () => {
      for (const width of [360, 760, 1200]) {
        for (const tag of TAGS) {
          it(`<${tag}> at ${width} px draws nothing outside its box`, async () => {
            const { el } = await mountIn(tag, width, page.options);
            expect(getComputedStyle(el).direction, 'the page direction reaches the widget').to.equal('rtl');
            expect(el.scrollWidth, 'scroll width').to.be.at.most(el.clientWidth);
            expect(drawnOutside(el, boxOf(el))).to.deep.equal([]);
            if (page.ownDirection && (width === 360 || width === 1200)) {
              await saveScreenshot(`rtl-${width}-${tag.replace('belarus-', '')}`, el);
            }
          });
        }
      }

      it('the table reads from the right: row headers in the right column, right-aligned', async () => {
        const { el } = await mountIn('belarus-indicators', 1200, page.options);
        const row = $(el, 'tbody tr')!;
        const header = row.querySelector('th')!;
        const status = row.querySelector('td')!;
        expect(centre(header)).to.be.greaterThan(centre(status));
        const range = document.createRange();
        range.selectNodeContents(header);
        const padding = parseFloat(getComputedStyle(header).paddingRight);
        expect(header.getBoundingClientRect().right - padding - range.getBoundingClientRect().right, 'gap after the row header text').to.be.below(2);
      });

      if (page.ownDirection)
        it('English cells keep their own word order: "52 (Oct 2025)"', async () => {
          const { el } = await mountIn('belarus-indicators', 1200, page.options);
          const number = $$(el, '.status-text').find((s) => /^\s*52 \(/.test(s.textContent!))!;
          const text = textNodes(number)[0];
          const first = document.createRange();
          first.setStart(text, text.textContent!.indexOf('52'));
          first.setEnd(text, text.textContent!.indexOf('52') + 2);
          const whole = document.createRange();
          whole.selectNodeContents(text);
          expect(first.getBoundingClientRect().left - whole.getBoundingClientRect().left, 'the number opens the line').to.be.below(1);
        });

      it('the bar reads 0 to max from left to right, like its scale labels', async () => {
        const { el } = await mountIn('belarus-indicators', 1200, page.options);
        const bar = $(el, '.bar')!;
        const [zero, max] = Array.from(bar.querySelectorAll('.scale span'));
        expect(centre(zero)).to.be.below(centre(max));
        const fill = bar.querySelector('.fill')!.getBoundingClientRect();
        const track = bar.querySelector('.track')!.getBoundingClientRect();
        expect(Math.abs(fill.left - track.left), 'the fill starts at 0, on the left').to.be.below(2);
      });

      it('the timeline list hangs from the right; the time axis runs left to right', async () => {
        const { el } = await mountIn('belarus-timeline', 1200, page.options);
        const entry = $(el, 'ol.events > li')!;
        expect(centre(entry.querySelector('.entry-marker')!), 'marker on the right').to.be.greaterThan(centre(entry));
        const title = entry.querySelector('h3')!;
        const marker = entry.querySelector('.entry-marker')!.getBoundingClientRect();
        expect(title.getBoundingClientRect().right, 'title clear of the marker').to.be.at.most(marker.left + 1);
        const years = $$(el, '.axis text').map((t) => ({ x: centre(t), year: Number(t.textContent) }));
        expect(years.length).to.be.greaterThan(2);
        expect(years.map((y) => y.year)).to.deep.equal([...years].sort((a, b) => a.x - b.x).map((y) => y.year));
        expect(years[0].year).to.be.below(years[years.length - 1].year);
        // Each label starts at its marker or ends at the picture's right edge, as on a left-to-right page.
        const picture = boxOf($(el, 'svg.picture')!);
        for (const mark of $$(el, '.mark')) {
          const label = mark.querySelector('text.label');
          if (!label) continue;
          const marker = mark.querySelector('.marker-shape')!.getBoundingClientRect();
          const text = label.getBoundingClientRect();
          const startsAtMarker = Math.abs(text.left - marker.left) < 4;
          const endsAtEdge = picture.right - text.right < 6;
          expect(startsAtMarker || endsAtEdge, `label "${label.textContent}" sits away from its marker`).to.equal(true);
        }
      });

      it('the selected entry is marked on the side the list hangs from', async () => {
        const { el } = await mountIn('belarus-timeline', 360, page.options);
        $$(el, 'button.select')[1].click();
        await el.updateComplete;
        const entry = $(el, 'li.selected')!;
        const style = getComputedStyle(entry);
        expect(style.borderRightWidth, 'a bar on the right (inline-start) edge').to.equal('4px');
        expect(style.borderLeftWidth).to.equal('0px');
        // Neighbouring entries' vertical line stays continuous through the selected one.
        const lines = $$(el, 'ol.events > li')
          .slice(0, 3)
          .map((li) => li.querySelector('.entry-marker')!.getBoundingClientRect());
        expect(Math.abs(centre(entry.querySelector('.entry-marker')!) - (lines[0].left + lines[0].width / 2))).to.be.below(1);
      });

      if (page.ownDirection)
        it('English sentences keep their full stop at the end', async () => {
          const { el } = await mountIn('belarus-timeline', 760, page.options);
          const description = $$(el, 'ol.events .description').find((p) => p.textContent!.trim().endsWith('.'))!;
          expect(fullStopAtRightEnd(description)).to.equal(true);
          const quotes = await mountIn('belarus-quotes', 760, page.options);
          const quote = $(quotes.el, '.slide:not([inert]) blockquote p')!;
          expect(quote.textContent!.trim().endsWith('.')).to.equal(true);
          expect(fullStopAtRightEnd(quote)).to.equal(true);
        });

      it('the carousel: each arrow points the way its button sits', async () => {
        const { el }: Mounted = await mountIn('belarus-quotes', 760, page.options);
        const previous = $(el, 'button.previous')!;
        const next = $(el, 'button.next')!;
        // The icons are drawn for left to right (previous points left, next right); mirrored, they swap.
        const mirrored = (button: Element) => new DOMMatrix(getComputedStyle(button.querySelector('svg')!).transform).a < 0;
        const previousOnLeft = centre(previous) < centre(next);
        expect(mirrored(previous), 'previous arrow points towards its own side').to.equal(!previousOnLeft);
        expect(mirrored(next), 'next arrow points towards its own side').to.equal(!previousOnLeft);
      });
    });
  }

  it('pages that declare dir="rtl" get the carousel mirrored: previous on the right', async () => {
    const { el } = await mountIn('belarus-quotes', 760, { pageDir: 'rtl' });
    expect(centre($(el, 'button.previous')!)).to.be.greaterThan(centre($(el, 'button.next')!));
  });
});
