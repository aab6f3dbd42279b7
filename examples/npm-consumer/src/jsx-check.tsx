// Type-checked only (tsc): the JSX typings of belarus-widgets/jsx merged into a JSX namespace,
// the way a React, Preact or Solid project does it. Wrong attribute values must not compile.
import type { BelarusWidgetsElements } from 'belarus-widgets/jsx';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface Element {
      readonly jsx: true;
    }
    interface IntrinsicElements extends BelarusWidgetsElements {}
  }
}

export const table = <belarus-indicators sort-by="status" sort-direction="descending" theme="dark" lang="ru" />;
export const timeline = <belarus-timeline src="/data/events.csv" deep-link selected="event-1" data-section="world" />;
export const carousel = <belarus-quotes autoplay interval={6000} index="1" />;

// @ts-expect-error: not a theme
export const badTheme = <belarus-quotes theme="sepia" />;
// @ts-expect-error: not a column
export const badSort = <belarus-indicators sort-by="value" />;
// @ts-expect-error: not one of the widgets
export const unknown = <belarus-map />;
