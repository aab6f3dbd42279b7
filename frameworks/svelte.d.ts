/**
 * Svelte 5 typings for the tags (`belarus-widgets/svelte`, types only): their attributes,
 * properties and events in markup, checked by svelte-check. Load it once, e.g. in
 * `src/app.d.ts` or any `.d.ts` of your project:
 *
 *   import 'belarus-widgets/svelte';
 *
 * In markup: `data={…}` (Svelte sets objects as properties), `src`, `lang`, `theme`, each
 * widget's own options (`sort-by="status"`), `bind:this`, and `onbelarus-data-error={…}` and
 * each widget's other events, typed by their `detail`.
 */
import type { HTMLAttributes } from 'svelte/elements';
import type { BelarusWidgetsProperties, BelarusWidgetTag } from '../dist/types/index.js';
import type { BelarusWidgetsElements } from '../dist/types/embed/jsx.js';
// The define module's types also bring the tags' HTMLElementTagNameMap and HTMLElementEventMap entries.
import type { BelarusIndicators, BelarusQuotes, BelarusTimeline } from '../dist/types/define.js';

interface Elements {
  'belarus-indicators': BelarusIndicators;
  'belarus-timeline': BelarusTimeline;
  'belarus-quotes': BelarusQuotes;
}

/** The tag's attributes and `on<event>` handlers, without JSX's own props (Svelte has its own). */
type Attributes<Tag extends BelarusWidgetTag> = Omit<BelarusWidgetsElements[Tag], 'ref' | 'key' | 'children' | 'className' | 'class' | 'style'>;

type SvelteElement<Tag extends BelarusWidgetTag> = HTMLAttributes<Elements[Tag]> &
  Attributes<Tag> &
  BelarusWidgetsProperties[Tag];

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'belarus-indicators': SvelteElement<'belarus-indicators'>;
    'belarus-timeline': SvelteElement<'belarus-timeline'>;
    'belarus-quotes': SvelteElement<'belarus-quotes'>;
  }
}

export {};
