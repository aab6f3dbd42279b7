import type { LitElement } from 'lit';

/**
 * Has Lit's hydrate support (`@lit-labs/ssr-client/lit-element-hydrate-support.js`) been
 * installed on this LitElement? It makes LitElement observe `defer-hydration` through an
 * `observedAttributes` of its own, which LitElement otherwise inherits.
 */
export function hasHydrateSupport(litElement: typeof LitElement): boolean {
  return Object.hasOwn(litElement, 'observedAttributes');
}
