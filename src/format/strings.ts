/**
 * UI strings every widget shares (states, furniture, data problems), in each shipped locale.
 * Widget-specific strings live beside each widget and use the same `Locale` keys.
 */
import type { Problem, ProblemCode } from '../data/types.js';
import type { Locale } from './locale.js';
import { plural } from './number.js';

export interface CoreStrings {
  loading: string;
  empty: string;
  errorHeading: string;
  /** Heading above the list of rows that were left out while the rest rendered. */
  skippedRows: (count: number) => string;
  source: string;
  asOf: (date: string) => string;
  row: (row: number) => string;
  field: (field: string) => string;
  problems: Record<ProblemCode, string>;
}

const en: CoreStrings = {
  loading: 'Loading data…',
  empty: 'There is no data to show.',
  errorHeading: 'The data could not be shown.',
  skippedRows: (n) => plural(n, 'en', { one: '{n} row could not be shown:', other: '{n} rows could not be shown:' }),
  source: 'Source:',
  asOf: (date) => `as of ${date}`,
  row: (row) => `Row ${row}`,
  field: (field) => `field “${field}”`,
  problems: {
    'fetch-failed': 'the data file could not be downloaded',
    'http-status': 'the server answered with an error',
    timeout: 'the server took too long to answer',
    'too-large': 'the data file is too large',
    'unsupported-type': 'the file is neither JSON nor CSV',
    'empty-response': 'the data file is empty',
    'invalid-json': 'the JSON is broken',
    'invalid-csv': 'the CSV is broken',
    'wrong-shape': 'the data is not in the expected format',
    'not-an-object': 'the row is not an object',
    'missing-field': 'a required field is missing',
    'wrong-type': 'the value has the wrong type',
    'invalid-date': 'the date is not a valid date (YYYY, YYYY-MM or YYYY-MM-DD)',
    'end-before-start': 'the end date is before the start date',
    'invalid-number': 'the value is not a number',
    'invalid-url': 'the link is not an http(s) address and was left out',
    'duplicate-id': 'the id is used by an earlier row',
  },
};

const ru: CoreStrings = {
  loading: 'Загрузка данных…',
  empty: 'Нет данных для показа.',
  errorHeading: 'Не удалось показать данные.',
  skippedRows: (n) =>
    plural(n, 'ru', {
      one: 'Не удалось показать {n} строку:',
      few: 'Не удалось показать {n} строки:',
      other: 'Не удалось показать {n} строк:',
    }),
  source: 'Источник:',
  asOf: (date) => `по состоянию на ${date}`,
  row: (row) => `Строка ${row}`,
  field: (field) => `поле «${field}»`,
  problems: {
    'fetch-failed': 'не удалось загрузить файл данных',
    'http-status': 'сервер ответил ошибкой',
    timeout: 'сервер слишком долго не отвечал',
    'too-large': 'файл данных слишком большой',
    'unsupported-type': 'файл не в формате JSON или CSV',
    'empty-response': 'файл данных пуст',
    'invalid-json': 'ошибка в JSON',
    'invalid-csv': 'ошибка в CSV',
    'wrong-shape': 'данные не в ожидаемом формате',
    'not-an-object': 'строка не является объектом',
    'missing-field': 'не заполнено обязательное поле',
    'wrong-type': 'значение неверного типа',
    'invalid-date': 'неверная дата (ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД)',
    'end-before-start': 'дата окончания раньше даты начала',
    'invalid-number': 'значение не является числом',
    'invalid-url': 'ссылка не http(s) и не показана',
    'duplicate-id': 'такой id уже есть в одной из строк выше',
  },
};

const be: CoreStrings = {
  loading: 'Загрузка даных…',
  empty: 'Няма даных для паказу.',
  errorHeading: 'Не ўдалося паказаць даныя.',
  skippedRows: (n) =>
    plural(n, 'be', {
      one: 'Не ўдалося паказаць {n} радок:',
      few: 'Не ўдалося паказаць {n} радкі:',
      other: 'Не ўдалося паказаць {n} радкоў:',
    }),
  source: 'Крыніца:',
  asOf: (date) => `па стане на ${date}`,
  row: (row) => `Радок ${row}`,
  field: (field) => `поле «${field}»`,
  problems: {
    'fetch-failed': 'не ўдалося загрузіць файл даных',
    'http-status': 'сервер адказаў памылкай',
    timeout: 'сервер занадта доўга не адказваў',
    'too-large': 'файл даных занадта вялікі',
    'unsupported-type': 'файл не ў фармаце JSON або CSV',
    'empty-response': 'файл даных пусты',
    'invalid-json': 'памылка ў JSON',
    'invalid-csv': 'памылка ў CSV',
    'wrong-shape': 'даныя не ў чаканым фармаце',
    'not-an-object': 'радок не з’яўляецца аб’ектам',
    'missing-field': 'не запоўнена абавязковае поле',
    'wrong-type': 'значэнне няправільнага тыпу',
    'invalid-date': 'няправільная дата (ГГГГ, ГГГГ-ММ або ГГГГ-ММ-ДД)',
    'end-before-start': 'дата заканчэння раней за дату пачатку',
    'invalid-number': 'значэнне не з’яўляецца лікам',
    'invalid-url': 'спасылка не http(s) і не паказана',
    'duplicate-id': 'такі id ужо ёсць у адным з радкоў вышэй',
  },
};

export const CORE_STRINGS: Record<Locale, CoreStrings> = { en, ru, be };

/** A problem as a reader sees it: "Row 3, field “date”: the date is not a valid date … (2021-02-30)". */
export function describeProblem(problem: Problem, strings: CoreStrings): string {
  const where = [
    problem.row !== undefined ? strings.row(problem.row) : '',
    problem.field !== undefined ? strings.field(problem.field) : '',
  ].filter(Boolean);
  const what = strings.problems[problem.code];
  const value = problem.value !== undefined && problem.value !== '' ? ` (${problem.value})` : '';
  const text = `${what}${value}`;
  return where.length ? `${where.join(', ')}: ${text}` : text.charAt(0).toUpperCase() + text.slice(1);
}
