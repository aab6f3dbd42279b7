import { VERSION } from '../version.js';

/**
 * Registers a tag once. Newsroom pages often embed the same script twice (two widgets in one
 * article); a second unguarded `customElements.define` throws and aborts the rest of that
 * bundle. The same version loaded again is silently ignored; a different version gets a warning,
 * because the first definition stays in charge.
 */
export function defineElement(tag: string, element: CustomElementConstructor & { version?: string }): void {
  const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
  if (!existing) {
    customElements.define(tag, element);
  } else if (existing !== element && existing.version !== VERSION) {
    console.warn(`belarus-widgets ${VERSION}: <${tag}> is already defined by version ${existing.version ?? 'unknown'}; keeping that one.`);
  }
}
