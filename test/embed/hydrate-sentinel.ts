/** Stands in for a page's own Lit hydration hook, set before belarus-widgets loads. */
export const PAGE_HOOK = (): void => undefined;
(globalThis as { litElementHydrateSupport?: unknown }).litElementHydrateSupport = PAGE_HOOK;
