/**
 * Typings for the tags in JSX (`belarus-widgets/jsx`, types only). Frameworks keep their JSX
 * namespaces in different places, so this is the list of elements and what they take, to be
 * merged into yours in one line:
 *
 *   // React 19 (react-jsx):
 *   import type { BelarusWidgetsElements } from 'belarus-widgets/jsx';
 *   declare module 'react' { namespace JSX { interface IntrinsicElements extends BelarusWidgetsElements {} } }
 *
 *   // Preact, or a global JSX namespace: the same `interface IntrinsicElements extends
 *   // BelarusWidgetsElements {}` inside that namespace.
 *
 * Each tag takes its attributes (`src`, `lang`, `theme`, `sort-by`...), the `data` property,
 * `style`, `ref`, and a handler per event as `on<event name>` (`onbelarus-data-error`), the way
 * React 19 and Preact attach listeners to custom elements. React 19 does not set properties or
 * attach those listeners when it hydrates server-rendered HTML: for server rendering use the
 * components of `belarus-widgets/react`.
 *
 * In plain TypeScript, `document.querySelector('belarus-timeline')` and its events are typed
 * already (`HTMLElementTagNameMap` and `HTMLElementEventMap`, from the define modules).
 */
import type { DateFormat } from '../data/types.js';
import type { BelarusWidgetsEventMap } from '../events.js';
import type { BelarusIndicators } from '../indicators/indicators.js';
import type { SortDirection, SortKey } from '../indicators/model.js';
import type { BelarusQuotes } from '../quotes/quotes.js';
import type { BelarusTimeline } from '../timeline/timeline.js';
import type { Theme } from '../widget/widget-element.js';

/** A ref as React and Preact take it: an object whose `current` is set, or a callback. */
export type ElementRef<E> = { current: E | null } | ((element: E | null) => void | (() => void)) | null;

/** `on<event name>` handlers for the events of one tag, typed by their `detail`. */
export type EventHandlers<Events> = {
  [K in keyof Events & string as `on${K}`]?: (event: Events[K]) => void;
};

/** What every widget tag accepts in markup. */
export interface BelarusWidgetAttributes<E extends HTMLElement = HTMLElement> {
  /**
   * The data as an object (a property, not an attribute: set on the element, never serialised).
   * A full dataset or this widget's list of rows; checked like any other source.
   */
  data?: unknown;
  /** URL of a JSON or CSV data file (or a full dataset). */
  src?: string;
  /** `en`, `ru`, `be`, `uk`, `pl`, `lt` (any language tag; its language is used when shipped or registered, else `en`). */
  lang?: string;
  theme?: Theme;
  /** Level of the headline, 1-6, to fit the page's outline. */
  'heading-level'?: number | `${number}`;
  /** How to read slash dates such as `3/4/2021` in a spreadsheet: day first or month first. */
  'date-format'?: DateFormat | Lowercase<DateFormat>;
  /** Shows the producer's view of the data's problems inside the widget (readers never see problems). */
  debug?: boolean;
  /**
   * Room to keep while the data loads, in CSS px: one height (`"640"`) or a height per width of
   * the widget (`"320:1180 600:760 1000:640"`), as the embed generator and the builder write it.
   */
  reserve?: string;
  id?: string;
  class?: string;
  className?: string;
  /** A CSS declaration string or your framework's style object (React's `CSSProperties`...). */
  style?: string | object;
  slot?: string;
  hidden?: boolean;
  title?: string;
  children?: unknown;
  key?: string | number | bigint | null;
  ref?: ElementRef<E>;
  [data: `data-${string}`]: string | number | boolean | undefined;
  [aria: `aria-${string}`]: string | number | boolean | undefined;
}

export interface BelarusIndicatorsAttributes extends BelarusWidgetAttributes<BelarusIndicators>, EventHandlers<BelarusWidgetsEventMap['belarus-indicators']> {
  'sort-by'?: SortKey;
  'sort-direction'?: SortDirection;
  'page-size'?: number | `${number}`;
}

export interface BelarusTimelineAttributes extends BelarusWidgetAttributes<BelarusTimeline>, EventHandlers<BelarusWidgetsEventMap['belarus-timeline']> {
  'deep-link'?: boolean;
  /** The `id` of the selected event. */
  selected?: string;
}

export interface BelarusQuotesAttributes extends BelarusWidgetAttributes<BelarusQuotes>, EventHandlers<BelarusWidgetsEventMap['belarus-quotes']> {
  autoplay?: boolean;
  /** Milliseconds between quotes while rotating (at least 3000). */
  interval?: number | `${number}`;
  /** Zero-based position of the quote shown. */
  index?: number | `${number}`;
}

export interface BelarusWidgetsElements {
  'belarus-indicators': BelarusIndicatorsAttributes;
  'belarus-timeline': BelarusTimelineAttributes;
  'belarus-quotes': BelarusQuotesAttributes;
}
