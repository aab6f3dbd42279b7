// <belarus-quotes> without rotation: what it shows, how it is exposed to assistive technology,
// and how it lays out (constant height, reflow, print).
import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, emulateMedia, findAccessibilityNode, setViewport } from '@web/test-runner-commands';
import '../../src/quotes/define.js';
import type { BelarusQuotes } from '../../src/quotes/quotes.js';
import { syntheticQuotes } from '../fixtures/quotes-synthetic.js';
import { itWithCdp } from '../support/cdp.js';
import {
  ARTICLE_QUOTES,
  carousel,
  describeControl,
  nextButton,
  pickers,
  previousButton,
  root,
  rotationButton,
  shownQuote,
  slides,
  slidesRegion,
  text,
  until,
} from './helpers.js';

interface AXNode {
  role?: string;
  name?: string;
  roledescription?: string;
  disabled?: boolean;
  children?: AXNode[];
}

const article = () => fixture<BelarusQuotes>(html`<belarus-quotes></belarus-quotes>`);

describe('<belarus-quotes> content', () => {
  it('shows the article’s quotes verbatim, one at a time, in the article’s order', async () => {
    const el = await article();
    expect(el.state).to.equal('ready');
    expect(slides(el).map((s) => text(s.querySelector('blockquote')!))).to.deep.equal(ARTICLE_QUOTES);
    expect(shownQuote(el)).to.equal(ARTICLE_QUOTES[0]);
    expect(text(root(el).querySelector('h2')!)).to.equal('In Their Words');
  });

  it('attributes each quote: speaker in <cite>, role and affiliation, context when given', async () => {
    const el = await article();
    const [coale, petrova] = slides(el).map((s) => s.querySelector('figure > figcaption')!);
    expect(coale.querySelector('cite')!.textContent).to.equal('John Coale');
    expect(text(coale.querySelector('.speaker')!)).to.equal('John Coale, Trump envoy');
    expect(text(coale.querySelector('.context')!)).to.equal('Escorting 52 freed political prisoners to safety on a rural road near the Lithuanian border.');
    expect(text(petrova.querySelector('.speaker')!)).to.equal('Dr. Elena Petrova, senior fellow, Atlantic Council');
    expect(petrova.querySelector('.context')).to.equal(null);
    expect(slides(el)[0].querySelector('figure > blockquote + figcaption')).to.not.equal(null);
  });

  it('links a source only for an http(s) URL', async () => {
    const el = await fixture<BelarusQuotes>(
      html`<belarus-quotes .data=${[
        { text: 'Linked', speaker: 'A', sourceUrl: 'https://example.org/a?x=1&y=2' },
        { text: 'Script link', speaker: 'B', sourceUrl: 'javascript:alert(1)' },
        { text: 'No link', speaker: 'C' },
      ]}></belarus-quotes>`,
    );
    const links = slides(el).map((s) => s.querySelector('a'));
    expect(links[0]!.getAttribute('href')).to.equal('https://example.org/a?x=1&y=2');
    expect(links[0]!.textContent).to.equal('Source');
    expect(links[1]).to.equal(null);
    expect(links[2]).to.equal(null);
    expect(text(slides(el)[1])).to.include('Script link');
  });

  it('renders markup in data as text', async () => {
    const el = await fixture<BelarusQuotes>(
      html`<belarus-quotes .data=${[{ text: '<script>alert(1)</script>', speaker: '<img src=x onerror="alert(2)">', role: '<b>bold</b>' }]}></belarus-quotes>`,
    );
    const slide = slides(el)[0];
    expect(slide.querySelector('blockquote')!.textContent).to.equal('<script>alert(1)</script>');
    expect(slide.querySelector('cite')!.textContent).to.equal('<img src=x onerror="alert(2)">');
    expect(root(el).querySelectorAll('script, img, b')).to.have.length(0);
  });

  it('marks the language of a quote only where it differs from the page', async () => {
    const data = [
      { text: 'Мы хочам свабоды.', speaker: 'A', lang: 'be' },
      { text: 'Same language, other region', speaker: 'B', lang: 'en-GB' },
      { text: 'Untagged', speaker: 'C' },
    ];
    const el = await fixture<BelarusQuotes>(html`<belarus-quotes .data=${data}></belarus-quotes>`);
    expect(slides(el).map((s) => s.querySelector('blockquote')!.getAttribute('lang'))).to.deep.equal(['be', null, null]);
    // The English article on a Russian page: quotes, names and roles are marked as English.
    const ru = await fixture<BelarusQuotes>(html`<belarus-quotes lang="ru"></belarus-quotes>`);
    expect(slides(ru)[0].querySelector('blockquote')!.getAttribute('lang')).to.equal('en');
    expect(slides(ru)[0].querySelector('.speaker')!.getAttribute('lang')).to.equal('en');
  });

  it('marks a quote’s speaker, role and affiliation with the quote’s language; the rest keeps its own', async () => {
    const data = [
      {
        text: 'Мы хочам свабоды.',
        speaker: 'Святлана Ціханоўская',
        role: 'лідарка апазіцыі',
        affiliation: 'Каардынацыйная рада',
        context: 'At a rally in Vilnius.',
        lang: 'be',
        sourceUrl: 'https://example.org/',
      },
      { text: 'Untagged', speaker: 'B', role: 'Analyst', context: 'In Washington.', sourceUrl: 'https://example.org/b' },
    ];
    const el = await fixture<BelarusQuotes>(html`<belarus-quotes .data=${data}></belarus-quotes>`);
    /** The language a run of text is marked with inside its slide (null: it inherits the widget's). */
    const langOf = (slide: HTMLElement, selector: string) => {
      const marked = slide.querySelector(selector)!.closest('[lang]');
      return marked && slide.contains(marked) ? marked.getAttribute('lang') : null;
    };
    const [be, untagged] = slides(el);
    expect(['blockquote', '.speaker', 'cite'].map((part) => langOf(be, part))).to.deep.equal(['be', 'be', 'be']);
    expect(text(be.querySelector('.speaker')!)).to.equal('Святлана Ціханоўская, лідарка апазіцыі, Каардынацыйная рада');
    // The context is the newsroom's note, in the dataset's language (the page's here); "Source" and
    // the slide's name "1 of 2" are the interface's words: nothing in the slide marks them otherwise.
    expect(langOf(be, '.context')).to.equal(null);
    expect([langOf(be, 'a.source'), be.getAttribute('lang')]).to.deep.equal([null, null]);
    expect(['blockquote', '.speaker', '.context', 'a.source'].map((part) => langOf(untagged, part))).to.deep.equal([null, null, null, null]);
  });
});

describe('<belarus-quotes> APG structure', () => {
  itWithCdp('is a carousel named by its headline, with a live region and slides named "N of M"', async () => {
    const el = await article();
    const section = carousel(el);
    expect(section.localName).to.equal('section');
    expect(section.getAttribute('aria-roledescription')).to.equal('carousel');
    const snapshot = (await a11ySnapshot({})) as unknown as AXNode;
    const region = findAccessibilityNode<AXNode>(snapshot as never, (n) => n.roledescription === 'carousel');
    expect(region, 'carousel in the accessibility tree').to.not.equal(null);
    expect(region!.role).to.equal('region');
    expect(region!.name).to.equal('In Their Words');
    expect(region!.name!.toLowerCase()).not.to.include('carousel');
    const slide = findAccessibilityNode<AXNode>(snapshot as never, (n) => n.roledescription === 'slide');
    expect(slide).to.include({ role: 'group', name: '1 of 3' });
    // The name sits beside the content, it does not replace it: the quote is still in the slide.
    expect(JSON.stringify(slide)).to.include(ARTICLE_QUOTES[0]);
    const live = slidesRegion(el);
    expect(live.getAttribute('aria-live')).to.equal('polite');
    expect(live.getAttribute('aria-atomic')).to.equal('false');
    expect(slides(el).map((s) => [s.getAttribute('role'), s.getAttribute('aria-roledescription'), s.getAttribute('aria-label')])).to.deep.equal([
      ['group', 'slide', '1 of 3'],
      ['group', 'slide', '2 of 3'],
      ['group', 'slide', '3 of 3'],
    ]);
  });

  itWithCdp('names the carousel after a slotted title too', async () => {
    const el = await fixture<BelarusQuotes>(html`<belarus-quotes><span slot="title">Voices from Minsk</span></belarus-quotes>`);
    const snapshot = (await a11ySnapshot({})) as unknown as AXNode;
    const region = findAccessibilityNode<AXNode>(snapshot as never, (n) => n.roledescription === 'carousel');
    expect(region!.name).to.equal('Voices from Minsk');
    expect(el.state).to.equal('ready');
  });

  itWithCdp('hides the other slides: inert, invisible and out of the accessibility tree', async () => {
    const el = await article();
    expect(slides(el).map((s) => s.inert)).to.deep.equal([false, true, true]);
    expect(slides(el).map((s) => getComputedStyle(s).visibility)).to.deep.equal(['visible', 'hidden', 'hidden']);
    const snapshot = JSON.stringify(await a11ySnapshot({}));
    expect(snapshot).to.include(ARTICLE_QUOTES[0]);
    expect(snapshot).not.to.include(ARTICLE_QUOTES[1]);
    expect(snapshot).not.to.include(ARTICLE_QUOTES[2]);
  });

  it('has native, named buttons of at least 44x44 px, and a picker group whose current picker is aria-disabled', async () => {
    const el = await article();
    expect(rotationButton(el), 'no rotation button without autoplay').to.equal(null);
    const buttons = [previousButton(el), nextButton(el), ...pickers(el)];
    expect(buttons.map((b) => b.getAttribute('aria-label'))).to.deep.equal(['Previous quote', 'Next quote', '1 of 3', '2 of 3', '3 of 3']);
    for (const button of buttons) {
      const box = button.getBoundingClientRect();
      expect(box.width, describeControl(button)).to.be.at.least(44);
      expect(box.height, describeControl(button)).to.be.at.least(44);
      expect(button.type).to.equal('button');
    }
    const group = root(el).querySelector('.pickers')!;
    expect([group.getAttribute('role'), group.getAttribute('aria-label')]).to.deep.equal(['group', 'Choose a quote to display']);
    expect(pickers(el).map((p) => p.getAttribute('aria-disabled'))).to.deep.equal(['true', null, null]);
    expect(pickers(el).map((p) => p.textContent!.trim())).to.deep.equal(['1', '2', '3']);
    // The current picker differs by more than colour: it is bold.
    expect(getComputedStyle(pickers(el)[0]).fontWeight).to.equal('700');
    expect(getComputedStyle(pickers(el)[1]).fontWeight).to.equal('400');
  });
});

describe('<belarus-quotes> layout', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('keeps one height however long the quote shown is: the height of the longest', async () => {
    await setViewport({ width: 360, height: 800 });
    const wrapper = await fixture(html`<div style="width: 320px"><belarus-quotes .data=${syntheticQuotes(6)}></belarus-quotes></div>`);
    const el = wrapper.querySelector('belarus-quotes')!;
    await until(el);
    const heights: number[] = [];
    const figures: number[] = [];
    for (let i = 0; i < 6; i++) {
      heights.push(el.getBoundingClientRect().height);
      figures.push(slides(el)[i].querySelector('blockquote')!.getBoundingClientRect().height);
      nextButton(el).click();
      await until(el);
    }
    expect(new Set(heights).size, `heights ${heights.join(', ')}`).to.equal(1);
    expect(new Set(figures).size, 'the quotes really differ in length').to.be.above(2);
    const tallest = Math.max(...slides(el).map((s) => s.getBoundingClientRect().height));
    expect(slidesRegion(el).getBoundingClientRect().height).to.be.closeTo(tallest, 0.5);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
  });

  itWithCdp('prints every quote and no controls', async () => {
    const el = await article();
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(root(el).querySelector('.controls')!).display).to.equal('none');
      expect(slides(el).map((s) => getComputedStyle(s).visibility)).to.deep.equal(['visible', 'visible', 'visible']);
      const [a, b] = slides(el).map((s) => s.getBoundingClientRect());
      expect(b.top, 'printed slides do not overlap').to.be.at.least(a.bottom);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
