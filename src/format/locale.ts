/** Which locales a widget speaks, and how it finds out from the page. Pure except `nearestLang`. */
export const LOCALES = ['en', 'ru', 'be', 'uk', 'pl', 'lt'] as const;
export type ShippedLocale = (typeof LOCALES)[number];

/**
 * A locale the widgets speak: a shipped one, or a language subtag a page added with
 * `registerLocale` (`de`). Always lower case, never with a region.
 */
export type Locale = ShippedLocale | (string & {});

/**
 * A table of strings by locale: English always, the other shipped languages once they are loaded
 * (see `locales/`), and languages a page registers.
 */
export type LocaleTable<T> = { en: T } & Partial<Record<string, T>>;

/** `locale`'s entry of a table, else English (a language not loaded, or not translated). */
export function stringsIn<T>(table: LocaleTable<T>, locale: string): T {
  return table[locale] ?? table.en;
}

/** Languages added on this page with `registerLocale`. */
const registered = new Set<string>();

/** The language subtag of a tag, lower case: `ru-RU` -> `ru`. */
export function languageOf(tag: string | null | undefined): string {
  return (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
}

/** Lets `resolveLocale` pick `lang` once its strings are in every table (see `registerLocale`). */
export function addLocale(lang: string): void {
  registered.add(lang);
}

/** Maps any BCP 47 tag to a locale by its language subtag (`ru-RU` -> `ru`); unknown -> `en`. */
export function resolveLocale(tag: string | null | undefined): Locale {
  const language = languageOf(tag);
  return (LOCALES as readonly string[]).includes(language) || registered.has(language) ? language : 'en';
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
  return languageOf(a) === languageOf(b);
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

/**
 * Is `text` shaped like a BCP 47 language tag (`en`, `be-BY`, `sr-Latn-RS`, `en-x-private`)? A
 * language of 2–3 letters, then subtags of 1–8 letters or digits (singletons such as `x` are one).
 * The shape only: the widgets map any tag to a locale by its language (`resolveLocale`).
 */
export function isLanguageTag(text: string): boolean {
  return /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(text);
}
