// <belarus-quotes> in every state, language and theme: the messages readers get, and axe finding
// nothing (with the WCAG 2.2 target-size rule on) in each of them.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse } from '@web/test-runner-commands';
import type { DataErrorDetail } from '../../src/controllers/data-source-controller.js';
import '../../src/quotes/define.js';
import type { BelarusQuotes } from '../../src/quotes/quotes.js';
import { syntheticDataset } from '../fixtures/quotes-synthetic.js';
import { animationsDone, expectWcag22Clean, nextButton, pickers, previousButton, root, rotationButton, slides, text, until } from './helpers.js';
import { clickWithMouse } from './pointer.js';

const settled = (el: BelarusQuotes) => waitUntil(() => el.state !== 'loading', 'never left loading', { timeout: 8000 });
const slowCsv = (ms: number) => `/faults/slow?ms=${ms}&ct=text/csv&body=${encodeURIComponent('text,speaker\n"From CSV",Ann\n')}`;

async function expectAccessible(el: BelarusQuotes): Promise<void> {
  await animationsDone(el);
  await expect(el).to.be.accessible();
  await expectWcag22Clean(el);
}

describe('<belarus-quotes> states', () => {
  it('shows loading, then the quotes from a CSV src', async () => {
    const el = await fixture<BelarusQuotes>(html`<belarus-quotes src=${slowCsv(300)}></belarus-quotes>`);
    expect(el.getAttribute('state')).to.equal('loading');
    expect(text(root(el).querySelector('[role="status"]')!)).to.equal('Loading data…');
    expect(root(el).querySelector('.carousel')).to.equal(null);
    await expectAccessible(el);
    await settled(el);
    await until(el);
    expect(el.getAttribute('state')).to.equal('ready');
    expect(text(slides(el)[0].querySelector('blockquote')!)).to.equal('From CSV');
  });

  it('loads the article’s quotes CSV', async () => {
    const el = await fixture<BelarusQuotes>(html`<belarus-quotes src="/data/quotes.csv"></belarus-quotes>`);
    await settled(el);
    await until(el);
    expect(slides(el).map((s) => s.querySelector('cite')!.textContent)).to.deep.equal(['John Coale', 'Dr. Elena Petrova', 'Dr. Elena Petrova']);
  });

  it('says so when there are no quotes', async () => {
    const el = await fixture<BelarusQuotes>(html`<belarus-quotes .data=${[]}></belarus-quotes>`);
    expect(el.state).to.equal('ready');
    expect(text(root(el).querySelector('[role="status"]')!)).to.equal('There is no data to show.');
    await expectAccessible(el);
  });

  it('shows a calm accessible status for a failed src, the error in the debug view, and fires belarus-data-error', async () => {
    const el = document.createElement('belarus-quotes');
    el.src = '/faults/status/500';
    el.debug = true;
    const event = oneEvent(el, 'belarus-data-error');
    document.body.append(el);
    try {
      const { detail } = (await event) as CustomEvent<DataErrorDetail>;
      expect(detail.problems[0].code).to.equal('http-status');
      await until(el);
      expect(el.getAttribute('state')).to.equal('error');
      const alert = root(el).querySelector('[part="error"][role="status"]')!;
      expect(text(alert)).to.equal('This graphic is not available right now.');
      expect(text(root(el).querySelector('[part="debug"]')!)).to.include('The data could not be shown.');
      expect(root(el).querySelector('.carousel')).to.equal(null);
      await expectAccessible(el);
    } finally {
      el.remove();
    }
  });

  it('keeps list semantics for every list drawn without markers (VoiceOver drops them otherwise)', async () => {
    const shown = await Promise.all([
      fixture<BelarusQuotes>(html`<belarus-quotes autoplay .data=${syntheticDataset(4)}></belarus-quotes>`),
      fixture<BelarusQuotes>(html`<belarus-quotes debug .data=${[{ text: 'Kept', speaker: 'A' }, { text: 'No speaker' }]}></belarus-quotes>`),
      fixture<BelarusQuotes>(html`<belarus-quotes debug .data=${[{ text: 'No speaker' }]}></belarus-quotes>`),
    ]);
    const lists = shown.flatMap((el) => Array.from(root(el).querySelectorAll('ul, ol')));
    const problemLists = shown.flatMap((el) => Array.from(root(el).querySelectorAll('[part="debug"] ul')));
    expect(problemLists.length, 'the rows left out and the error are lists in the debug view').to.equal(2);
    expect(lists.length).to.be.at.least(2);
    const unmarked = lists.filter((list) => getComputedStyle(list).listStyleType === 'none');
    expect(unmarked.map((list) => list.getAttribute('role'))).to.deep.equal(unmarked.map(() => 'list'));
  });

  it('shows the valid quotes, says a row was left out, and lists it in the debug view', async () => {
    const el = await fixture<BelarusQuotes>(html`<belarus-quotes debug .data=${[{ text: 'Kept', speaker: 'A' }, { text: 'No speaker' }]}></belarus-quotes>`);
    expect(slides(el)).to.have.length(1);
    expect(text(root(el).querySelector('[part="problems"]')!)).to.equal('1 row of the data is not shown.');
    expect(text(root(el).querySelector('[part="debug"]')!)).to.include('Row 2, field “speaker”: a required field is missing');
    await expectAccessible(el);
  });
});

describe('<belarus-quotes> languages', () => {
  afterEach(() => resetMouse());

  const cases = [
    {
      lang: 'en',
      headline: 'Quotes',
      label: '2 of 3',
      previous: 'Previous quote',
      next: 'Next quote',
      pickers: 'Choose a quote to display',
      start: 'Start automatic slide show',
      carousel: 'carousel',
      slide: 'slide',
    },
    {
      lang: 'ru',
      headline: 'Цитаты',
      label: '2 из 3',
      previous: 'Предыдущая цитата',
      next: 'Следующая цитата',
      pickers: 'Выберите цитату для показа',
      start: 'Запустить автоматический показ слайдов',
      carousel: 'карусель',
      slide: 'слайд',
    },
    {
      lang: 'be',
      headline: 'Цытаты',
      label: '2 з 3',
      previous: 'Папярэдняя цытата',
      next: 'Наступная цытата',
      pickers: 'Выберыце цытату для паказу',
      start: 'Запусціць аўтаматычны паказ слайдаў',
      carousel: 'карусель',
      slide: 'слайд',
    },
  ];
  const data = [
    { text: 'A', speaker: 'A' },
    { text: 'B', speaker: 'B' },
    { text: 'C', speaker: 'C' },
  ];

  for (const c of cases) {
    it(`speaks ${c.lang} in every control and role description`, async () => {
      const wrapper = await fixture(html`<div lang=${c.lang}><belarus-quotes autoplay interval="600000" .data=${data}></belarus-quotes></div>`);
      const el = wrapper.querySelector('belarus-quotes')!;
      await until(el);
      await clickWithMouse(rotationButton(el)!);
      await until(el);
      expect(text(root(el).querySelector('h2')!)).to.equal(c.headline);
      expect(root(el).querySelector('.carousel')!.getAttribute('aria-roledescription')).to.equal(c.carousel);
      expect(slides(el)[1].getAttribute('aria-roledescription')).to.equal(c.slide);
      expect(slides(el)[1].getAttribute('aria-label')).to.equal(c.label);
      expect(pickers(el)[1].getAttribute('aria-label')).to.equal(c.label);
      expect(root(el).querySelector('.pickers')!.getAttribute('aria-label')).to.equal(c.pickers);
      expect([previousButton(el), nextButton(el), rotationButton(el)!].map((b) => b.getAttribute('aria-label'))).to.deep.equal([c.previous, c.next, c.start]);
      await expectAccessible(el);
    });
  }

  it('follows a change of the lang attribute', async () => {
    const el = await fixture<BelarusQuotes>(html`<belarus-quotes></belarus-quotes>`);
    el.lang = 'be';
    await until(el);
    expect(slides(el)[0].getAttribute('aria-label')).to.equal('1 з 3');
    expect(text(root(el).querySelector('h2')!), 'the data’s headline stays').to.equal('In Their Words');
  });
});

describe('<belarus-quotes> accessibility in each theme and state', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe in the ${theme} theme: first quote, another quote, rotating, stopped`, async () => {
      const wrapper = await fixture(html`<div style="background: ${theme === 'dark' ? '#161616' : '#fff'}">
        <belarus-quotes theme=${theme} autoplay interval="600000"></belarus-quotes>
      </div>`);
      const el = wrapper.querySelector('belarus-quotes')!;
      await until(el);
      await expectAccessible(el);
      nextButton(el).click();
      await until(el);
      await expectAccessible(el);
      rotationButton(el)!.click();
      await until(el);
      expect(rotationButton(el)!.getAttribute('aria-label')).to.equal('Start automatic slide show');
      await expectAccessible(el);
      nextButton(el).focus();
      await expectAccessible(el);
    });

    it(`passes axe in the ${theme} theme when empty and in error`, async () => {
      const empty = await fixture<BelarusQuotes>(html`<belarus-quotes theme=${theme} .data=${[]}></belarus-quotes>`);
      await expectAccessible(empty);
      const failed = await fixture<BelarusQuotes>(html`<belarus-quotes theme=${theme} .data=${[{ text: 'No speaker' }]}></belarus-quotes>`);
      expect(failed.state).to.equal('error');
      await expectAccessible(failed);
    });

    it(`passes axe in the ${theme} theme with many long synthetic quotes and source links`, async () => {
      const el = await fixture<BelarusQuotes>(html`<belarus-quotes theme=${theme} .data=${syntheticDataset(12)}></belarus-quotes>`);
      expect(pickers(el)).to.have.length(12);
      await expectAccessible(el);
    });
  }

  it('draws the dark theme in light text on a dark surface', async () => {
    const el = await fixture<BelarusQuotes>(html`<belarus-quotes theme="dark"></belarus-quotes>`);
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    expect(getComputedStyle(slides(el)[0].querySelector('blockquote')!).color).to.equal('rgb(236, 236, 236)');
  });
});
