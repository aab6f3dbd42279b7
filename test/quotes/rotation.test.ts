// Automatic rotation (`autoplay`), per the APG carousel pattern: the rotation button first in the
// tab order with a label that says what it will do, the live region off while rotating, rotation
// stopped by focus for good and paused by hover, the rotation button doing what it says under a
// real mouse, finger, pen and keyboard, reduced motion, and no timer or listener left behind.
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/quotes/define.js';
import type { BelarusQuotes, SlideChangeDetail } from '../../src/quotes/quotes.js';
import { syntheticQuotes } from '../fixtures/quotes-synthetic.js';
import { itWithCdp, describeWithCdp } from '../support/cdp.js';
import {
  ARTICLE_QUOTES,
  carousel,
  FakeClock,
  focused,
  nextButton,
  rotationButton,
  shownQuote,
  slides,
  slidesRegion,
  spyOnMediaListeners,
  tabOrder,
  until,
} from './helpers.js';
import { clickWithMouse, hoverWithMouse, moveMouseOff, tapWithFinger, tapWithPen } from './pointer.js';

const STOP = 'Stop automatic slide show';
const START = 'Start automatic slide show';

/** What a reader can tell about rotation: the button's label and the live region's politeness. */
const rotationState = (el: BelarusQuotes) => [rotationButton(el)?.getAttribute('aria-label'), slidesRegion(el).getAttribute('aria-live')];

/** An autoplaying carousel built while a fake clock is installed, so its timer is the clock's. */
async function rotatingWithClock(clock: FakeClock, attributes: Record<string, string> = {}): Promise<BelarusQuotes> {
  clock.install();
  const el = document.createElement('belarus-quotes');
  el.setAttribute('autoplay', '');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  document.body.append(el);
  await until(el);
  return el;
}

describe('<belarus-quotes autoplay> rotation control', () => {
  afterEach(() => resetMouse());

  it('puts the rotation button first in the tab order, before the other controls and the slides', async () => {
    const order = await tabOrder(7, true);
    expect(order).to.deep.equal([
      `button.rotation "${START}"`,
      'button.previous "Previous quote"',
      'button.next "Next quote"',
      'button.picker "1 of 3"',
      'button.picker "2 of 3"',
      'button.picker "3 of 3"',
      'a.source "Source"',
    ]);
    const el = document.querySelector('belarus-quotes')!;
    const controls = el.shadowRoot!.querySelector('.controls')!;
    expect(controls.firstElementChild).to.equal(rotationButton(el));
    expect(controls.compareDocumentPosition(slidesRegion(el)) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.above(0);
  });

  it('rotates with the live region off; the button says "Stop", without aria-pressed', async () => {
    const el = await fixture<BelarusQuotes>(html`<belarus-quotes autoplay interval="600000"></belarus-quotes>`);
    expect(rotationState(el)).to.deep.equal([STOP, 'off']);
    expect(slidesRegion(el).getAttribute('aria-atomic')).to.equal('false');
    expect(rotationButton(el)!.hasAttribute('aria-pressed')).to.equal(false);
    const box = rotationButton(el)!.getBoundingClientRect();
    expect([box.width, box.height].every((side) => side >= 44)).to.equal(true);
  });

  it('stops and starts with the rotation button, changing its label, without moving focus', async () => {
    const el = await fixture<BelarusQuotes>(html`<belarus-quotes autoplay interval="600000"></belarus-quotes>`);
    await clickWithMouse(rotationButton(el)!);
    await until(el);
    expect(rotationState(el)).to.deep.equal([START, 'polite']);
    rotationButton(el)!.focus();
    await sendKeys({ press: 'Enter' });
    await until(el);
    expect(rotationState(el), 'the reader restarted it: focus already inside does not hold it').to.deep.equal([STOP, 'off']);
    expect(focused(el)).to.equal(rotationButton(el));
    await sendKeys({ press: ' ' });
    await until(el);
    expect(rotationState(el)).to.deep.equal([START, 'polite']);
  });

  it('offers no rotation for a single quote', async () => {
    const el = await fixture<BelarusQuotes>(html`<belarus-quotes autoplay .data=${[{ text: 'Only', speaker: 'A' }]}></belarus-quotes>`);
    expect(rotationState(el)).to.deep.equal([START, 'polite']);
  });
});

describe('<belarus-quotes autoplay> stopping on focus and hover', () => {
  afterEach(() => resetMouse());

  it('stops when keyboard focus enters, and stays stopped after focus leaves', async () => {
    const wrapper = await fixture(html`<div><button>before</button><belarus-quotes autoplay interval="600000"></belarus-quotes><button>after</button></div>`);
    const el = wrapper.querySelector('belarus-quotes')!;
    await until(el);
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    await until(el);
    expect(focused(el)).to.equal(rotationButton(el));
    expect(rotationState(el)).to.deep.equal([START, 'polite']);
    wrapper.querySelectorAll('button')[1].focus();
    await until(el);
    expect(rotationState(el)).to.deep.equal([START, 'polite']);
    // And no timer runs: install a clock now and let a long time pass.
    const clock = new FakeClock().install();
    try {
      el.requestUpdate();
      await until(el);
      clock.tick(60 * 60 * 1000);
      expect(clock.pending).to.equal(0);
      expect(el.index).to.equal(0);
    } finally {
      clock.uninstall();
    }
  });

  it('stops when focus enters any control, not only the first', async () => {
    const el = await fixture<BelarusQuotes>(html`<belarus-quotes autoplay interval="600000"></belarus-quotes>`);
    nextButton(el).focus();
    await until(el);
    expect(rotationState(el)).to.deep.equal([START, 'polite']);
  });

  it('pauses while the pointer hovers, without changing the button, and stays stopped after it leaves', async () => {
    const el = await fixture<BelarusQuotes>(html`<belarus-quotes autoplay interval="600000"></belarus-quotes>`);
    expect(rotationState(el)).to.deep.equal([STOP, 'off']);
    const box = slides(el)[0].getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
    await until(el);
    expect(rotationState(el), 'paused: the live region speaks, the button still offers to stop for good').to.deep.equal([STOP, 'polite']);
    await resetMouse();
    await sendMouse({ type: 'move', position: [1, Math.round(el.getBoundingClientRect().bottom + 200)] });
    await until(el);
    expect(rotationState(el)).to.deep.equal([START, 'polite']);
  });

  it('after the reader restarts it, a new entry of focus stops it again', async () => {
    const wrapper = await fixture(html`<div><belarus-quotes autoplay interval="600000"></belarus-quotes><button>after</button></div>`);
    const el = wrapper.querySelector('belarus-quotes')!;
    await until(el);
    rotationButton(el)!.focus();
    await sendKeys({ press: 'Enter' });
    await until(el);
    expect(rotationState(el)).to.deep.equal([STOP, 'off']);
    nextButton(el).focus();
    await until(el);
    expect(rotationState(el), 'moving between controls is not an entry').to.deep.equal([STOP, 'off']);
    wrapper.querySelector('button')!.focus();
    nextButton(el).focus();
    await until(el);
    expect(rotationState(el)).to.deep.equal([START, 'polite']);
  });
});

describe('<belarus-quotes autoplay> the rotation button under a mouse, a finger, a pen and keys', () => {
  afterEach(() => resetMouse());

  it('a mouse reader who moves onto "Stop" and clicks it ends with rotation stopped; "Start" starts it again', async () => {
    const el = await fixture<BelarusQuotes>(html`<belarus-quotes autoplay interval="600000"></belarus-quotes>`);
    await hoverWithMouse(rotationButton(el)!);
    await until(el);
    expect(rotationState(el), 'the button the reader aims at still says Stop').to.deep.equal([STOP, 'polite']);
    await clickWithMouse(rotationButton(el)!);
    await until(el);
    expect(rotationState(el)).to.deep.equal([START, 'polite']);
    await moveMouseOff(el);
    await until(el);
    expect(rotationState(el), 'stopped for good').to.deep.equal([START, 'polite']);
    await clickWithMouse(rotationButton(el)!);
    await until(el);
    expect(rotationState(el), 'Start starts, with the pointer still inside').to.deep.equal([STOP, 'off']);
    await moveMouseOff(el);
    await until(el);
    expect(rotationState(el), 'the pointer leaving does not undo Start').to.deep.equal([STOP, 'off']);
    await hoverWithMouse(slides(el)[0]);
    await until(el);
    expect(rotationState(el), 'the next hover pauses again').to.deep.equal([STOP, 'polite']);
  });

  it('a click elsewhere in the carousel stops rotation for good', async () => {
    const el = await fixture<BelarusQuotes>(html`<belarus-quotes autoplay interval="600000"></belarus-quotes>`);
    await clickWithMouse(nextButton(el));
    await moveMouseOff(el);
    await until(el);
    expect(shownQuote(el)).to.equal(ARTICLE_QUOTES[1]);
    expect(rotationState(el)).to.deep.equal([START, 'polite']);
  });

  it('a tap on "Stop" stops, a tap on "Start" starts, a tap elsewhere in the carousel stops', async () => {
    const el = await fixture<BelarusQuotes>(html`<belarus-quotes autoplay interval="600000"></belarus-quotes>`);
    await tapWithFinger(rotationButton(el)!);
    await until(el);
    expect(rotationState(el), 'tap on Stop').to.deep.equal([START, 'polite']);
    await tapWithFinger(rotationButton(el)!);
    await until(el);
    expect(rotationState(el), 'tap on Start').to.deep.equal([STOP, 'off']);
    await tapWithFinger(nextButton(el));
    await until(el);
    expect(shownQuote(el)).to.equal(ARTICLE_QUOTES[1]);
    expect(rotationState(el), 'tap on Next').to.deep.equal([START, 'polite']);
    await tapWithFinger(rotationButton(el)!);
    await until(el);
    expect(rotationState(el), 'tap on Start').to.deep.equal([STOP, 'off']);
    await tapWithFinger(slides(el)[1].querySelector('blockquote')!);
    await until(el);
    expect(rotationState(el), 'tap on the quote').to.deep.equal([START, 'polite']);
  });

  itWithCdp('a pen tap on "Stop" stops and on "Start" starts', async () => {
    const el = await fixture<BelarusQuotes>(html`<belarus-quotes autoplay interval="600000"></belarus-quotes>`);
    await tapWithPen(rotationButton(el)!);
    await until(el);
    expect(rotationState(el)).to.deep.equal([START, 'polite']);
    await tapWithPen(rotationButton(el)!);
    await until(el);
    expect(rotationState(el)).to.deep.equal([STOP, 'off']);
  });

  it('Enter and Space on the rotation button do what its label says', async () => {
    const el = await fixture<BelarusQuotes>(html`<belarus-quotes autoplay interval="600000"></belarus-quotes>`);
    await clickWithMouse(rotationButton(el)!);
    await until(el);
    expect(rotationState(el)).to.deep.equal([START, 'polite']);
    await sendKeys({ press: 'Enter' });
    await until(el);
    expect(rotationState(el)).to.deep.equal([STOP, 'off']);
    await sendKeys({ press: ' ' });
    await until(el);
    expect(rotationState(el)).to.deep.equal([START, 'polite']);
  });
});

describe('<belarus-quotes autoplay> timing (fake clock)', () => {
  let clock: FakeClock;
  beforeEach(() => (clock = new FakeClock()));
  afterEach(() => {
    clock.uninstall();
    document.querySelectorAll('belarus-quotes').forEach((el) => el.remove());
  });

  it('advances every interval, wrapping around, and tells the page each time', async () => {
    const el = await rotatingWithClock(clock);
    const seen: SlideChangeDetail[] = [];
    el.addEventListener('belarus-slide-change', (e) => seen.push((e as CustomEvent<SlideChangeDetail>).detail));
    expect(clock.pending).to.equal(1);
    clock.tick(5999);
    expect(el.index, 'default interval is 6000 ms').to.equal(0);
    clock.tick(1);
    await until(el);
    expect(shownQuote(el)).to.equal(ARTICLE_QUOTES[1]);
    clock.tick(12000);
    await until(el);
    expect(shownQuote(el)).to.equal(ARTICLE_QUOTES[0]);
    expect(seen.map((d) => d.id)).to.deep.equal(['petrova-no-strategy', 'petrova-why-reward', 'coale-free-you-all']);
    expect(clock.pending, 'one timer at a time').to.equal(1);
  });

  it('gives the reader a full interval after a manual step', async () => {
    const el = await rotatingWithClock(clock);
    clock.tick(5000);
    nextButton(el).click();
    await until(el);
    expect(el.index).to.equal(1);
    clock.tick(5999);
    expect(el.index).to.equal(1);
    clock.tick(1);
    expect(el.index).to.equal(2);
  });

  it('uses the interval attribute, never faster than 3000 ms', async () => {
    const el = await rotatingWithClock(clock, { interval: '1000' });
    clock.tick(2999);
    expect(el.index).to.equal(0);
    clock.tick(1);
    expect(el.index).to.equal(1);
    el.interval = 8000;
    await until(el);
    clock.tick(7999);
    expect(el.index).to.equal(1);
    clock.tick(1);
    expect(el.index).to.equal(2);
  });

  it('keeps the same height while rotating through quotes of different lengths', async () => {
    clock.install();
    const el = document.createElement('belarus-quotes');
    el.autoplay = true;
    el.data = syntheticQuotes(5);
    el.style.width = '320px';
    document.body.append(el);
    await until(el);
    const heights = new Set<number>();
    for (let i = 0; i < 5; i++) {
      heights.add(el.getBoundingClientRect().height);
      clock.tick(6000);
      await until(el);
    }
    expect(el.index).to.equal(0);
    expect([...heights]).to.have.length(1);
  });

  it('clears its timer when disconnected and does not restart a stopped rotation when reconnected', async () => {
    const el = await rotatingWithClock(clock);
    expect(clock.pending).to.equal(1);
    el.remove();
    expect(clock.pending, 'timer cleared on disconnect').to.equal(0);
    expect(clock.cleared).to.have.length(1);
    clock.tick(60000);
    expect(el.index).to.equal(0);
    document.body.append(el);
    await until(el);
    expect(clock.pending, 'rotation resumes when the element comes back').to.equal(1);
    rotationButton(el)!.click();
    await until(el);
    expect(clock.pending).to.equal(0);
    el.remove();
    document.body.append(el);
    await until(el);
    expect(clock.pending, 'a reader’s stop survives a move in the page').to.equal(0);
    expect(rotationState(el)).to.deep.equal([START, 'polite']);
  });

  it('removes its reduced-motion listener when disconnected', async () => {
    const { added, removed, restore } = spyOnMediaListeners();
    try {
      const el = await rotatingWithClock(clock);
      expect(added).to.have.length(1);
      el.remove();
      expect(removed).to.deep.equal(added);
    } finally {
      restore();
    }
  });

  it('focus entering stops the clock for good', async () => {
    const el = await rotatingWithClock(clock);
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    nextButton(el).focus();
    outside.focus();
    await until(el);
    expect(clock.pending).to.equal(0);
    clock.tick(60000);
    await until(el);
    expect(el.index).to.equal(0);
    outside.remove();
  });
});

describeWithCdp('<belarus-quotes autoplay> with prefers-reduced-motion: reduce', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  itWithCdp('starts stopped, with the live region polite', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const clock = new FakeClock();
    try {
      const el = await rotatingWithClock(clock);
      expect(rotationState(el)).to.deep.equal([START, 'polite']);
      expect(clock.pending).to.equal(0);
      clock.tick(60000);
      expect(el.index).to.equal(0);
      el.remove();
    } finally {
      clock.uninstall();
    }
  });

  itWithCdp('stops rotating when the preference changes to reduce, and does not restart when it goes away', async () => {
    const el = await fixture<BelarusQuotes>(html`<belarus-quotes autoplay interval="600000"></belarus-quotes>`);
    expect(rotationState(el)).to.deep.equal([STOP, 'off']);
    await emulateMedia({ reducedMotion: 'reduce' });
    // The media query reports the change at the next rendering opportunity.
    await waitUntil(() => rotationState(el)[0] === START, 'rotation did not stop');
    expect(rotationState(el)).to.deep.equal([START, 'polite']);
    await emulateMedia({ reducedMotion: 'no-preference' });
    await nextFrame();
    await nextFrame();
    await until(el);
    expect(rotationState(el)).to.deep.equal([START, 'polite']);
  });

  itWithCdp('changes slides without the sliding animation', async () => {
    const el = await fixture<BelarusQuotes>(html`<belarus-quotes></belarus-quotes>`);
    nextButton(el).click();
    await until(el);
    const current = () => slides(el)[el.index];
    expect(getComputedStyle(current()).animationName, 'animated normally').to.equal('enter');
    await emulateMedia({ reducedMotion: 'reduce' });
    nextButton(el).click();
    await until(el);
    expect(getComputedStyle(current()).animationName).to.equal('none');
    expect(carousel(el)).to.exist;
  });
});
