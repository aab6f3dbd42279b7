/**
 * The browser's Intl objects, each made once per page for each language and options (making one
 * costs far more than using it, and a table formats hundreds of values per render).
 */
import { fallbackLocale } from './fallback-locale.js';

const made = new Map<string, unknown>();

function once<T>(kind: string, lang: string, options: object, make: () => T): T {
  const key = `${kind}|${lang}|${JSON.stringify(options)}`;
  if (!made.has(key)) made.set(key, make());
  return made.get(key) as T;
}

/**
 * The locale to format `lang`'s numbers in: `lang` where the browser has its numbers, else a
 * language with the same separators (see fallback-locale.ts).
 */
export function numberLocale(lang: string): string {
  return Intl.NumberFormat.supportedLocalesOf(lang).length ? lang : (fallbackLocale(lang)?.numbers ?? lang);
}

export const numberFormat = (lang: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat =>
  once('number', lang, options, () => new Intl.NumberFormat(numberLocale(lang), options));

/** Dates are calendar dates, not instants: always formatted in UTC. */
export const dateFormat = (lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  once('date', lang, options, () => new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' }));

export const pluralRules = (lang: string): Intl.PluralRules => once('plural', lang, {}, () => new Intl.PluralRules(lang));

/** Compares text as readers of `lang` sort it, numbers by value (`2` before `10`), case and accents aside. */
export const collator = (lang: string): Intl.Collator => once('collator', lang, {}, () => new Intl.Collator(lang, { numeric: true, sensitivity: 'base' }));
