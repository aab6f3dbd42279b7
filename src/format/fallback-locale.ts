/**
 * Month tables for languages whose dates the browsers do not all format right. Chromium's
 * trimmed ICU data has no Belarusian dates at all (it silently formats `be` as English), and
 * Firefox's (like Node's) abbreviates Belarusian months by cutting them (`кас`) and writes
 * `кастрычнік 2025` but `24 лютага 2022 г.`; the table makes `be` read the same everywhere, with
 * the abbreviations of Belarusian dictionaries. Every other shipped language is formatted by
 * `Intl`, which Chromium and Firefox agree on for them. Standalone forms name a month
 * ("кастрычнік 2025"); genitive forms follow a day or a preposition ("24 лютага 2022", "з кастрычніка").
 */
import { MONTH_NAMES } from './month-names.js';

export interface FallbackLocale {
  standalone: readonly string[];
  genitive: readonly string[];
  /** Abbreviations; one that is the whole standalone word (`май`) takes the genitive after a day. */
  short: readonly string[];
  /** The abbreviation of "year" written after it (`2025 г.`), if the language writes one. */
  year?: string;
  /** Number format locale with the same separators, for browsers without the language's numbers. */
  numbers: string;
}

/** The full names are those spreadsheets are read by (`MONTH_NAMES`): nominative, then genitive. */
const names = (lang: string, form: 0 | 1) => MONTH_NAMES[lang].map((forms) => forms[form]);

export const FALLBACK_LOCALES: Record<string, FallbackLocale> = {
  be: {
    standalone: names('be', 0),
    genitive: names('be', 1),
    short: ['студз.', 'лют.', 'сак.', 'крас.', 'май', 'чэрв.', 'ліп.', 'жн.', 'вер.', 'кастр.', 'ліст.', 'снеж.'],
    year: 'г.',
    numbers: 'ru',
  },
};

/** The month table for `lang`'s language, used in place of the browser's dates when there is one. */
export function fallbackLocale(lang: string): FallbackLocale | undefined {
  const language = lang.toLowerCase().split(/[-_]/)[0];
  return Object.hasOwn(FALLBACK_LOCALES, language) ? FALLBACK_LOCALES[language] : undefined;
}
