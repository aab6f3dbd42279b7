/** Which of the shipped locales a widget speaks, and how it finds out from the page. Pure except `nearestLang`. */
export const LOCALES = ['en', 'ru', 'be'] as const;
export type Locale = (typeof LOCALES)[number];

/** Maps any BCP 47 tag to a shipped locale by its language subtag (`ru-RU` -> `ru`); unknown -> `en`. */
export function resolveLocale(tag: string | null | undefined): Locale {
  const language = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(language) ? (language as Locale) : 'en';
}

/**
 * The `lang` in effect for an element: its own attribute, else the nearest ancestor's, crossing
 * shadow roots, so a widget inside another component still follows the page.
 */
export function nearestLang(element: Element): string | undefined {
  // Lit's server-side DOM shim has no `closest`: only the element's own attribute counts there.
  if (typeof element.closest !== 'function') return element.getAttribute?.('lang') || undefined;
  let node: Element | null = element;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    const lang = found?.getAttribute('lang');
    if (lang) return lang;
    const root = (found ?? node).getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

/** Is the quote's language different from the widget's? (`en-GB` vs `en` is not a difference.) */
export function sameLanguage(a: string | undefined, b: string | undefined): boolean {
  const language = (tag: string | undefined) => (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return language(a) === language(b);
}

/** A `lang` attribute value for text in `lang` inside text in `inherited`: only when they differ. */
export function langAttribute(lang: string | undefined, inherited: string | undefined): string | undefined {
  return lang && !sameLanguage(lang, inherited) ? lang : undefined;
}

/** The languages a widget's text is written in, as `lang` tags. */
export interface TextLanguages {
  /**
   * The interface strings': the page's own tag when it names the locale's language (`ru-RU`
   * keeps its region), else the locale (`en` on a `de` page, whose language is not shipped).
   */
  ui: string;
  /** The page's around the widget, which slotted content is in; undefined when the page does not say. */
  page?: string;
  /** The data's: `meta.lang`, else the page's (data without a tag is taken to be the page's text). */
  data: string;
}

/** `pageTag` is the widget's own `lang` or the nearest one above it; `dataTag` the data's `meta.lang`. */
export function textLanguages(locale: Locale, pageTag: string | undefined, dataTag: string | undefined): TextLanguages {
  const page = pageTag?.trim() || undefined;
  const ui = page && sameLanguage(page, locale) ? page : locale;
  return { ui, page, data: dataTag || page || ui };
}
