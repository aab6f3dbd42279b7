/**
 * The timeline's own UI strings in each shipped locale (the shared states and furniture strings
 * are in `format/strings.ts`). Date ranges are split around their dates, because each date is a
 * `<time>` element of its own: `с <time>2020</time> по настоящее время`.
 */
import type { RangeWords } from '../format/date-range.js';
import type { LocaleTable } from '../format/locale.js';
import { formatNumber, plural } from '../format/number.js';

/** `since`, `sinceMonth` and `between` (see `RangeWords`) say how a span of dates reads. */
export interface TimelineStrings extends RangeWords {
  /** Headline when neither the data nor a slot gives one. */
  fallbackTitle: string;
  /** Name of the legend list. */
  legend: string;
  /** Name of the ordered list of events. */
  list: string;
  /** How to move between events with the keyboard (read as the list's description). */
  keyboardHint: string;
  /** What the details panel says before anything is selected. */
  selectHint: string;
  /** Visually hidden prefix of the category line. */
  category: string;
  /** The legend entry for events without a category. */
  noCategory: string;
  /** Link text of an event's source; the event title follows for screen readers. */
  source: string;
  /** The five categories of the article's dataset; any other category is shown as given. */
  categories: Readonly<Record<string, string>>;
  earlier: string;
  later: string;
  /** Which part of a long list is shown: "Events 101–200 of 5,000". */
  showing: (first: number, last: number, total: number) => string;
  /** Name of a count badge in the picture, which opens its period: "Show 8 events in 2021" (the count is its visible text). */
  openPeriod: (count: number, period: string) => string;
  /** Announced when the picture and the list show one period, or all of them again: "Showing 2021: 8 events". */
  periodShown: (period: string, count: number) => string;
  /** The button that leaves a period for the whole timeline (Escape does too). */
  showAll: string;
}

const en: TimelineStrings = {
  fallbackTitle: 'Timeline',
  legend: 'Categories',
  list: 'Events in chronological order',
  keyboardHint: 'Arrow keys move between events; Home and End go to the first and the last.',
  selectHint: 'Select an event on the timeline or in the list to read more.',
  since: ['', ' – present'],
  sinceMonth: 'nominative',
  between: ['', ' – ', ''],
  category: 'Category:',
  noCategory: 'No category',
  source: 'Source',
  categories: { politics: 'Politics', sanctions: 'Sanctions', diplomacy: 'Diplomacy', war: 'War', 'human-rights': 'Human rights' },
  earlier: 'Show earlier events',
  later: 'Show later events',
  showing: (first, last, total) => `Events ${formatNumber(first, 'en')}–${formatNumber(last, 'en')} of ${formatNumber(total, 'en')}`,
  openPeriod: (count, period) => plural(count, 'en', { one: 'Show {n} event in {p}', other: 'Show {n} events in {p}' }).replace('{p}', period),
  periodShown: (period, count) => plural(count, 'en', { one: 'Showing {p}: {n} event', other: 'Showing {p}: {n} events' }).replace('{p}', period),
  showAll: 'Show the whole timeline',
};

export const TIMELINE_STRINGS: LocaleTable<TimelineStrings> = { en };
