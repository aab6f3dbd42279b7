/**
 * The carousel's pure view model: quotes -> slides (names, attribution, languages), index
 * arithmetic, the rotation interval, which key or swipe moves where. No DOM, unit-tested alone.
 */
import type { Quote } from '../data/types.js';
import { langAttribute } from '../format/locale.js';
import { formatNumber } from '../format/number.js';
import type { QuoteStrings } from './strings.js';

/** Milliseconds between slides when `interval` is not given. */
export const DEFAULT_INTERVAL = 6000;
/** Shortest interval accepted: faster rotation leaves too little time to read a quote. */
export const MIN_INTERVAL = 3000;
/** A touch or pen must travel this far sideways (CSS px) to count as a swipe. */
export const SWIPE_THRESHOLD = 40;

export interface SlideView {
  id: string;
  /** Slide name, also its picker's name: `2 of 3` in the widget's language. */
  label: string;
  /** The picker's visible text: the slide's number. */
  number: string;
  text: string;
  speaker: string;
  /** Role and affiliation after the name: `Senior fellow, Atlantic Council`; empty when neither. */
  details: string;
  context?: string;
  sourceUrl?: string;
  /**
   * `lang` for the quote and for its speaker, role and affiliation, which the data writes in the
   * quote's language, when that differs from the text around them. (The context is the newsroom's
   * own note on the occasion, in the dataset's language.)
   */
  quoteLang?: string;
}

export interface SlideOptions {
  strings: QuoteStrings;
  /** The shipped locale the UI speaks (numbers are formatted for it). */
  locale: string;
  /** The dataset's language (`meta.lang`): the language of names, roles and untagged quotes. */
  dataLang?: string;
  /** The language the slides inherit (the interface's, from the widget's wrapper). */
  inherited: string;
}

export function buildSlides(quotes: readonly Quote[], options: SlideOptions): SlideView[] {
  const { strings, locale, dataLang, inherited } = options;
  const count = formatNumber(quotes.length, locale);
  return quotes.map((quote, i) => {
    const number = formatNumber(i + 1, locale);
    return {
      id: quote.id,
      label: strings.position(number, count),
      number,
      text: quote.text,
      speaker: quote.speaker,
      details: [quote.role, quote.affiliation].filter(Boolean).join(', '),
      context: quote.context,
      sourceUrl: quote.sourceUrl,
      quoteLang: langAttribute(quote.lang ?? dataLang, inherited),
    };
  });
}

/** Any integer index brought into `0..count-1`, wrapping around both ends (0 when empty). */
export function wrapIndex(index: number, count: number): number {
  if (count <= 0 || !Number.isFinite(index)) return 0;
  const whole = Math.trunc(index);
  return ((whole % count) + count) % count;
}

/** The interval in effect: the default for anything that is not a positive number, never below the minimum. */
export function rotationInterval(ms: unknown): number {
  const value = typeof ms === 'string' ? Number(ms) : ms;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) return DEFAULT_INTERVAL;
  return Math.max(MIN_INTERVAL, Math.round(value));
}

export type Step = 'previous' | 'next' | 'first' | 'last';

/** What a key pressed on a carousel control does; `rtl` swaps the arrows. Modified keys do nothing. */
export function keyStep(event: { key: string; altKey?: boolean; ctrlKey?: boolean; metaKey?: boolean }, rtl = false): Step | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey) return undefined;
  switch (event.key) {
    case 'ArrowLeft':
      return rtl ? 'next' : 'previous';
    case 'ArrowRight':
      return rtl ? 'previous' : 'next';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return undefined;
  }
}

/** The index a step leads to from `index` among `count` slides (previous/next wrap around). */
export function stepIndex(step: Step, index: number, count: number): number {
  if (step === 'first') return 0;
  if (step === 'last') return Math.max(0, count - 1);
  return wrapIndex(index + (step === 'next' ? 1 : -1), count);
}

/**
 * A finished touch or pen gesture as a step: mostly sideways and at least `threshold` long.
 * Moving the finger left shows the next slide (the right one, in right-to-left layouts).
 */
export function swipeStep(dx: number, dy: number, rtl = false, threshold = SWIPE_THRESHOLD): Step | undefined {
  if (Math.abs(dx) < threshold || Math.abs(dx) <= Math.abs(dy)) return undefined;
  const towardsStart = dx < 0;
  return towardsStart !== rtl ? 'next' : 'previous';
}
