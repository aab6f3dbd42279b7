/**
 * The indicator table's own UI strings in each shipped locale. Numbers and dates arrive already
 * formatted for the locale; units (`prisoners`, `points`) are data and stay in the data's language.
 */
import type { LocaleTable } from '../format/locale.js';
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
  /** Text equivalent of a bar on the column's shared scale: `1,243 people on a scale from 0 to 1,400`. */
  scaled: (value: string, min: string, max: string, unit?: string) => string;
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
  scaled: (value, min, max, unit) => `${value}${unit ? ` ${unit}` : ''} on a scale from ${min} to ${max}`,
  units: (value, unit, perMark) =>
    `${value}${unit ? ` ${unit}` : ''}, ${!perMark ? 'one mark each' : `each mark stands for ${perMark}`}`,
  unitsKey: (perMark, unit) => `each mark = ${perMark}${unit ? ` ${unit}` : ''}`,
};

const ru: IndicatorStrings = {
  headline: 'В цифрах',
  indicator: 'Показатель',
  status: 'Статус',
  statusAsOf: (date) => `Статус (по состоянию на ${date})`,
  asOf: 'По состоянию на',
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
  scaled: (value, min, max, unit) => `${value}${unit ? ` (${unit})` : ''} на шкале от ${min} до ${max}`,
  units: (value, unit, perMark) =>
    `${value}${unit ? ` (${unit})` : ''}, ${!perMark ? 'по одной отметке на единицу' : `одна отметка — ${perMark}`}`,
  unitsKey: (perMark, unit) => `одна отметка = ${perMark}${unit ? ` (${unit})` : ''}`,
};

const be: IndicatorStrings = {
  headline: 'У лічбах',
  indicator: 'Паказчык',
  status: 'Стан',
  statusAsOf: (date) => `Стан на ${date}`,
  asOf: 'Па стане на',
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
  scaled: (value, min, max, unit) => `${value}${unit ? ` (${unit})` : ''} на шкале ад ${min} да ${max}`,
  units: (value, unit, perMark) =>
    `${value}${unit ? ` (${unit})` : ''}, ${!perMark ? 'па адной адзнацы на адзінку' : `адна адзнака — ${perMark}`}`,
  unitsKey: (perMark, unit) => `адна адзнака = ${perMark}${unit ? ` (${unit})` : ''}`,
};

const uk: IndicatorStrings = {
  headline: 'У цифрах',
  indicator: 'Показник',
  status: 'Стан',
  statusAsOf: (date) => `Стан на ${date}`,
  asOf: 'Станом на',
  sortableHint: 'стовпці з кнопками в заголовках можна сортувати',
  sortedBy: (column, direction) =>
    `Відсортовано за стовпцем «${column}», ${direction === 'ascending' ? 'за зростанням' : 'за спаданням'}.`,
  filterLabel: 'Фільтр рядків',
  matching: (count, total) => `Знайдено рядків: ${count} з ${total}.`,
  noMatches: 'Немає рядків, що відповідають фільтру.',
  pages: 'Сторінки таблиці',
  rowRange: (first, last, total) => `Рядки ${first}–${last} з ${total}`,
  previousPage: 'Попередня сторінка',
  nextPage: 'Наступна сторінка',
  page: 'Сторінка',
  pageOf: (count) => `з ${count}`,
  download: 'Завантажити дані:',
  downloadAs: 'Завантажити дані у форматі',
  rowSource: 'Джерело',
  note: 'Примітка:',
  bar: (value, max, unit) => `${value} з ${max}${unit ? ` (${unit})` : ''}`,
  scaled: (value, min, max, unit) => `${value}${unit ? ` (${unit})` : ''} на шкалі від ${min} до ${max}`,
  units: (value, unit, perMark) =>
    `${value}${unit ? ` (${unit})` : ''}, ${!perMark ? 'по одній позначці на одиницю' : `одна позначка — ${perMark}`}`,
  unitsKey: (perMark, unit) => `одна позначка = ${perMark}${unit ? ` (${unit})` : ''}`,
};

const pl: IndicatorStrings = {
  headline: 'W liczbach',
  indicator: 'Wskaźnik',
  status: 'Stan',
  statusAsOf: (date) => `Stan na ${date}`,
  asOf: 'Stan na',
  sortableHint: 'kolumny z przyciskami w nagłówkach można sortować',
  sortedBy: (column, direction) => `Posortowano według kolumny „${column}”, ${direction === 'ascending' ? 'rosnąco' : 'malejąco'}.`,
  filterLabel: 'Filtruj wiersze',
  matching: (count, total) => `Pasujące wiersze: ${count} z ${total}.`,
  noMatches: 'Żaden wiersz nie pasuje do filtru.',
  pages: 'Strony tabeli',
  rowRange: (first, last, total) => `Wiersze ${first}–${last} z ${total}`,
  previousPage: 'Poprzednia strona',
  nextPage: 'Następna strona',
  page: 'Strona',
  pageOf: (count) => `z ${count}`,
  download: 'Pobierz dane:',
  downloadAs: 'Pobierz dane w formacie',
  rowSource: 'Źródło',
  note: 'Uwaga:',
  bar: (value, max, unit) => `${value} z ${max}${unit ? ` (${unit})` : ''}`,
  scaled: (value, min, max, unit) => `${value}${unit ? ` (${unit})` : ''} na skali od ${min} do ${max}`,
  units: (value, unit, perMark) =>
    `${value}${unit ? ` (${unit})` : ''}, ${!perMark ? 'jeden znak na jednostkę' : `jeden znak – ${perMark}`}`,
  unitsKey: (perMark, unit) => `jeden znak = ${perMark}${unit ? ` (${unit})` : ''}`,
};

const lt: IndicatorStrings = {
  headline: 'Skaičiais',
  indicator: 'Rodiklis',
  status: 'Būklė',
  statusAsOf: (date) => `Būklė (${date})`,
  asOf: 'Duomenų data',
  sortableHint: 'stulpelius su mygtukais antraštėse galima rikiuoti',
  sortedBy: (column, direction) =>
    `Surikiuota pagal stulpelį „${column}“, ${direction === 'ascending' ? 'didėjančia tvarka' : 'mažėjančia tvarka'}.`,
  filterLabel: 'Filtruoti eilutes',
  matching: (count, total) => `Atitinkančių eilučių: ${count} iš ${total}.`,
  noMatches: 'Filtrą atitinkančių eilučių nėra.',
  pages: 'Lentelės puslapiai',
  rowRange: (first, last, total) => `Eilutės ${first}–${last} iš ${total}`,
  previousPage: 'Ankstesnis puslapis',
  nextPage: 'Kitas puslapis',
  page: 'Puslapis',
  pageOf: (count) => `iš ${count}`,
  download: 'Atsisiųsti duomenis:',
  downloadAs: 'Atsisiųsti duomenis kaip',
  rowSource: 'Šaltinis',
  note: 'Pastaba:',
  bar: (value, max, unit) => `${value} iš ${max}${unit ? ` (${unit})` : ''}`,
  scaled: (value, min, max, unit) => `${value}${unit ? ` (${unit})` : ''} skalėje nuo ${min} iki ${max}`,
  units: (value, unit, perMark) =>
    `${value}${unit ? ` (${unit})` : ''}, ${!perMark ? 'po vieną žymę vienetui' : `viena žymė – ${perMark}`}`,
  unitsKey: (perMark, unit) => `viena žymė = ${perMark}${unit ? ` (${unit})` : ''}`,
};

export const INDICATOR_STRINGS: LocaleTable<IndicatorStrings> = { en, ru, be, uk, pl, lt };
