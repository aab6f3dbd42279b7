// The carousel's pure parts, without any DOM: slides, index arithmetic, interval, keys, swipes.
import { expect } from '@open-wc/testing';
import type { Quote } from '../../src/data/types.js';
import { buildSlides, DEFAULT_INTERVAL, keyStep, MIN_INTERVAL, rotationInterval, stepIndex, swipeStep, wrapIndex } from '../../src/quotes/model.js';
import { langAttribute } from '../../src/format/locale.js';
import { QUOTE_STRINGS } from '../../src/quotes/strings.js';
import { SwipeTracker } from '../../src/quotes/swipe.js';
// Every shipped language in the tables, as the ES modules and the single-file script have them.
import '../../src/locales/bundled.js';

const quotes: Quote[] = [
  { id: 'a', text: 'First', speaker: 'Ann', role: 'Envoy', affiliation: 'Ministry' },
  { id: 'b', text: 'Second', speaker: 'Bob', affiliation: 'Institute', lang: 'be' },
  { id: 'c', text: 'Third', speaker: 'Cy', context: 'At a press conference', sourceUrl: 'https://example.org/c', lang: 'en-GB' },
];

describe('quotes model: slides', () => {
  it('names slides "N of M" in each locale and numbers the pickers', () => {
    const en = buildSlides(quotes, { strings: QUOTE_STRINGS.en, locale: 'en', dataLang: 'en', inherited: 'en' });
    expect(en.map((s) => s.label)).to.deep.equal(['1 of 3', '2 of 3', '3 of 3']);
    expect(en.map((s) => s.number)).to.deep.equal(['1', '2', '3']);
    const ru = buildSlides(quotes, { strings: QUOTE_STRINGS.ru, locale: 'ru', dataLang: 'en', inherited: 'ru' });
    expect(ru[1].label).to.equal('2 из 3');
    const be = buildSlides(quotes, { strings: QUOTE_STRINGS.be, locale: 'be', dataLang: 'en', inherited: 'be' });
    expect(be[2].label).to.equal('3 з 3');
  });

  it('joins role and affiliation after the speaker and keeps text, context and link as given', () => {
    const [a, b, c] = buildSlides(quotes, { strings: QUOTE_STRINGS.en, locale: 'en', inherited: 'en' });
    expect(a).to.include({ id: 'a', text: 'First', speaker: 'Ann', details: 'Envoy, Ministry' });
    expect(b.details).to.equal('Institute');
    expect(c).to.include({ details: '', context: 'At a press conference', sourceUrl: 'https://example.org/c' });
  });

  it('tags a quote with its language only when it differs from the page', () => {
    const slides = buildSlides(quotes, { strings: QUOTE_STRINGS.en, locale: 'en', dataLang: 'en', inherited: 'en-US' });
    expect(slides.map((s) => s.quoteLang)).to.deep.equal([undefined, 'be', undefined]);
    // An English dataset on a Russian page: untagged quotes are in the dataset's language.
    const onRussianPage = buildSlides(quotes, { strings: QUOTE_STRINGS.ru, locale: 'ru', dataLang: 'en', inherited: 'ru' });
    expect(onRussianPage.map((s) => s.quoteLang)).to.deep.equal(['en', 'be', 'en-GB']);
    expect(langAttribute(undefined, 'en')).to.equal(undefined);
    expect(langAttribute('ru-RU', 'ru')).to.equal(undefined);
    expect(langAttribute('ru', undefined)).to.equal('ru');
  });

  it('has no slides for no quotes', () => {
    expect(buildSlides([], { strings: QUOTE_STRINGS.en, locale: 'en', inherited: 'en' })).to.deep.equal([]);
  });
});

describe('quotes model: moving', () => {
  it('wraps indexes around both ends', () => {
    expect([-1, 0, 2, 3, 7, 1.9].map((i) => wrapIndex(i, 3))).to.deep.equal([2, 0, 2, 0, 1, 1]);
    expect(wrapIndex(5, 0)).to.equal(0);
    expect(wrapIndex(Number.NaN, 3)).to.equal(0);
  });

  it('steps previous, next, first and last', () => {
    expect(stepIndex('next', 2, 3)).to.equal(0);
    expect(stepIndex('previous', 0, 3)).to.equal(2);
    expect(stepIndex('first', 2, 3)).to.equal(0);
    expect(stepIndex('last', 0, 3)).to.equal(2);
  });

  it('maps arrow keys, Home and End, mirrored right to left, and ignores modified keys', () => {
    expect(['ArrowLeft', 'ArrowRight', 'Home', 'End', 'ArrowUp', 'Enter'].map((key) => keyStep({ key }))).to.deep.equal([
      'previous',
      'next',
      'first',
      'last',
      undefined,
      undefined,
    ]);
    expect(keyStep({ key: 'ArrowLeft' }, true)).to.equal('next');
    expect(keyStep({ key: 'ArrowRight', altKey: true })).to.equal(undefined);
    expect(keyStep({ key: 'ArrowRight', metaKey: true })).to.equal(undefined);
  });

  it('reads a sideways swipe past the threshold as a step; short or vertical moves are not swipes', () => {
    expect(swipeStep(-60, 5)).to.equal('next');
    expect(swipeStep(60, -5)).to.equal('previous');
    expect(swipeStep(-60, 5, true)).to.equal('previous');
    expect(swipeStep(-20, 0)).to.equal(undefined);
    expect(swipeStep(-60, 80)).to.equal(undefined);
  });

  it('clamps the rotation interval and falls back to the default', () => {
    expect(rotationInterval(undefined)).to.equal(DEFAULT_INTERVAL);
    expect(rotationInterval('abc')).to.equal(DEFAULT_INTERVAL);
    expect(rotationInterval(0)).to.equal(DEFAULT_INTERVAL);
    expect(rotationInterval(-5)).to.equal(DEFAULT_INTERVAL);
    expect(rotationInterval(500)).to.equal(MIN_INTERVAL);
    expect(rotationInterval('8000')).to.equal(8000);
  });
});

describe('swipe tracker', () => {
  const pointer = (pointerId: number, clientX: number, clientY = 0, pointerType = 'touch', isPrimary = true) => ({
    pointerId,
    clientX,
    clientY,
    pointerType,
    isPrimary,
  });

  it('turns a touch or pen gesture into a step and reports it once for the click that follows', () => {
    const tracker = new SwipeTracker();
    tracker.down(pointer(1, 200));
    expect(tracker.up(pointer(1, 120), false)).to.equal('next');
    expect(tracker.takeSwipe()).to.equal(true);
    expect(tracker.takeSwipe()).to.equal(false);
    tracker.down(pointer(2, 100, 0, 'pen'));
    expect(tracker.up(pointer(2, 180), false)).to.equal('previous');
  });

  it('ignores mouse drags, secondary pointers, other pointers and cancelled gestures', () => {
    const tracker = new SwipeTracker();
    tracker.down(pointer(1, 200, 0, 'mouse'));
    expect(tracker.up(pointer(1, 100, 0, 'mouse'), false)).to.equal(undefined);
    tracker.down(pointer(2, 200, 0, 'touch', false));
    expect(tracker.up(pointer(2, 100), false)).to.equal(undefined);
    tracker.down(pointer(3, 200));
    expect(tracker.up(pointer(4, 100), false)).to.equal(undefined);
    tracker.down(pointer(5, 200));
    tracker.cancel();
    expect(tracker.up(pointer(5, 100), false)).to.equal(undefined);
  });

  it('forgets an old swipe when a new gesture starts, so a later tap on a link is not swallowed', () => {
    const tracker = new SwipeTracker();
    tracker.down(pointer(1, 200));
    tracker.up(pointer(1, 100), false);
    tracker.down(pointer(2, 100));
    tracker.up(pointer(2, 102), false);
    expect(tracker.takeSwipe()).to.equal(false);
  });
});
