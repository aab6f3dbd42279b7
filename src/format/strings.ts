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
  /**
   * Messages for problems whose text changes when they carry `details`. In these and in
   * `problems`, `{1}`, `{2}`, `{3}` name one detail each and `{all}` lists them.
   */
  detailed: Partial<Record<ProblemCode, string>>;
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
    'invalid-encoding': 'the file is UTF-8 except for line {1}; save it as UTF-8',
    'encoding-guessed': 'the file’s encoding was worked out from its bytes; save it as UTF-8 to be sure',
    'header-not-first': 'row {1} of the file was taken as the header; the rows above it were skipped',
    'missing-columns': 'the header row has no column for {all}',
    'unknown-column': 'a column is not a field of this widget and was ignored',
    'unnamed-column': 'column {1} has no name in the header row, so its cells were ignored',
    'duplicate-column': 'the column “{1}” gives the field “{2}” again and was ignored; the column “{3}” is used',
    'ambiguous-date': 'the date could be {1} (day first) or {2} (month first): set meta.dateFormat or date-format',
    'two-digit-year': 'the year has only two digits: write it in full',
    'ambiguous-number': 'the number could be {1} or {2}: set meta.lang or lang; it was left out',
  },
  detailed: {
    'fetch-failed': 'the data file could not be downloaded: its server may not allow this page to read it (it must send the {1} header), or the network failed',
    'unknown-column': 'the column “{1}” is not a field of this widget and was ignored; did you mean “{2}”?',
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
    'invalid-encoding': 'файл в UTF-8, кроме строки {1}; сохраните его в UTF-8',
    'encoding-guessed': 'кодировка файла определена по его байтам; сохраните его в UTF-8, чтобы не ошибиться',
    'header-not-first': 'заголовком взята строка {1} файла; строки над ней пропущены',
    'missing-columns': 'в строке заголовка нет столбцов: {all}',
    'unknown-column': 'столбец не является полем этого виджета и пропущен',
    'unnamed-column': 'у столбца {1} нет названия в строке заголовка, его ячейки пропущены',
    'duplicate-column': 'столбец «{1}» повторяет поле «{2}» и пропущен; используется столбец «{3}»',
    'ambiguous-date': 'это может быть {1} (сначала день) или {2} (сначала месяц): укажите meta.dateFormat или date-format',
    'two-digit-year': 'год записан двумя цифрами: укажите его полностью',
    'ambiguous-number': 'это может быть {1} или {2}: укажите meta.lang или lang; число не показано',
  },
  detailed: {
    'fetch-failed': 'не удалось загрузить файл данных: возможно, его сервер не разрешает этой странице читать его (нужен заголовок {1}) или нет сети',
    'unknown-column': 'столбец «{1}» не является полем этого виджета и пропущен; возможно, имелось в виду «{2}»?',
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
    'invalid-encoding': 'файл у UTF-8, акрамя радка {1}; захавайце яго ў UTF-8',
    'encoding-guessed': 'кадаванне файла вызначана па яго байтах; захавайце яго ў UTF-8, каб не памыліцца',
    'header-not-first': 'загалоўкам узяты радок {1} файла; радкі над ім прапушчаны',
    'missing-columns': 'у радку загалоўка няма слупкоў: {all}',
    'unknown-column': 'слупок не з’яўляецца полем гэтага віджэта і прапушчаны',
    'unnamed-column': 'у слупка {1} няма назвы ў радку загалоўка, яго ячэйкі прапушчаны',
    'duplicate-column': 'слупок «{1}» паўтарае поле «{2}» і прапушчаны; выкарыстоўваецца слупок «{3}»',
    'ambiguous-date': 'гэта можа быць {1} (спачатку дзень) або {2} (спачатку месяц): укажыце meta.dateFormat або date-format',
    'two-digit-year': 'год запісаны дзвюма лічбамі: запішыце яго цалкам',
    'ambiguous-number': 'гэта можа быць {1} або {2}: укажыце meta.lang або lang; лік не паказаны',
  },
  detailed: {
    'fetch-failed': 'не ўдалося загрузіць файл даных: магчыма, яго сервер не дазваляе гэтай старонцы чытаць яго (патрэбны загаловак {1}) або няма сеткі',
    'unknown-column': 'слупок «{1}» не з’яўляецца полем гэтага віджэта і прапушчаны; магчыма, мелася на ўвазе «{2}»?',
  },
};

export const CORE_STRINGS: Record<Locale, CoreStrings> = { en, ru, be };

/** The message for a problem's code with its details filled in (`…` for a detail it lacks). */
function problemText(problem: Problem, strings: CoreStrings): string {
  const details = problem.details ?? [];
  const template = (details.length && strings.detailed[problem.code]) || strings.problems[problem.code];
  return template.replace(/\{(\d|all)\}/g, (_, key: string) => (key === 'all' ? details.join(', ') : details[Number(key) - 1]) || '…');
}

/**
 * A problem in words: where and what in the interface language ("Row 3, field “date”: the date
 * is not a valid date …"), and the offending value as it was given, kept apart because it is
 * not in the interface language (rendered in parentheses after the message).
 */
export function problemMessage(problem: Problem, strings: CoreStrings): { message: string; value?: string } {
  const where = [
    problem.row !== undefined ? strings.row(problem.row) : '',
    problem.field !== undefined ? strings.field(problem.field) : '',
  ].filter(Boolean);
  const what = problemText(problem, strings);
  const message = where.length ? `${where.join(', ')}: ${what}` : what.charAt(0).toUpperCase() + what.slice(1);
  return problem.value !== undefined && problem.value !== '' ? { message, value: problem.value } : { message };
}

/** A problem as a reader sees it: "Row 3, field “date”: the date is not a valid date … (2021-02-30)". */
export function describeProblem(problem: Problem, strings: CoreStrings): string {
  const { message, value } = problemMessage(problem, strings);
  return value === undefined ? message : `${message} (${value})`;
}
