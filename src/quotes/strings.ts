/**
 * The quote carousel's own UI strings in each shipped locale. The role descriptions are spoken
 * by screen readers in place of "region" and "group", so they are translated too (APG).
 */
import type { LocaleTable } from '../format/locale.js';

export interface QuoteStrings {
  /** Headline when neither the data nor the `title` slot gives one. */
  headline: string;
  /** `aria-roledescription` of the container; the headline must not repeat this word. */
  carousel: string;
  /** `aria-roledescription` of each slide; the slide names must not repeat this word. */
  slide: string;
  /** Name of a slide and of its picker button: `2 of 3`. Numbers arrive formatted. */
  position: (index: string, count: string) => string;
  previous: string;
  next: string;
  /** Rotation button label while the slides rotate (what pressing it does). */
  stop: string;
  /** Rotation button label while they do not. */
  start: string;
  /** Name of the group of slide picker buttons. */
  pickers: string;
  /** Text of the link to where a quote was said or published. */
  source: string;
}

const en: QuoteStrings = {
  headline: 'Quotes',
  carousel: 'carousel',
  slide: 'slide',
  position: (index, count) => `${index} of ${count}`,
  previous: 'Previous quote',
  next: 'Next quote',
  stop: 'Stop automatic slide show',
  start: 'Start automatic slide show',
  pickers: 'Choose a quote to display',
  source: 'Source',
};

export const QUOTE_STRINGS: LocaleTable<QuoteStrings> = { en };
