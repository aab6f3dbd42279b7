// <belarus-timeline> selection: keyboard (one tab stop, arrows, Home/End, Enter/Space), pointer
// picks in the picture, the details panel, deep links and the belarus-event-select event.
import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { EventSelectDetail } from '../../src/timeline/timeline.js';
import { $, $$, focused, mount, mountAt, squash, type BelarusTimeline } from './helpers.js';
import { hasCdp, itWithCdp } from '../support/cdp.js';

const titleOf = (button: Element | null) => squash(button?.textContent);
const tabStops = (el: BelarusTimeline) =>
  $$(el, 'button.select')
    .filter((b) => b.tabIndex === 0)
    .map(titleOf);
const current = (el: BelarusTimeline) => $$(el, 'button.select[aria-current="true"]').map(titleOf);
const clearHash = () => history.replaceState(history.state, '', location.pathname + location.search);

describe('<belarus-timeline> keyboard', () => {
  afterEach(clearHash);

  it('has one tab stop, and arrows, Home and End move focus and selection', async () => {
    const el = await mountAt(1000, html`<belarus-timeline></belarus-timeline><button>after</button>`);
    expect(tabStops(el)).to.deep.equal(['Fraudulent election and suppression of protests']);
    await sendKeys({ press: 'Tab' });
    expect(titleOf(focused(el))).to.equal('Fraudulent election and suppression of protests');
    expect(current(el)).to.deep.equal([]);

    const selected = oneEvent(el, 'belarus-event-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = (await selected) as CustomEvent<EventSelectDetail>;
    expect(detail.id).to.equal('election-2020');
    expect(detail.event.title).to.equal('Fraudulent election and suppression of protests');
    expect(current(el)).to.deep.equal(['Fraudulent election and suppression of protests']);

    const steps: Array<[string, string]> = [
      ['ArrowDown', 'U.S. and EU sanctions'],
      ['ArrowRight', 'U.S. ambassador recalled'],
      ['ArrowUp', 'U.S. and EU sanctions'],
      ['ArrowLeft', 'Fraudulent election and suppression of protests'],
      ['ArrowLeft', 'Fraudulent election and suppression of protests'],
      ['End', '52 political prisoners freed'],
      ['ArrowDown', '52 political prisoners freed'],
      ['Home', 'Fraudulent election and suppression of protests'],
      ['ArrowRight', 'U.S. and EU sanctions'],
    ];
    for (const [key, title] of steps) {
      await sendKeys({ press: key });
      await el.updateComplete;
      expect(titleOf(focused(el)), key).to.equal(title);
      expect(current(el), key).to.deep.equal([title]);
      expect(tabStops(el), key).to.deep.equal([title]);
    }
    expect(el.selected).to.equal('sanctions');
    expect(squash($(el, '.detail')!.textContent)).to.include('U.S. and EU sanctions');

    await sendKeys({ press: 'Tab' });
    expect(document.activeElement!.textContent).to.equal('after');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(titleOf(focused(el))).to.equal('U.S. and EU sanctions');
  });

  it('selects with Space, and works the same in the vertical layout', async () => {
    const el = await mountAt(320, html`<belarus-timeline></belarus-timeline>`);
    expect($(el, 'svg.picture')).to.equal(null);
    $$(el, 'button.select')[3].focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(current(el)).to.deep.equal(['Invasion of Ukraine staged in part from Belarus']);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(titleOf(focused(el))).to.equal('Trump administration initiates a diplomatic thaw');
    expect($(el, 'li.selected h3')!.textContent!.trim()).to.equal('Trump administration initiates a diplomatic thaw');
  });
});

describe('<belarus-timeline> picture and details', () => {
  it('selects what a pointer picks in the picture and shows its details without moving focus', async () => {
    const el = await mount(html`<belarus-timeline></belarus-timeline>`);
    expect(squash($(el, '.detail')!.textContent)).to.equal('Select an event on the timeline or in the list to read more.');
    const picked = oneEvent(el, 'belarus-event-select');
    $(el, 'svg.picture .mark[data-index="3"] .hit')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(((await picked) as CustomEvent<EventSelectDetail>).detail.id).to.equal('invasion-2022');
    await el.updateComplete;
    const detail = $(el, '.detail')!;
    expect(detail.getAttribute('aria-hidden')).to.equal('true');
    expect(squash(detail.textContent)).to.equal(
      '2022 · War Invasion of Ukraine staged in part from Belarus Belarus allowed Russian troops to stage part of the 2022 invasion of Ukraine from its territory.',
    );
    expect($(el, 'svg.picture .mark.selected')!.getAttribute('data-index')).to.equal('3');
    expect(focused(el)).to.equal(null);
    expect(tabStops(el)).to.deep.equal(['Invasion of Ukraine staged in part from Belarus']);
  });

  it('follows the selected property set by the page', async () => {
    const el = await mount(html`<belarus-timeline selected="thaw"></belarus-timeline>`);
    expect(current(el)).to.deep.equal(['Trump administration initiates a diplomatic thaw']);
    el.selected = 'ambassador';
    await el.updateComplete;
    expect(current(el)).to.deep.equal(['U.S. ambassador recalled']);
  });
});

describe('<belarus-timeline> deep links', () => {
  let scrolls: Array<ScrollIntoViewOptions | boolean | undefined> = [];
  const original = Element.prototype.scrollIntoView;
  beforeEach(() => {
    scrolls = [];
    Element.prototype.scrollIntoView = function (options) {
      scrolls.push(options);
    };
  });
  afterEach(async () => {
    Element.prototype.scrollIntoView = original;
    clearHash();
    if (hasCdp) await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('selects and scrolls to #event-<id> when the hash changes', async () => {
    const el = await mount(html`<belarus-timeline></belarus-timeline>`);
    const selected = oneEvent(el, 'belarus-event-select');
    location.hash = '#event-prisoner-release';
    expect(((await selected) as CustomEvent<EventSelectDetail>).detail.id).to.equal('prisoner-release');
    await el.updateComplete;
    expect(current(el)).to.deep.equal(['52 political prisoners freed']);
    expect(scrolls).to.deep.equal([{ block: 'start', behavior: 'smooth' }]);
    location.hash = '#event-no-such-event';
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(current(el)).to.deep.equal(['52 political prisoners freed']);
  });

  itWithCdp('honours the hash on load, also while the data is still loading, without smooth scrolling under reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    history.replaceState(null, '', '#event-thaw');
    const el = await mountAt(320, html`<belarus-timeline></belarus-timeline>`);
    expect(current(el)).to.deep.equal(['Trump administration initiates a diplomatic thaw']);
    expect(scrolls).to.deep.equal([{ block: 'start', behavior: 'auto' }]);
    expect(focused(el)).to.equal(null);
    history.replaceState(null, '', '#event-b');
    const csv = encodeURIComponent('id,date,title\na,2020,First\nb,2021,Second\n');
    const loaded = await mount(html`<belarus-timeline src=${`/faults/slow?ms=200&ct=text/csv&body=${csv}`}></belarus-timeline>`);
    expect(current(loaded)).to.deep.equal(['Second']);
  });

  it('stops listening once removed from the page', async () => {
    const el = await mount(html`<belarus-timeline></belarus-timeline>`);
    const box = el.parentElement!;
    el.remove();
    location.hash = '#event-thaw';
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(el.selected).to.equal(undefined);
    box.append(el);
    await el.updateComplete;
    expect(el.selected, 'the hash is read again on reconnection').to.equal('thaw');
  });

  it('works inside an iframe, from the iframe’s own URL', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/timeline/iframe-embed.html#event-prisoner-release';
    frame.style.width = '800px';
    document.body.append(frame);
    // A whole page loads its modules in the frame: on a busy machine that takes longer than waitUntil's 1 s default.
    await waitUntil(() => frame.contentDocument?.querySelector('belarus-timeline')?.getAttribute('state') === 'ready', 'no timeline in the iframe', {
      timeout: 8000,
    });
    const embedded = frame.contentDocument!.querySelector('belarus-timeline')!;
    await waitUntil(() => embedded.selected === 'prisoner-release', 'the iframe hash was not honoured');
    frame.contentWindow!.location.hash = '#event-thaw';
    await waitUntil(() => embedded.selected === 'thaw', 'the iframe hashchange was not honoured');
    embedded.shadowRoot!.querySelector<HTMLButtonElement>('button.select')!.click();
    await waitUntil(() => frame.contentWindow!.location.hash === '#event-election-2020', 'deep-link did not write the iframe hash');
    expect(location.hash).to.equal('');
    frame.remove();
  });

  it('writes the hash only with deep-link, without adding history entries', async () => {
    const plain = await mount(html`<belarus-timeline></belarus-timeline>`);
    $$(plain, 'button.select')[4].click();
    await plain.updateComplete;
    expect(location.hash).to.equal('');
    const linked = await mount(html`<belarus-timeline deep-link></belarus-timeline>`);
    const entries = history.length;
    $$(linked, 'button.select')[4].click();
    await linked.updateComplete;
    expect(location.hash).to.equal('#event-thaw');
    expect(history.length).to.equal(entries);
    expect(titleOf(focused(linked))).to.equal('Trump administration initiates a diplomatic thaw');
  });
});
