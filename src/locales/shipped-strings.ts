/**
 * The interface strings of one shipped language, for every widget, and how they join the string
 * tables. English is in the tables from the start; the other languages arrive from `bundled.ts`
 * (the ES modules and the single-file script carry all of them) or one file per language
 * (`dist/belarus-locale-<lang>.min.js`, loaded by `on-demand.ts` for the per-widget scripts).
 */
import type { CoreStrings } from '../format/strings.js';
import { CORE_STRINGS } from '../format/strings.js';
import type { IndicatorStrings } from '../indicators/strings.js';
import { INDICATOR_STRINGS } from '../indicators/strings.js';
import type { QuoteStrings } from '../quotes/strings.js';
import { QUOTE_STRINGS } from '../quotes/strings.js';
import type { TimelineStrings } from '../timeline/strings.js';
import { TIMELINE_STRINGS } from '../timeline/strings.js';

export interface ShippedStrings {
  core: CoreStrings;
  indicators: IndicatorStrings;
  timeline: TimelineStrings;
  quotes: QuoteStrings;
}

/**
 * Puts a shipped language into every table. A language the page already reworded with
 * `registerLocale` keeps its wording: the page's strings win over the shipped ones.
 */
export function installStrings(lang: string, strings: ShippedStrings): void {
  const tables = [
    [CORE_STRINGS, strings.core],
    [INDICATOR_STRINGS, strings.indicators],
    [TIMELINE_STRINGS, strings.timeline],
    [QUOTE_STRINGS, strings.quotes],
  ] as const;
  for (const [table, shipped] of tables) (table as Record<string, object | undefined>)[lang] ??= shipped;
}

/** Is `lang`'s interface in the tables (shipped and loaded, or registered by the page)? */
export function hasStrings(lang: string): boolean {
  return Object.hasOwn(CORE_STRINGS, lang);
}
