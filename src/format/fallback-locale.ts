/**
 * Date and number conventions for locales some browsers do not ship. Chromium's trimmed ICU
 * data has no Belarusian dates (it silently formats `be` as English), while Firefox has them;
 * these tables make `be` read the same everywhere. Standalone forms name a month ("кастрычнік
 * 2025"); genitive forms follow a day ("24 лютага 2022").
 */
export interface FallbackLocale {
  standalone: readonly string[];
  genitive: readonly string[];
  short: readonly string[];
  /** Number format locale with the same separators. */
  numbers: string;
}

export const FALLBACK_LOCALES: Readonly<Record<string, FallbackLocale>> = {
  be: {
    standalone: ['студзень', 'люты', 'сакавік', 'красавік', 'май', 'чэрвень', 'ліпень', 'жнівень', 'верасень', 'кастрычнік', 'лістапад', 'снежань'],
    genitive: ['студзеня', 'лютага', 'сакавіка', 'красавіка', 'мая', 'чэрвеня', 'ліпеня', 'жніўня', 'верасня', 'кастрычніка', 'лістапада', 'снежня'],
    short: ['студз.', 'лют.', 'сак.', 'крас.', 'май', 'чэрв.', 'ліп.', 'жн.', 'вер.', 'кастр.', 'ліст.', 'снеж.'],
    numbers: 'ru',
  },
};

/** The fallback table for `lang`, when the browser cannot format that language's dates itself. */
const decided = new Map<string, FallbackLocale | undefined>();

export function fallbackLocale(lang: string): FallbackLocale | undefined {
  // Asking Intl which locales it has is slow; the answer never changes on a page.
  if (!decided.has(lang)) {
    const table = FALLBACK_LOCALES[lang.toLowerCase().split(/[-_]/)[0]];
    decided.set(lang, table && Intl.DateTimeFormat.supportedLocalesOf(lang).length === 0 ? table : undefined);
  }
  return decided.get(lang);
}
