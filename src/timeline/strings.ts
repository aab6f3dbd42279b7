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

const ru: TimelineStrings = {
  fallbackTitle: 'Хронология',
  legend: 'Категории',
  list: 'События в хронологическом порядке',
  keyboardHint: 'Между событиями можно переходить клавишами со стрелками, к первому и последнему — клавишами Home и End.',
  selectHint: 'Выберите событие на шкале или в списке, чтобы прочитать подробности.',
  since: ['с ', ' по настоящее время'],
  sinceMonth: 'genitive',
  between: ['', ' — ', ''],
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
  keyboardHint: 'Паміж падзеямі можна пераходзіць клавішамі са стрэлкамі, да першай і апошняй — клавішамі Home і End.',
  selectHint: 'Выберыце падзею на шкале або ў спісе, каб прачытаць падрабязнасці.',
  since: ['з ', ' па цяперашні час'],
  sinceMonth: 'genitive',
  between: ['', ' — ', ''],
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

const uk: TimelineStrings = {
  fallbackTitle: 'Хронологія',
  legend: 'Категорії',
  list: 'Події в хронологічному порядку',
  keyboardHint: 'Між подіями можна переходити клавішами зі стрілками, до першої та останньої — клавішами Home і End.',
  selectHint: 'Виберіть подію на шкалі або в списку, щоб прочитати докладніше.',
  since: ['з ', ' дотепер'],
  sinceMonth: 'genitive',
  between: ['', ' — ', ''],
  category: 'Категорія:',
  noCategory: 'Без категорії',
  source: 'Джерело',
  categories: { politics: 'Політика', sanctions: 'Санкції', diplomacy: 'Дипломатія', war: 'Війна', 'human-rights': 'Права людини' },
  earlier: 'Показати раніші події',
  later: 'Показати пізніші події',
  showing: (first, last, total) => `Події ${formatNumber(first, 'uk')}–${formatNumber(last, 'uk')} з ${formatNumber(total, 'uk')}`,
  openPeriod: (count, period) =>
    plural(count, 'uk', { one: 'Показати {n} подію за {p}', few: 'Показати {n} події за {p}', many: 'Показати {n} подій за {p}', other: 'Показати {n} події за {p}' }).replace('{p}', period),
  periodShown: (period, count) =>
    plural(count, 'uk', { one: 'Показано період {p}: {n} подія', few: 'Показано період {p}: {n} події', many: 'Показано період {p}: {n} подій', other: 'Показано період {p}: {n} події' }).replace('{p}', period),
  showAll: 'Показати всю хронологію',
};

const pl: TimelineStrings = {
  fallbackTitle: 'Oś czasu',
  legend: 'Kategorie',
  list: 'Wydarzenia w kolejności chronologicznej',
  keyboardHint: 'Użyj strzałek, aby przechodzić między wydarzeniami, oraz klawiszy Home i End, aby przejść do pierwszego lub ostatniego.',
  selectHint: 'Wybierz wydarzenie na osi czasu lub na liście, aby przeczytać więcej.',
  since: ['od ', ' do dziś'],
  sinceMonth: 'genitive',
  between: ['', ' – ', ''],
  category: 'Kategoria:',
  noCategory: 'Bez kategorii',
  source: 'Źródło',
  categories: { politics: 'Polityka', sanctions: 'Sankcje', diplomacy: 'Dyplomacja', war: 'Wojna', 'human-rights': 'Prawa człowieka' },
  earlier: 'Pokaż wcześniejsze wydarzenia',
  later: 'Pokaż późniejsze wydarzenia',
  showing: (first, last, total) => `Wydarzenia ${formatNumber(first, 'pl')}–${formatNumber(last, 'pl')} z ${formatNumber(total, 'pl')}`,
  // A colon, not a preposition, before the period: "z października 2025" would need the genitive.
  openPeriod: (count, period) =>
    plural(count, 'pl', { one: 'Pokaż {n} wydarzenie: {p}', few: 'Pokaż {n} wydarzenia: {p}', many: 'Pokaż {n} wydarzeń: {p}', other: 'Pokaż {n} wydarzenia: {p}' }).replace('{p}', period),
  periodShown: (period, count) =>
    plural(count, 'pl', { one: 'Pokazano okres {p}: {n} wydarzenie', few: 'Pokazano okres {p}: {n} wydarzenia', many: 'Pokazano okres {p}: {n} wydarzeń', other: 'Pokazano okres {p}: {n} wydarzenia' }).replace('{p}', period),
  showAll: 'Pokaż całą oś czasu',
};

const lt: TimelineStrings = {
  fallbackTitle: 'Chronologija',
  legend: 'Kategorijos',
  list: 'Įvykiai chronologine tvarka',
  keyboardHint: 'Tarp įvykių pereikite rodyklių klavišais, į pirmąjį ir paskutinį – klavišais Home ir End.',
  selectHint: 'Pasirinkite įvykį laiko juostoje arba sąraše, kad perskaitytumėte daugiau.',
  // A span reads as Lithuanian CVs and chronologies write it, "2020 – dabar": no case to agree with.
  since: ['', ' – dabar'],
  sinceMonth: 'nominative',
  between: ['', ' – ', ''],
  category: 'Kategorija:',
  noCategory: 'Be kategorijos',
  source: 'Šaltinis',
  categories: { politics: 'Politika', sanctions: 'Sankcijos', diplomacy: 'Diplomatija', war: 'Karas', 'human-rights': 'Žmogaus teisės' },
  earlier: 'Rodyti ankstesnius įvykius',
  later: 'Rodyti vėlesnius įvykius',
  showing: (first, last, total) => `Įvykiai ${formatNumber(first, 'lt')}–${formatNumber(last, 'lt')} iš ${formatNumber(total, 'lt')}`,
  openPeriod: (count, period) =>
    plural(count, 'lt', { one: 'Rodyti {n} įvykį: {p}', few: 'Rodyti {n} įvykius: {p}', many: 'Rodyti {n} įvykio: {p}', other: 'Rodyti {n} įvykių: {p}' }).replace('{p}', period),
  periodShown: (period, count) =>
    plural(count, 'lt', { one: 'Rodomas laikotarpis {p}: {n} įvykis', few: 'Rodomas laikotarpis {p}: {n} įvykiai', many: 'Rodomas laikotarpis {p}: {n} įvykio', other: 'Rodomas laikotarpis {p}: {n} įvykių' }).replace('{p}', period),
  showAll: 'Rodyti visą chronologiją',
};

export const TIMELINE_STRINGS: LocaleTable<TimelineStrings> = { en, ru, be, uk, pl, lt };
