// <belarus-timeline> at a newsroom's density (the SYNTHETIC 60-event fixture), with real input:
// a count badge opens its year (pointer or keyboard), the picture and the list show that year,
// "Show the whole timeline" and Escape go back, focus goes where the reader is, axe in each state.
import { expect, html } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { $, $$, entries, expectAccessible, focused, mountAt, squash, type BelarusTimeline } from './helpers.js';
import { newsroomDataset } from './newsroom-fixture.js';

const DATA = newsroomDataset();
const badge = (el: BelarusTimeline, period: string) =>
  $$<HTMLButtonElement>(el, 'button.badge').find((b) => b.getAttribute('aria-label')!.endsWith(` in ${period}`));
const status = (el: BelarusTimeline) => squash($(el, '.period-status')?.textContent);
const ticks = (el: BelarusTimeline) => $$(el, 'svg.picture .axis text').map((t) => t.textContent);

/** Waits until the colour transitions a theme switch starts have ended (axe reads colours as they are). */
async function transitionsDone(el: BelarusTimeline): Promise<void> {
  getComputedStyle($(el, '[part~="base"]')!).color;
  await Promise.all(el.shadowRoot!.getAnimations().map((animation) => animation.finished));
}

/** A real click (the browser's own mouse) in the middle of `target`. */
async function click(target: Element): Promise<void> {
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
}

describe('<belarus-timeline> opening a period', () => {
  before(() => setViewport({ width: 1000, height: 1000 }));
  afterEach(() => sendMouse({ type: 'move', position: [0, 0] }));

  it('draws every year labelled, the open span, and badges of at least 24 × 24 px that say what they hold', async () => {
    const el = await mountAt(760, html`<belarus-timeline .data=${DATA}></belarus-timeline>`);
    expect(ticks(el)).to.deep.equal(['2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025']);
    expect($$(el, 'svg.picture .mark.span .arrow')).to.have.length(1);
    const badges = $$<HTMLButtonElement>(el, 'button.badge');
    expect(badges.length).to.be.greaterThan(3);
    for (const b of badges) {
      const box = b.getBoundingClientRect();
      expect(box.width >= 24 && box.height >= 24, `${b.getAttribute('aria-label')}: ${box.width}×${box.height}`).to.equal(true);
      expect(b.getAttribute('aria-label')).to.equal(`Show ${squash(b.textContent)} events in ${b.getAttribute('aria-label')!.slice(-4)}`);
    }
    expect(badge(el, '2019')!.getAttribute('aria-label')).to.equal('Show 11 events in 2019');
    expect($(el, '[part="period"]')!.classList.contains('visually-hidden')).to.equal(true);
    expect(status(el)).to.equal('');
    await expectAccessible(el);
  });

  it('opens a year with the pointer, lists its events, and goes back with the button', async () => {
    const el = await mountAt(760, html`<belarus-timeline .data=${DATA}></belarus-timeline>`);
    await click(badge(el, '2019')!);
    await el.updateComplete;
    expect(status(el)).to.equal('Showing 2019: 11 events');
    expect($(el, '.period-status')!.getAttribute('role')).to.equal('status');
    const listed = entries(el);
    expect(listed).to.have.length(11);
    expect(
      listed.every((entry) => /2019/.test(entry.when)),
      listed.map((e) => e.when).join(', '),
    ).to.equal(true);
    expect([ticks(el)[0], ticks(el).at(-1)]).to.deep.equal(['2019', '2020']);
    expect($$(el, 'svg.picture .mark')).to.have.length(11);
    expect($$(el, 'button.badge')).to.have.length(0);
    const back = $<HTMLButtonElement>(el, 'button.show-all')!;
    expect(squash(back.textContent)).to.equal('Show the whole timeline');
    expect(back.getAttribute('aria-keyshortcuts')).to.equal('Escape');
    expect(focused(el), 'focus moves to the way back, the badge being gone').to.equal(back);
    await expectAccessible(el);

    await click(back);
    await el.updateComplete;
    expect(entries(el)).to.have.length(60);
    expect(status(el)).to.equal('Showing 2015 – 2024: 60 events');
    expect($(el, 'button.show-all')).to.equal(null);
    expect(focused(el), 'focus returns to the badge that was pressed').to.equal(badge(el, '2019'));
    await expectAccessible(el);
  });

  it('opens a year from the keyboard, moves within it, and Escape goes back', async () => {
    const el = await mountAt(760, html`<belarus-timeline .data=${DATA}></belarus-timeline>`);
    badge(el, '2020')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(status(el)).to.match(/^Showing 2020: \d+ events$/);
    const count = Number(/(\d+) events$/.exec(status(el))![1]);
    expect(entries(el)).to.have.length(count);
    expect(focused(el)).to.equal($(el, 'button.show-all'));
    await sendKeys({ press: 'Tab' });
    const first = entries(el)[0].title;
    expect(squash(focused(el)!.textContent)).to.equal(first);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(squash(focused(el)!.textContent), 'End goes to the last event of the year').to.equal(entries(el).at(-1)!.title);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(squash(focused(el)!.textContent)).to.equal(entries(el).at(-1)!.title);
    const chosen = entries(el).at(-1)!.title;
    el.theme = 'dark';
    await el.updateComplete;
    await transitionsDone(el);
    await expectAccessible(el);

    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(entries(el)).to.have.length(60);
    expect(focused(el)).to.equal(badge(el, '2020'));
    expect(squash($(el, 'li.selected h3')!.textContent), 'the event chosen in the year stays selected').to.equal(chosen);
    await expectAccessible(el);
  });

  it('shows the whole timeline again when the page selects an event outside the year shown', async () => {
    const el = await mountAt(760, html`<belarus-timeline .data=${DATA}></belarus-timeline>`);
    badge(el, '2019')!.click();
    await el.updateComplete;
    expect(entries(el)).to.have.length(11);
    const outside = DATA.events.find((row) => row.date.startsWith('2015'))!;
    el.selected = outside.id;
    await el.updateComplete;
    expect(entries(el)).to.have.length(60);
    expect(squash($(el, 'li.selected h3')!.textContent)).to.equal(outside.title);
  });

  it('names the data’s categories and paints the data’s own colour, light and dark', async () => {
    const el = await mountAt(760, html`<belarus-timeline .data=${DATA}></belarus-timeline>`);
    const legend = $$(el, 'ul.legend li').map((li) => squash(li.textContent));
    expect(legend).to.include.members(['European Union', 'Law', 'Protests', 'Courts', 'Diplomacy', 'Politics', 'media']);
    const eu = $$(el, 'ul.legend li')
      .find((li) => squash(li.textContent) === 'European Union')!
      .querySelector('path')!;
    expect(getComputedStyle(eu).fill).to.equal('rgb(31, 95, 168)');
    el.theme = 'dark';
    await el.updateComplete;
    expect(getComputedStyle(eu).fill, 'lightened against the dark background').not.to.equal('rgb(31, 95, 168)');
    // No style attribute carries anything from the data: only the badges' computed places.
    for (const styled of el.shadowRoot!.querySelectorAll('[style]')) {
      expect(styled.getAttribute('style'), styled.className).to.match(/^(\s*(left|top|width|height): [\d.]+(%|px);)+\s*$/);
    }
  });

  it('lists the 60 events in the vertical layout at 360 px, with no badges and no period bar', async () => {
    const el = await mountAt(360, html`<belarus-timeline .data=${DATA}></belarus-timeline>`);
    expect(entries(el)).to.have.length(60);
    expect($$(el, 'button.badge')).to.have.length(0);
    expect($(el, 'button.show-all')).to.equal(null);
    await expectAccessible(el);
  });
});
