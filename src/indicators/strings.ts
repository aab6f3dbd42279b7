/**
 * The indicator table's own UI strings in each shipped locale. Numbers and dates arrive already
 * formatted for the locale; units (`prisoners`, `points`) are data and stay in the data's language.
 */
import type { Locale } from '../format/locale.js';
import type { SortDirection } from './model.js';

export interface IndicatorStrings {
  /** Headline when neither the data nor the `title` slot gives one. */
  headline: string;
  indicator: string;
  status: string;
  statusAsOf: (date: string) => string;
  asOf: string;
  /** Appended to the caption for screen readers. */
  sortableHint: string;
  sortedBy: (column: string, direction: SortDirection) => string;
  filterLabel: string;
  matching: (count: string, total: string) => string;
  noMatches: string;
  pages: string;
  rowRange: (first: string, last: string, total: string) => string;
  previousPage: string;
  nextPage: string;
  page: string;
  pageOf: (count: string) => string;
  download: string;
  downloadAs: string;
  rowSource: string;
  note: string;
  /** Text equivalent of a bar: `12 out of 100 points`. */
  bar: (value: string, max: string, unit?: string) => string;
  /** Text equivalent of unit marks: `52 prisoners, one mark each`; `perMark` when a mark stands for more. */
  units: (value: string, unit?: string, perMark?: string) => string;
  /** Visible key beside marks that stand for more than one unit. */
  unitsKey: (perMark: string, unit?: string) => string;
}

const en: IndicatorStrings = {
  headline: 'By the numbers',
  indicator: 'Indicator',
  status: 'Status',
  statusAsOf: (date) => `Status (as of ${date})`,
  asOf: 'As of',
  sortableHint: 'column headers with buttons are sortable',
  sortedBy: (column, direction) => `Sorted by ${column}, ${direction}.`,
  filterLabel: 'Filter rows',
  matching: (count, total) => `Matching rows: ${count} of ${total}.`,
  noMatches: 'No rows match the filter.',
  pages: 'Table pages',
  rowRange: (first, last, total) => `Rows ${first}–${last} of ${total}`,
  previousPage: 'Previous page',
  nextPage: 'Next page',
  page: 'Page',
  pageOf: (count) => `of ${count}`,
  download: 'Download the data:',
  downloadAs: 'Download the data as',
  rowSource: 'Source',
  note: 'Note:',
  bar: (value, max, unit) => `${value} out of ${max}${unit ? ` ${unit}` : ''}`,
  units: (value, unit, perMark) =>
    `${value}${unit ? ` ${unit}` : ''}, ${!perMark ? 'one mark each' : `each mark stands for ${perMark}`}`,
  unitsKey: (perMark, unit) => `each mark = ${perMark}${unit ? ` ${unit}` : ''}`,
};

const ru: IndicatorStrings = {
  headline: 'В цифрах',
  indicator: 'Показатель',
  status: 'Статус',
  statusAsOf: (date) => `Статус (по состоянию на ${date})`,
  asOf: 'Дата',
  sortableHint: 'столбцы с кнопками в заголовках можно сортировать',
  sortedBy: (column, direction) =>
    `Отсортировано по столбцу «${column}», ${direction === 'ascending' ? 'по возрастанию' : 'по убыванию'}.`,
  filterLabel: 'Фильтр строк',
  matching: (count, total) => `Найдено строк: ${count} из ${total}.`,
  noMatches: 'Нет строк, подходящих под фильтр.',
  pages: 'Страницы таблицы',
  rowRange: (first, last, total) => `Строки ${first}–${last} из ${total}`,
  previousPage: 'Предыдущая страница',
  nextPage: 'Следующая страница',
  page: 'Страница',
  pageOf: (count) => `из ${count}`,
  download: 'Скачать данные:',
  downloadAs: 'Скачать данные в формате',
  rowSource: 'Источник',
  note: 'Примечание:',
  bar: (value, max, unit) => `${value} из ${max}${unit ? ` (${unit})` : ''}`,
  units: (value, unit, perMark) =>
    `${value}${unit ? ` (${unit})` : ''}, ${!perMark ? 'по одной отметке на единицу' : `одна отметка — ${perMark}`}`,
  unitsKey: (perMark, unit) => `одна отметка = ${perMark}${unit ? ` (${unit})` : ''}`,
};

const be: IndicatorStrings = {
  headline: 'У лічбах',
  indicator: 'Паказчык',
  status: 'Стан',
  statusAsOf: (date) => `Стан (па стане на ${date})`,
  asOf: 'Дата',
  sortableHint: 'слупкі з кнопкамі ў загалоўках можна сартаваць',
  sortedBy: (column, direction) =>
    `Адсартавана па слупку «${column}», ${direction === 'ascending' ? 'па ўзрастанні' : 'па змяншэнні'}.`,
  filterLabel: 'Фільтр радкоў',
  matching: (count, total) => `Знойдзена радкоў: ${count} з ${total}.`,
  noMatches: 'Няма радкоў, якія адпавядаюць фільтру.',
  pages: 'Старонкі табліцы',
  rowRange: (first, last, total) => `Радкі ${first}–${last} з ${total}`,
  previousPage: 'Папярэдняя старонка',
  nextPage: 'Наступная старонка',
  page: 'Старонка',
  pageOf: (count) => `з ${count}`,
  download: 'Спампаваць даныя:',
  downloadAs: 'Спампаваць даныя ў фармаце',
  rowSource: 'Крыніца',
  note: 'Заўвага:',
  bar: (value, max, unit) => `${value} з ${max}${unit ? ` (${unit})` : ''}`,
  units: (value, unit, perMark) =>
    `${value}${unit ? ` (${unit})` : ''}, ${!perMark ? 'па адной адзнацы на адзінку' : `адна адзнака — ${perMark}`}`,
  unitsKey: (perMark, unit) => `адна адзнака = ${perMark}${unit ? ` (${unit})` : ''}`,
};

export const INDICATOR_STRINGS: Record<Locale, IndicatorStrings> = { en, ru, be };
