// <belarus-quotes>: how readers move between quotes (buttons, pickers, keys, swipe), with focus
// staying where APG says it stays.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import '../../src/quotes/define.js';
import type { BelarusQuotes, SlideChangeDetail } from '../../src/quotes/quotes.js';
import { ARTICLE_QUOTES, focused, nextButton, pickers, previousButton, shownQuote, slides, tabOrder, until } from './helpers.js';
import { clickWithMouse, tapWithFinger } from './pointer.js';

const article = () => fixture<BelarusQuotes>(html`<belarus-quotes></belarus-quotes>`);

describe('<belarus-quotes> navigation', () => {
  afterEach(() => resetMouse());

  it('moves with the previous and next buttons, wrapping around, and announces each change', async () => {
    const el = await article();
    const changed = oneEvent(el, 'belarus-slide-change');
    await clickWithMouse(nextButton(el));
    const { detail } = (await changed) as CustomEvent<SlideChangeDetail>;
    expect(detail).to.deep.equal({ index: 1, id: 'petrova-no-strategy' });
    await until(el);
    expect(shownQuote(el)).to.equal(ARTICLE_QUOTES[1]);
    expect(pickers(el).map((p) => p.getAttribute('aria-disabled'))).to.deep.equal([null, 'true', null]);
    expect(slides(el).map((s) => s.inert)).to.deep.equal([true, false, true]);
    await clickWithMouse(previousButton(el));
    await tapWithFinger(previousButton(el));
    await until(el);
    expect(shownQuote(el)).to.equal(ARTICLE_QUOTES[2]);
    expect(el.index).to.equal(2);
  });

  it('shows the picked quote; the current picker does nothing', async () => {
    const el = await article();
    let events = 0;
    el.addEventListener('belarus-slide-change', () => events++);
    await clickWithMouse(pickers(el)[2]);
    await until(el);
    expect(shownQuote(el)).to.equal(ARTICLE_QUOTES[2]);
    await clickWithMouse(pickers(el)[2]);
    await tapWithFinger(pickers(el)[2]);
    await until(el);
    expect(events).to.equal(1);
  });

  it('keeps focus on a button it activates with Enter or Space', async () => {
    const el = await article();
    nextButton(el).focus();
    await sendKeys({ press: 'Enter' });
    await until(el);
    expect(shownQuote(el)).to.equal(ARTICLE_QUOTES[1]);
    await sendKeys({ press: ' ' });
    await until(el);
    expect(shownQuote(el)).to.equal(ARTICLE_QUOTES[2]);
    expect(focused(el)).to.equal(nextButton(el));
    previousButton(el).focus();
    await sendKeys({ press: 'Enter' });
    await until(el);
    expect(shownQuote(el)).to.equal(ARTICLE_QUOTES[1]);
    expect(focused(el)).to.equal(previousButton(el));
  });

  it('moves with the arrow keys, Home and End while a control has focus', async () => {
    const el = await article();
    nextButton(el).focus();
    await sendKeys({ press: 'ArrowRight' });
    await until(el);
    expect(el.index).to.equal(1);
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await until(el);
    expect(shownQuote(el)).to.equal(ARTICLE_QUOTES[2]);
    await sendKeys({ press: 'Home' });
    await until(el);
    expect(el.index).to.equal(0);
    await sendKeys({ press: 'End' });
    await until(el);
    expect(el.index).to.equal(2);
    expect(focused(el)).to.equal(nextButton(el));
  });

  it('mirrors the arrow keys in a right-to-left page', async () => {
    const wrapper = await fixture(html`<div dir="rtl"><belarus-quotes></belarus-quotes></div>`);
    const el = wrapper.querySelector('belarus-quotes')!;
    await until(el);
    nextButton(el).focus();
    await sendKeys({ press: 'ArrowLeft' });
    await until(el);
    expect(el.index).to.equal(1);
    await sendKeys({ press: 'ArrowRight' });
    await until(el);
    expect(el.index).to.equal(0);
  });

  it('takes focus along with the arrow keys on the pickers', async () => {
    const el = await article();
    pickers(el)[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    await until(el);
    expect(el.index).to.equal(1);
    expect(focused(el)).to.equal(pickers(el)[1]);
    await sendKeys({ press: 'Home' });
    await until(el);
    expect(focused(el)).to.equal(pickers(el)[0]);
  });

  it('tabs through the controls, then the content of the slide shown, and never into hidden slides', async () => {
    const order = await tabOrder(7);
    expect(order).to.deep.equal([
      'button.previous "Previous quote"',
      'button.next "Next quote"',
      'button.picker "1 of 3"',
      'button.picker "2 of 3"',
      'button.picker "3 of 3"',
      'a.source "Source"',
      'button "after"',
    ]);
  });

  it('moves with a sideways swipe on touch; a swipe over a link does not follow it', async () => {
    const data = [
      { text: 'One', speaker: 'A', sourceUrl: 'https://example.org/' },
      { text: 'Two', speaker: 'B' },
    ];
    const el = await fixture<BelarusQuotes>(html`<belarus-quotes .data=${data}></belarus-quotes>`);
    const swipe = (target: Element, from: number, to: number, pointerType = 'touch') => {
      const init = { bubbles: true, composed: true, pointerId: 7, pointerType, isPrimary: true, clientY: 50 };
      target.dispatchEvent(new PointerEvent('pointerdown', { ...init, clientX: from }));
      target.dispatchEvent(new PointerEvent('pointerup', { ...init, clientX: to }));
    };
    const link = slides(el)[0].querySelector('a')!;
    swipe(link, 200, 100);
    const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
    link.dispatchEvent(click);
    expect(click.defaultPrevented, 'the click ending a swipe is swallowed').to.equal(true);
    await until(el);
    expect(shownQuote(el)).to.equal('Two');
    swipe(slides(el)[1], 100, 200, 'pen');
    await until(el);
    expect(shownQuote(el)).to.equal('One');
    swipe(slides(el)[0], 200, 100, 'mouse');
    swipe(slides(el)[0], 200, 185);
    await until(el);
    expect(shownQuote(el), 'mouse drags and short moves do nothing').to.equal('One');
  });

  it('opens at the quote given by the index property, wrapped into range', async () => {
    const el = await fixture<BelarusQuotes>(html`<belarus-quotes index="4"></belarus-quotes>`);
    expect(el.index).to.equal(1);
    expect(shownQuote(el)).to.equal(ARTICLE_QUOTES[1]);
  });

  it('opens at the quote given by the index attribute when the quotes load from a slow src', async () => {
    const quotes = JSON.stringify([
      { text: 'One', speaker: 'A' },
      { text: 'Two', speaker: 'B' },
      { text: 'Three', speaker: 'C' },
    ]);
    const slow = `/faults/slow?ms=300&body=${encodeURIComponent(quotes)}`;
    const [third, wrapped] = await Promise.all([
      fixture<BelarusQuotes>(html`<belarus-quotes index="2" src=${slow}></belarus-quotes>`),
      fixture<BelarusQuotes>(html`<belarus-quotes index="4" src=${slow}></belarus-quotes>`),
    ]);
    expect(third.state).to.equal('loading');
    expect([third.index, wrapped.index], 'kept while there are no quotes yet').to.deep.equal([2, 4]);
    await waitUntil(() => third.state === 'ready' && wrapped.state === 'ready', 'the quotes never arrived', { timeout: 8000 });
    await Promise.all([until(third), until(wrapped)]);
    expect(shownQuote(third)).to.equal('Three');
    expect(third.index).to.equal(2);
    expect(shownQuote(wrapped), 'wrapped into range once the quotes are there').to.equal('Two');
    expect(wrapped.index).to.equal(1);
  });
});
