// <belarus-timeline> with thousands of SYNTHETIC events: count badges in the picture that open
// their period, the list in windows of 100 that keyboard, buttons and deep links move through,
// the whole list in print.
import { expect, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { syntheticEvents } from '../fixtures/timeline-synthetic-events.js';
import { $, $$, expectAccessible, focused, mount, squash, type BelarusTimeline } from './helpers.js';
import { itWithCdp, describeWithCdp } from '../support/cdp.js';

const DATA_5000 = { meta: { title: 'Synthetic events' }, events: syntheticEvents(5000) };
const showing = (el: BelarusTimeline) => squash($(el, '.showing')?.textContent);
const listed = (el: BelarusTimeline) => $$(el, 'ol.events > li').length;
const focusedIndex = (el: BelarusTimeline) => Number(focused(el)?.dataset.index);

describe('<belarus-timeline> with 5,000 synthetic events', () => {
  afterEach(() => history.replaceState(history.state, '', location.pathname + location.search));

  it('groups what cannot be drawn into count badges and lists 100 events at a time', async () => {
    const el = await mount(html`<belarus-timeline .data=${DATA_5000}></belarus-timeline>`);
    const badges = $$(el, 'button.badge').map((b) => Number(b.textContent!.replace(/\D/g, '')));
    const marks = $$(el, 'svg.picture .mark').length;
    expect(badges.length).to.be.greaterThan(5);
    expect(badges.reduce((a, b) => a + b, 0) + marks).to.equal(5000);
    expect(listed(el)).to.equal(100);
    expect($(el, 'ol.events')!.getAttribute('start')).to.equal('1');
    expect(showing(el)).to.equal('Events 1–100 of 5,000');
    expect($(el, 'button.earlier')).to.equal(null);
    await expectAccessible(el);
  });

  it('pages with the buttons and moves focus to the first event shown', async () => {
    const el = await mount(html`<belarus-timeline .data=${DATA_5000}></belarus-timeline>`);
    $<HTMLButtonElement>(el, 'button.later')!.click();
    await el.updateComplete;
    expect(showing(el)).to.equal('Events 101–200 of 5,000');
    expect($(el, 'ol.events')!.getAttribute('start')).to.equal('101');
    expect(focusedIndex(el)).to.equal(100);
    $<HTMLButtonElement>(el, 'button.earlier')!.click();
    await el.updateComplete;
    expect(showing(el)).to.equal('Events 1–100 of 5,000');
    expect(focusedIndex(el)).to.equal(0);
  });

  it('follows the keyboard across pages, to the end and back', async () => {
    const el = await mount(html`<belarus-timeline .data=${DATA_5000}></belarus-timeline>`);
    $$(el, 'button.select')[99].focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focusedIndex(el)).to.equal(100);
    expect(showing(el)).to.equal('Events 101–200 of 5,000');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(focusedIndex(el)).to.equal(4999);
    expect(showing(el)).to.equal('Events 4,901–5,000 of 5,000');
    expect($(el, 'button.later')).to.equal(null);
    expect($(el, 'button.badge.selected, svg.picture .mark.selected')).to.exist;
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(focusedIndex(el)).to.equal(0);
    expect(showing(el)).to.equal('Events 1–100 of 5,000');
  });

  it('opens the page of a deep-linked event, and marks the badge that holds it', async () => {
    history.replaceState(null, '', '#event-synthetic-4321');
    const el = await mount(html`<belarus-timeline .data=${DATA_5000}></belarus-timeline>`);
    expect(el.selected).to.equal('synthetic-4321');
    const entry = $(el, 'li.selected')!;
    expect(squash(entry.querySelector('h3')!.textContent)).to.match(/^Synthetic event 4321:/);
    const index = Number(entry.dataset.index);
    const first = Math.floor(index / 100) * 100;
    expect(showing(el)).to.equal(`Events ${(first + 1).toLocaleString('en')}–${(first + 100).toLocaleString('en')} of 5,000`);
    expect($$(el, 'button.badge.selected')).to.have.length(1);
  });

  it('shows a badge’s period when it is pressed: its events, 100 at a time, and the way back', async () => {
    const el = await mount(html`<belarus-timeline .data=${DATA_5000} selected="synthetic-1"></belarus-timeline>`);
    const badge = $$<HTMLButtonElement>(el, 'button.badge')[3];
    const count = Number(badge.textContent!.replace(/\D/g, ''));
    const name = badge.getAttribute('aria-label')!;
    expect(name).to.match(new RegExp(`^Show ${count.toLocaleString('en')} events in \\d{4} – \\d{4}$`));
    badge.click();
    await el.updateComplete;
    const period = name.replace(/^Show [\d,]+ events in /, '');
    const status = squash($(el, '.period-status')!.textContent);
    expect(status).to.match(new RegExp(`^Showing ${period}: [\\d,]+ events$`));
    const shown = Number(status.replace(/^.*: /, '').replace(/\D/g, ''));
    expect(shown, 'its events, and the spans that run through it').to.be.at.least(count);
    expect(showing(el)).to.equal(`Events 1–100 of ${shown.toLocaleString('en')}`);
    expect(el.selected, 'the selection stays').to.equal('synthetic-1');
    expect(focused(el)).to.equal($(el, 'button.show-all'));
    $<HTMLButtonElement>(el, 'button.show-all')!.click();
    await el.updateComplete;
    expect(showing(el)).to.equal('Events 1–100 of 5,000');
  });
});

describeWithCdp('<belarus-timeline> in print', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  itWithCdp('lists every event before printing and hides the controls', async () => {
    const el = await mount(html`<belarus-timeline .data=${syntheticEvents(250)}></belarus-timeline>`);
    expect(listed(el)).to.equal(100);
    window.dispatchEvent(new Event('beforeprint'));
    expect(listed(el), 'rendered synchronously, before the print snapshot').to.equal(250);
    expect($(el, '.showing')).to.equal(null);
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle($(el, 'button.select')!).display, 'titles stay').not.to.equal('none');
    expect(getComputedStyle($(el, '.detail')!).display).to.equal('none');
    window.dispatchEvent(new Event('afterprint'));
    await waitUntil(() => listed(el) === 100);
    expect(getComputedStyle($(el, 'button.later')!).display).to.equal('none');
  });
});
