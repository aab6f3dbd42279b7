/**
 * The attributes the JSX typings (`jsx.ts`) give each tag, as values, so a test can hold them
 * against the attributes each element observes. A record per tag: one that lacks a typed
 * attribute, or names one the typings do not have, does not compile.
 */
import type { BelarusWidgetsElements } from './jsx.js';

/** Props of every element, and props that are not attributes. */
type NotAttributes = 'data' | 'id' | 'class' | 'className' | 'style' | 'slot' | 'hidden' | 'title' | 'children' | 'key' | 'ref';

export type TypedAttribute<Tag extends keyof BelarusWidgetsElements> = Exclude<
  keyof BelarusWidgetsElements[Tag] & string,
  NotAttributes | `on${string}` | `data-${string}` | `aria-${string}`
>;

const SHARED = { src: true, lang: true, theme: true, 'heading-level': true, 'date-format': true, debug: true, reserve: true } as const;

export const TYPED_ATTRIBUTES: { [Tag in keyof BelarusWidgetsElements]: Record<TypedAttribute<Tag>, true> } = {
  'belarus-indicators': { ...SHARED, 'sort-by': true, 'sort-direction': true, 'page-size': true },
  'belarus-timeline': { ...SHARED, 'deep-link': true, selected: true },
  'belarus-quotes': { ...SHARED, autoplay: true, interval: true, index: true },
};
