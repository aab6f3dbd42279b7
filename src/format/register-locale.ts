/**
 * `registerLocale`: a page adds the widgets' interface in a language they do not ship, or
 * changes the wording of one they do. The strings given are merged over the language's own
 * (shipped or registered earlier), else over English; a key left out stays as it was, and the
 * developer console names every key that falls back to English, so nothing English appears
 * unnoticed in a German page.
 */
import { INDICATOR_STRINGS, type IndicatorStrings } from '../indicators/strings.js';
import { QUOTE_STRINGS, type QuoteStrings } from '../quotes/strings.js';
import { TIMELINE_STRINGS, type TimelineStrings } from '../timeline/strings.js';
import { FALLBACK_LOCALES, type FallbackLocale } from './fallback-locale.js';
import { addLocale, languageOf } from './locale.js';
import { CORE_STRINGS, type CoreStrings } from './strings.js';

/** One level deeper than `Partial`: `problems`, `detailed` and `categories` may be given in part. */
type PartialStrings<T> = { [K in keyof T]?: T[K] extends (...args: never[]) => unknown ? T[K] : T[K] extends readonly unknown[] ? T[K] : Partial<T[K]> };

/** What a page gives `registerLocale`: any part of any widget's strings. */
export interface LocaleStrings {
  /** States, credit line, data problems: every widget. */
  core?: PartialStrings<CoreStrings>;
  indicators?: PartialStrings<IndicatorStrings>;
  timeline?: PartialStrings<TimelineStrings>;
  quotes?: PartialStrings<QuoteStrings>;
  /**
   * Month names, for a language whose dates the browsers cannot format (most can: leave it
   * out, and `Intl` formats the dates).
   */
  months?: FallbackLocale;
}

const TABLES = { core: CORE_STRINGS, indicators: INDICATOR_STRINGS, timeline: TIMELINE_STRINGS, quotes: QUOTE_STRINGS } as const;

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Keys a registration gave or lacks, as `path.key`, for the console. */
interface Report {
  missing: string[];
  unknown: string[];
}

/** `given` over `base`, one level deep, checked against the keys of `english`. */
function merge(base: object, given: unknown, english: object, path: string, report: Report): Record<string, unknown> {
  const own = isPlainObject(given) ? given : {};
  const merged: Record<string, unknown> = { ...base };
  for (const key of Object.keys(own)) if (!Object.hasOwn(english, key)) report.unknown.push(`${path}.${key}`);
  for (const [key, value] of Object.entries(english)) {
    const mine = Object.hasOwn(own, key) ? own[key] : undefined;
    if (isPlainObject(value) && key !== 'categories') {
      merged[key] = merge((base as Record<string, unknown>)[key] as object, mine, value, `${path}.${key}`, report);
    } else if (mine === undefined) {
      report.missing.push(`${path}.${key}`);
    } else {
      merged[key] = isPlainObject(mine) ? { ...(merged[key] as object), ...mine } : mine;
    }
  }
  return merged;
}

/**
 * Adds (or rewords) the interface in `lang`, a language subtag such as `de`: every widget on a
 * page in that language (`lang="de"`, `lang="de-AT"`) then speaks it. Keys left out are shown as
 * before (for a new language, in English) and listed in a console warning. Widgets already on
 * the page update; call it before they render to avoid a flash of English.
 *
 * @example
 * BelarusWidgets.registerLocale('de', {
 *   core: { loading: 'Daten werden geladen…', source: 'Quelle:', sources: 'Quellen:', quotes: ['„', '“'] },
 *   quotes: { previous: 'Vorheriges Zitat', next: 'Nächstes Zitat' },
 * });
 */
export function registerLocale(lang: string, strings: LocaleStrings): void {
  const language = languageOf(lang);
  if (!/^[a-z]{2,3}$/.test(language) || language !== lang.trim().toLowerCase()) {
    throw new TypeError(`belarus-widgets: registerLocale needs a language subtag such as "de", not "${lang}".`);
  }
  const report: Report = { missing: [], unknown: [] };
  for (const key of Object.keys(strings)) if (key !== 'months' && !Object.hasOwn(TABLES, key)) report.unknown.push(key);
  // Rewording a language the widgets already speak leaves its other strings in that language.
  const known = Object.hasOwn(CORE_STRINGS, language);
  for (const [name, table] of Object.entries(TABLES) as [keyof typeof TABLES, Record<string, object>][]) {
    table[language] = merge(known ? table[language] : table.en, strings[name], table.en, name, report);
  }
  if (known) report.missing = [];
  if (strings.months) FALLBACK_LOCALES[language] = strings.months;
  addLocale(language);
  if (report.missing.length) {
    console.warn(`belarus-widgets: registerLocale('${language}') has no strings for ${report.missing.join(', ')}; English is shown for them.`);
  }
  if (report.unknown.length) {
    console.warn(`belarus-widgets: registerLocale('${language}') got strings the widgets do not use: ${report.unknown.join(', ')}.`);
  }
  if (typeof document !== 'undefined') {
    document
      .querySelectorAll<HTMLElement & { requestUpdate?: () => void }>('belarus-indicators, belarus-timeline, belarus-quotes')
      .forEach((el) => el.requestUpdate?.());
  }
}
