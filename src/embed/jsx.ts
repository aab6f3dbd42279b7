/**
 * Typings for the tags in JSX (`belarus-widgets/jsx`, types only). Frameworks keep their JSX
 * namespaces in different places, so this is the list of elements and their attributes, to be
 * merged into yours in one line:
 *
 *   // React 19 (react-jsx):
 *   import type { BelarusWidgetsElements } from 'belarus-widgets/jsx';
 *   declare module 'react' { namespace JSX { interface IntrinsicElements extends BelarusWidgetsElements {} } }
 *
 *   // Preact, Solid, or a global JSX namespace: the same `interface IntrinsicElements extends
 *   // BelarusWidgetsElements {}` inside that namespace.
 *
 * In plain TypeScript, `document.querySelector('belarus-timeline')` is typed already
 * (`HTMLElementTagNameMap`, from the define modules).
 */
import type { SortDirection, SortKey } from '../indicators/model.js';
import type { Theme } from '../widget/widget-element.js';

/** What every widget tag accepts in markup. */
export interface BelarusWidgetAttributes {
  /** URL of a JSON or CSV data file (or a full dataset). */
  src?: string;
  /** `en`, `ru`, `be` (any language tag; the nearest shipped locale is used). */
  lang?: string;
  theme?: Theme;
  id?: string;
  class?: string;
  className?: string;
  slot?: string;
  hidden?: boolean;
  children?: unknown;
  key?: string | number;
  ref?: unknown;
  [data: `data-${string}`]: string | undefined;
}

export interface BelarusIndicatorsAttributes extends BelarusWidgetAttributes {
  'sort-by'?: SortKey;
  'sort-direction'?: SortDirection;
  'page-size'?: number | `${number}`;
}

export interface BelarusTimelineAttributes extends BelarusWidgetAttributes {
  'deep-link'?: boolean;
  /** The `id` of the selected event. */
  selected?: string;
}

export interface BelarusQuotesAttributes extends BelarusWidgetAttributes {
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
