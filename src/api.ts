/**
 * The library without the widgets: data loading, parsing and validation, formats, locales, events
 * and their types. The widgets' shared machinery (base class, controllers, string tables) stays
 * internal. The classic scripts share one copy of it on a page (src/embed/runtime.ts).
 */
export type { DataOrigin, DataState } from './controllers/data-source-controller.js';
export { DATA_ERROR_EVENT, DOWNLOAD_EVENT, EVENT_SELECT_EVENT, SLIDE_CHANGE_EVENT } from './events.js';
export type {
  BelarusWidgetEvents,
  BelarusWidgetsEventMap,
  DataErrorDetail,
  DownloadFile,
  DownloadFormat,
  EventSelectDetail,
  SlideChangeDetail,
} from './events.js';
export type { BelarusWidgetsProperties, BelarusWidgetTag, WidgetProperties } from './properties.js';
export { DEFAULT_DATASET, defaultDataFor } from './data/default-dataset.js';
export { loadData, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT } from './data/load.js';
export type { LoadOptions } from './data/load.js';
export { detectFormat, parseJson, parseText } from './data/parse.js';
export { parseCsv } from './data/parse-csv.js';
export { DataError } from './data/problem.js';
export { safeHttpUrl } from './data/safe-url.js';
export * from './data/types.js';
export { validateFor, validateMeta, validateRows } from './data/validate.js';
export { LOCALES, resolveLocale } from './format/locale.js';
export type { Locale, ShippedLocale } from './format/locale.js';
export { formatNumber, parseNumber, plural } from './format/number.js';
export { comparePartialDates, formatPartialDate, parsePartialDate, periodEnd, periodStart } from './format/partial-date.js';
export type { DateFormatOptions, DatePrecision, DateStyle, PartialDate } from './format/partial-date.js';
export { describeProblem } from './format/strings.js';
export { registerLocale } from './format/register-locale.js';
export type { LocaleStrings } from './format/register-locale.js';
export { THEMES } from './widget/widget-element.js';
export type { Theme } from './widget/widget-element.js';
export { VERSION } from './version.js';
