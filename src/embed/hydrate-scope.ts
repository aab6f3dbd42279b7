/**
 * Keeps Lit's hydration hook private to this bundle. `@lit-labs/ssr-client`'s
 * lit-element-hydrate-support sets the global `litElementHydrateSupport`, which every Lit copy
 * evaluated afterwards would call, with this bundle's lit-html. This module runs first and
 * remembers what the page had; `closeHydrateScope()` puts it back once this bundle's LitElement
 * has taken the hook.
 */
type Hook = unknown;
const scope = globalThis as { litElementHydrateSupport?: Hook };
const had = Object.prototype.hasOwnProperty.call(scope, 'litElementHydrateSupport');
const previous = scope.litElementHydrateSupport;

export function closeHydrateScope(): void {
  if (had) scope.litElementHydrateSupport = previous;
  else delete scope.litElementHydrateSupport;
}
