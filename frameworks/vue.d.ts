/**
 * Vue typings for the tags (`belarus-widgets/vue`, types only): their properties and events in
 * templates, checked by vue-tsc and the Vue language tools. Load it once, e.g. in `env.d.ts`:
 *
 *   import 'belarus-widgets/vue';
 *
 * and tell Vue's compiler that the tags are custom elements (Vite: `vue({ template: {
 * compilerOptions: { isCustomElement: (tag) => tag.startsWith('belarus-') } } })`).
 *
 * In templates: `:data="…"` (set as a property once the tag is registered), `src`, `lang`,
 * `theme` and each widget's own options (`sort-by` or `:sortBy`), `@belarus-data-error="…"`
 * and each widget's other events, typed by their `detail`.
 */
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { BelarusWidgetsEventMap, BelarusWidgetsProperties, BelarusWidgetTag } from '../dist/types/index.js';
import type { BelarusWidgetsElements } from '../dist/types/embed/jsx.js';
// The define module's types also bring the tags' HTMLElementTagNameMap and HTMLElementEventMap entries.
import type { BelarusIndicators, BelarusQuotes, BelarusTimeline } from '../dist/types/define.js';

interface Elements {
  'belarus-indicators': BelarusIndicators;
  'belarus-timeline': BelarusTimeline;
  'belarus-quotes': BelarusQuotes;
}

/** The kebab-case attributes of a tag (`sort-by`, `deep-link`…), without JSX's own props. */
type Attributes<Tag extends BelarusWidgetTag> = Omit<
  BelarusWidgetsElements[Tag],
  'ref' | 'key' | 'children' | 'className' | 'class' | 'style' | `on${string}` | `data-${string}` | `aria-${string}`
>;

/** What Vue reads from `$emit` to type `@event` listeners. */
type VueEmit<Events> = EmitFn<{ [Name in keyof Events & string]: (event: Events[Name]) => void }>;

/** A custom element as Vue's template checker sees a component: its props in `$props`, its events in `$emit`. */
type VueElement<Tag extends BelarusWidgetTag> = new () => Elements[Tag] & {
  /** @deprecated For template type checking only; not a property of the element. */
  $props: HTMLAttributes & Attributes<Tag> & BelarusWidgetsProperties[Tag] & PublicProps;
  /** @deprecated For template type checking only; not a property of the element. */
  $emit: VueEmit<BelarusWidgetsEventMap[Tag]>;
};

declare module 'vue' {
  interface GlobalComponents {
    'belarus-indicators': VueElement<'belarus-indicators'>;
    'belarus-timeline': VueElement<'belarus-timeline'>;
    'belarus-quotes': VueElement<'belarus-quotes'>;
  }
}

export {};
