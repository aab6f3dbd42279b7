import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { syntheticIndicators } from '../fixtures/indicators-synthetic.js';
import { $, $$, expectAxeClean, hasCdp, itWithCdp, mount, settled, squash, type BelarusIndicators } from './helpers.js';

const THEMES = ['light', 'dark'] as const;
const inBox = async (width: number, template = html`<belarus-indicators></belarus-indicators>`) => {
  const box = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">${template}</div>`);
  return settled(box.querySelector('belarus-indicators')!);
};
const display = (el: BelarusIndicators, selector: string) => getComputedStyle($(el, selector)!).display;

describe('<belarus-indicators> passes axe in every state, in both themes', () => {
  after(() => hasCdp && emulateMedia({ colorScheme: 'light' }));

  for (const theme of THEMES) {
    it(`ready with the article data (${theme})`, async () => {
      await expectAxeClean(await mount(html`<belarus-indicators theme=${theme}></belarus-indicators>`));
    });

    it(`as stacked cards at 320px (${theme})`, async () => {
      await expectAxeClean(await inBox(320, html`<belarus-indicators theme=${theme} lang="ru"></belarus-indicators>`));
    });

    it(`long, with filter and pages (${theme})`, async () => {
      const el = await mount(html`<belarus-indicators theme=${theme} .data=${syntheticIndicators(45)}></belarus-indicators>`);
      const input = $<HTMLInputElement>(el, 'input')!;
      input.value = 'zzz';
      input.dispatchEvent(new InputEvent('input'));
      await el.updateComplete;
      await expectAxeClean(el);
    });

    it(`loading (${theme})`, async () => {
      const el = await fixture<BelarusIndicators>(html`<belarus-indicators theme=${theme} src="/faults/slow?ms=2000"></belarus-indicators>`);
      expect(el.state).to.equal('loading');
      await expectAxeClean(el);
    });

    it(`error, empty and partly rejected (${theme})`, async () => {
      await expectAxeClean(await mount(html`<belarus-indicators theme=${theme} src="/faults/status/404"></belarus-indicators>`));
      await expectAxeClean(await mount(html`<belarus-indicators theme=${theme} .data=${[]}></belarus-indicators>`));
      const partial = [{ indicator: 'Kept', status: 'ok', value: 3, note: 'n', sourceUrl: 'https://example.org' }, { status: 'x' }];
      await expectAxeClean(await mount(html`<belarus-indicators theme=${theme} .data=${partial}></belarus-indicators>`));
    });
  }

  itWithCdp('follows the reader’s system with theme="auto"', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await mount(html`<belarus-indicators theme="auto"></belarus-indicators>`);
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]')!).backgroundColor).to.equal('rgb(22, 22, 22)');
    await expectAxeClean(el);
    await emulateMedia({ colorScheme: 'light' });
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]')!).backgroundColor).to.equal('rgb(255, 255, 255)');
  });
});

describe('<belarus-indicators> stacked cards below 450px of container width', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('stacks rows as cards with visible labels, and keeps the table roles', async () => {
    const el = await inBox(320);
    expect(display(el, 'tbody tr')).to.equal('block');
    expect(display(el, 'thead tr')).to.equal('flex');
    expect(display(el, '.cell-label')).to.equal('block');
    expect(squash($(el, '.cell-label')!.textContent)).to.equal('Status');
    const roles = (selector: string) => new Set($$(el, selector).map((node) => node.getAttribute('role')));
    expect(roles('table')).to.deep.equal(new Set(['table']));
    expect(roles('thead, tbody')).to.deep.equal(new Set(['rowgroup']));
    expect(roles('tr')).to.deep.equal(new Set(['row']));
    expect(roles('thead th')).to.deep.equal(new Set(['columnheader']));
    expect(roles('tbody th')).to.deep.equal(new Set(['rowheader']));
    expect(roles('tbody td')).to.deep.equal(new Set(['cell']));
    expect($$(el, '.cell-label').every((label) => label.getAttribute('aria-hidden') === 'true')).to.equal(true);
  });

  it('goes by the container, not the viewport', async () => {
    await setViewport({ width: 1000, height: 600 });
    expect(display(await inBox(449), 'tbody tr')).to.equal('block');
    expect(display(await inBox(450), 'tbody tr')).to.equal('table-row');
    await setViewport({ width: 360, height: 600 });
    const wide = await inBox(600);
    expect(display(wide, 'tbody tr')).to.equal('table-row');
    expect(display(wide, '.cell-label')).to.equal('none');
  });

  it('keeps every control at least 24 by 24 pixels in both layouts', async () => {
    for (const width of [320, 700]) {
      const el = await inBox(width, html`<belarus-indicators .data=${syntheticIndicators(45)}></belarus-indicators>`);
      for (const target of $$(el, 'button, input, select, a')) {
        const { width: w, height: h } = target.getBoundingClientRect();
        expect(
          [w, h].every((side) => side >= 24),
          `${target.outerHTML.slice(0, 60)} ${w}x${h}`,
        ).to.equal(true);
      }
    }
  });
});

describe('<belarus-indicators> print', () => {
  afterEach(() => hasCdp && emulateMedia({ media: 'screen' }));

  it('renders every row for printing, and pages again afterwards', async () => {
    const el = await mount(html`<belarus-indicators .data=${syntheticIndicators(45)}></belarus-indicators>`);
    expect($$(el, 'tbody tr')).to.have.length(20);
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect($$(el, 'tbody tr')).to.have.length(45);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect($$(el, 'tbody tr')).to.have.length(20);
  });

  itWithCdp('prints the full table without buttons under print media, and goes back to pages on screen', async () => {
    const el = await mount(html`<belarus-indicators .data=${syntheticIndicators(45)}></belarus-indicators>`);
    await emulateMedia({ media: 'print' });
    await waitUntil(() => $$(el, 'tbody tr').length === 45, 'print did not show every row', { timeout: 3000 });
    for (const part of ['filter', 'download']) expect(display(el, `[part="${part}"]`), part).to.equal('none');
    expect($(el, '[part="pagination"]')).to.equal(null);
    expect(display(el, 'thead button')).to.equal('none');
    expect(display(el, 'thead .print-label')).to.equal('inline');
    expect(squash($(el, 'thead .print-label')!.textContent)).to.equal('Indicator');
    await emulateMedia({ media: 'screen' });
    await waitUntil(() => $$(el, 'tbody tr').length === 20, 'the screen did not go back to pages', { timeout: 3000 });
  });
});
