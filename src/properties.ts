/**
 * What a page may set on each tag, as properties: the shared `data`, `src`, `lang`, `theme`
 * and each widget's own options. Derived from the element classes (their public fields less
 * Lit's and the DOM's), so a new option is typed everywhere without another list to keep.
 * The JSX, React, Vue and Svelte typings build on this.
 */
import type { LitElement } from 'lit';
import type { BelarusIndicators } from './indicators/indicators.js';
import type { BelarusQuotes } from './quotes/quotes.js';
import type { BelarusTimeline } from './timeline/timeline.js';

/** Set by the widget itself, never by a page. */
type ReadOnlyProperty = 'state';

/** The public, non-method fields of a widget class that are its own (plus `lang`, which it redefines). */
export type WidgetProperties<E extends LitElement> = {
  [K in Exclude<keyof E, keyof LitElement | ReadOnlyProperty> | 'lang' as E[K] extends (...args: never[]) => unknown ? never : K]?: E[K];
};

export interface BelarusWidgetsProperties {
  'belarus-indicators': WidgetProperties<BelarusIndicators>;
  'belarus-timeline': WidgetProperties<BelarusTimeline>;
  'belarus-quotes': WidgetProperties<BelarusQuotes>;
}

export type BelarusWidgetTag = keyof BelarusWidgetsProperties;
