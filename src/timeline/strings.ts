/**
 * The timeline's own UI strings in each shipped locale (the shared states and furniture strings
 * are in `format/strings.ts`). Date ranges are split around their dates, because each date is a
 * `<time>` element of its own: `с <time>2020</time> по настоящее время`.
 */
import type { Locale } from '../format/locale.js';
import { formatNumber, plural } from '../format/number.js';

export interface TimelineStrings {
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
  /** Text before and after the start date of a span that is still open. */
  since: readonly [before: string, after: string];
  /** Text before, between and after the dates of a closed span. */
  between: readonly [before: string, middle: string, after: string];
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

const ru: TimelineStrings = {
  fallbackTitle: 'Хронология',
  legend: 'Категории',
  list: 'События в хронологическом порядке',
  keyboardHint: 'Стрелки переходят между событиями; Home и End — к первому и последнему.',
  selectHint: 'Выберите событие на шкале или в списке, чтобы прочитать подробности.',
  since: ['с ', ' по настоящее время'],
  between: ['', ' – ', ''],
  category: 'Категория:',
  noCategory: 'Без категории',
  source: 'Источник',
  categories: { politics: 'Политика', sanctions: 'Санкции', diplomacy: 'Дипломатия', war: 'Война', 'human-rights': 'Права человека' },
  earlier: 'Показать более ранние события',
  later: 'Показать более поздние события',
  showing: (first, last, total) => `События ${formatNumber(first, 'ru')}–${formatNumber(last, 'ru')} из ${formatNumber(total, 'ru')}`,
  openPeriod: (count, period) =>
    plural(count, 'ru', { one: 'Показать {n} событие за {p}', few: 'Показать {n} события за {p}', other: 'Показать {n} событий за {p}' }).replace('{p}', period),
  periodShown: (period, count) =>
    plural(count, 'ru', { one: 'Показан период {p}: {n} событие', few: 'Показан период {p}: {n} события', other: 'Показан период {p}: {n} событий' }).replace('{p}', period),
  showAll: 'Показать всю хронологию',
};

const be: TimelineStrings = {
  fallbackTitle: 'Храналогія',
  legend: 'Катэгорыі',
  list: 'Падзеі ў храналагічным парадку',
  keyboardHint: 'Стрэлкі пераходзяць паміж падзеямі; Home і End — да першай і апошняй.',
  selectHint: 'Выберыце падзею на шкале або ў спісе, каб прачытаць падрабязнасці.',
  since: ['з ', ' па цяперашні час'],
  between: ['', ' – ', ''],
  category: 'Катэгорыя:',
  noCategory: 'Без катэгорыі',
  source: 'Крыніца',
  categories: { politics: 'Палітыка', sanctions: 'Санкцыі', diplomacy: 'Дыпламатыя', war: 'Вайна', 'human-rights': 'Правы чалавека' },
  earlier: 'Паказаць ранейшыя падзеі',
  later: 'Паказаць пазнейшыя падзеі',
  showing: (first, last, total) => `Падзеі ${formatNumber(first, 'be')}–${formatNumber(last, 'be')} з ${formatNumber(total, 'be')}`,
  openPeriod: (count, period) =>
    plural(count, 'be', { one: 'Паказаць {n} падзею за {p}', few: 'Паказаць {n} падзеі за {p}', other: 'Паказаць {n} падзей за {p}' }).replace('{p}', period),
  periodShown: (period, count) =>
    plural(count, 'be', { one: 'Паказаны перыяд {p}: {n} падзея', few: 'Паказаны перыяд {p}: {n} падзеі', other: 'Паказаны перыяд {p}: {n} падзей' }).replace('{p}', period),
  showAll: 'Паказаць усю храналогію',
};

export const TIMELINE_STRINGS: Record<Locale, TimelineStrings> = { en, ru, be };
