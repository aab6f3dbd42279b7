/**
 * UI strings every widget shares (states, furniture, data problems), in each shipped locale.
 * Widget-specific strings live beside each widget and use the same locale keys; a page adds a
 * language to all of them with `registerLocale`.
 */
import type { Problem, ProblemCode } from '../data/types.js';
import type { LocaleTable } from './locale.js';
import { plural } from './number.js';

/** The producer's view of problems (`debug` attribute or `?belarus-debug` in the page address). */
export interface DebugStrings {
  /** The name of the view (its region's label). */
  title: string;
  /** Who sees the view, why it is there, and where else the problems go. */
  note: string;
  /** Label before the data's source: an address, or one of `origins`. */
  source: string;
  /** Sources that are not an address. */
  origins: { property: string; inline: string; default: string };
  /** Heading above the warnings (the rows or file were used). */
  warnings: (count: number) => string;
  /** When the data has no problems. */
  none: string;
  /** Label before a problem's fix. */
  fix: string;
}

export interface CoreStrings {
  loading: string;
  empty: string;
  errorHeading: string;
  /** Heading above the list of rows that were left out while the rest rendered. */
  skippedRows: (count: number) => string;
  /** Label of the credit line with one source, and with more than one. */
  source: string;
  sources: string;
  /** The date the data describes, as a sentence before the credits: `Data as of October 2025`. */
  asOf: (date: string) => string;
  /** Opening and closing quotation marks, which set off a title in a credit line. */
  quotes: readonly [open: string, close: string];
  /** What readers see when nothing can be shown: short and calm; the details are for the producer. */
  unavailable: string;
  /** A quiet note under a widget that left rows out; which and why is in the debug view. */
  rowsLeftOut: (count: number) => string;
  debug: DebugStrings;
  /**
   * How to fix a problem, for the producer (debug view and console), by code. Codes whose
   * message already says how (`two-digit-year`: "write it in full") need none; a language
   * added later may leave any out, and the view then shows the message alone.
   */
  fixes: Partial<Record<ProblemCode, string>>;
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
  sources: 'Sources:',
  asOf: (date) => `Data as of ${date}`,
  quotes: ['“', '”'],
  unavailable: 'This graphic is not available right now.',
  rowsLeftOut: (n) => plural(n, 'en', { one: '{n} row of the data is not shown.', other: '{n} rows of the data are not shown.' }),
  debug: {
    title: 'Data check (debug view)',
    note: 'Readers do not see this panel: it is here because of the debug attribute or ?belarus-debug in the address.',
    source: 'Data:',
    origins: { property: 'the data property', inline: 'the JSON inside the tag', default: 'the article’s bundled dataset' },
    warnings: (n) => plural(n, 'en', { one: '{n} warning: the data was used, but check it:', other: '{n} warnings: the data was used, but check it:' }),
    none: 'No problems found in the data.',
    fix: 'How to fix:',
  },
  fixes: {
    'fetch-failed': 'Check the address; a file on another site must send the Access-Control-Allow-Origin header.',
    'http-status': 'Check the address in src: it must open the data file itself.',
    timeout: 'Try again, or host the file on a faster server or on this site.',
    'too-large': 'Split the file, or delete the rows and columns the widget does not use.',
    'unsupported-type': 'Give a .json or .csv file.',
    'empty-response': 'Check that the file has its rows; publish or save it again.',
    'invalid-json': 'Look for a missing comma or quotation mark, or give the data as CSV.',
    'invalid-csv': 'Export the sheet as CSV again; look for an unclosed quotation mark.',
    'wrong-shape': 'Give a list of rows, or an object with a list named indicators, events or quotes.',
    'not-an-object': 'Write the row as {"field": "value", …}.',
    'missing-field': 'Fill in the field, or delete the row.',
    'wrong-type': 'Write the value as text, not as a list or an object.',
    'invalid-date': 'Write 2025, 2025-10 or 2025-10-09, with a day that exists.',
    'end-before-start': 'Swap the dates, or correct the wrong one.',
    'invalid-number': 'Write one number (12, 1,500, −9.5 %, $1,200); words go in status or unit.',
    'invalid-url': 'Write the full address, starting with https://.',
    'duplicate-id': 'Give each row its own id, or leave the id empty.',
    'header-not-first': 'If that is not the header, delete the rows above the real one.',
    'missing-columns': 'Name the columns in the first row after the fields.',
    'unknown-column': 'Rename the column after its field, or delete it.',
    'unnamed-column': 'Name the column in the header row, or delete it.',
    'duplicate-column': 'Delete or rename one of the two columns.',
  },
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
  sources: 'Источники:',
  asOf: (date) => `Данные на ${date}`,
  quotes: ['«', '»'],
  unavailable: 'Эта графика сейчас недоступна.',
  rowsLeftOut: (n) => plural(n, 'ru', { one: 'Не показана {n} строка данных.', few: 'Не показаны {n} строки данных.', other: 'Не показано {n} строк данных.' }),
  debug: {
    title: 'Проверка данных (режим отладки)',
    note: 'Читатели не видят эту панель: она показана из-за атрибута debug или ?belarus-debug в адресе.',
    source: 'Данные:',
    origins: { property: 'свойство data', inline: 'JSON внутри тега', default: 'встроенный набор данных статьи' },
    warnings: (n) => plural(n, 'ru', { one: '{n} предупреждение: данные использованы, но их стоит проверить:', few: '{n} предупреждения: данные использованы, но их стоит проверить:', other: '{n} предупреждений: данные использованы, но их стоит проверить:' }),
    none: 'Проблем в данных не найдено.',
    fix: 'Как исправить:',
  },
  fixes: {
    'fetch-failed': 'Проверьте адрес; файл с другого сайта должен отдаваться с заголовком Access-Control-Allow-Origin.',
    'http-status': 'Проверьте адрес в src: он должен открывать сам файл данных.',
    timeout: 'Попробуйте ещё раз или разместите файл на более быстром сервере или на этом сайте.',
    'too-large': 'Разделите файл или удалите строки и столбцы, которые виджет не использует.',
    'unsupported-type': 'Укажите файл .json или .csv.',
    'empty-response': 'Проверьте, что в файле есть строки; опубликуйте или сохраните его ещё раз.',
    'invalid-json': 'Ищите пропущенную запятую или кавычку или передайте данные в CSV.',
    'invalid-csv': 'Экспортируйте таблицу в CSV ещё раз; ищите незакрытую кавычку.',
    'wrong-shape': 'Передайте список строк или объект со списком indicators, events или quotes.',
    'not-an-object': 'Запишите строку как {"поле": "значение", …}.',
    'missing-field': 'Заполните поле или удалите строку.',
    'wrong-type': 'Запишите значение текстом, а не списком или объектом.',
    'invalid-date': 'Запишите 2025, 2025-10 или 2025-10-09, с существующим днём.',
    'end-before-start': 'Поменяйте даты местами или исправьте ошибочную.',
    'invalid-number': 'Запишите одно число (12, 1 500, −9,5 %, 1 200 $); слова — в status или unit.',
    'invalid-url': 'Запишите полный адрес, начиная с https://.',
    'duplicate-id': 'Дайте каждой строке свой id или оставьте id пустым.',
    'header-not-first': 'Если это не заголовок, удалите строки над настоящим заголовком.',
    'missing-columns': 'Назовите столбцы в первой строке по названиям полей.',
    'unknown-column': 'Переименуйте столбец по его полю или удалите его.',
    'unnamed-column': 'Назовите столбец в строке заголовка или удалите его.',
    'duplicate-column': 'Удалите или переименуйте один из двух столбцов.',
  },
  row: (row) => `Строка ${row}`,
  field: (field) => `поле «${field}»`,
  problems: {
    'fetch-failed': 'не удалось загрузить файл данных',
    'http-status': 'сервер вернул ошибку',
    timeout: 'сервер слишком долго не отвечал',
    'too-large': 'файл данных слишком большой',
    'unsupported-type': 'файл не в формате JSON или CSV',
    'empty-response': 'файл данных пуст',
    'invalid-json': 'в JSON есть ошибка',
    'invalid-csv': 'в CSV есть ошибка',
    'wrong-shape': 'данные записаны не в том виде, которого ждёт виджет',
    'not-an-object': 'строка записана не как объект JSON',
    'missing-field': 'не заполнено обязательное поле',
    'wrong-type': 'значение не того типа',
    'invalid-date': 'неверная дата (ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД)',
    'end-before-start': 'дата окончания раньше даты начала',
    'invalid-number': 'это не число',
    'invalid-url': 'ссылка должна начинаться с http:// или https://, поэтому она не показана',
    'duplicate-id': 'такой id уже есть в одной из строк выше',
    'invalid-encoding': 'файл в UTF-8, кроме строки {1}; сохраните его в UTF-8',
    'encoding-guessed': 'кодировка файла определена по его байтам; сохраните его в UTF-8, чтобы не ошибиться',
    'header-not-first': 'заголовком взята строка {1} файла; строки над ней пропущены',
    'missing-columns': 'в строке заголовка нет столбцов: {all}',
    'unknown-column': 'у этого виджета нет такого поля, столбец пропущен',
    'unnamed-column': 'у столбца {1} нет названия в строке заголовка, его ячейки пропущены',
    'duplicate-column': 'столбец «{1}» повторяет поле «{2}» и пропущен; используется столбец «{3}»',
    'ambiguous-date': 'это может быть {1} (сначала день) или {2} (сначала месяц): укажите meta.dateFormat или date-format',
    'two-digit-year': 'год записан двумя цифрами: укажите его полностью',
    'ambiguous-number': 'это может быть {1} или {2}: укажите meta.lang или lang; число не показано',
  },
  detailed: {
    'fetch-failed': 'не удалось загрузить файл данных: возможно, его сервер не разрешает этой странице его читать (нужен заголовок {1}), или пропало соединение',
    'unknown-column': 'у этого виджета нет поля «{1}», столбец пропущен; может быть, имелось в виду «{2}»?',
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
  sources: 'Крыніцы:',
  asOf: (date) => `Даныя на ${date}`,
  quotes: ['«', '»'],
  unavailable: 'Гэтая графіка зараз недаступная.',
  rowsLeftOut: (n) => plural(n, 'be', { one: 'Не паказаны {n} радок даных.', few: 'Не паказаны {n} радкі даных.', other: 'Не паказана {n} радкоў даных.' }),
  debug: {
    title: 'Праверка даных (рэжым адладкі)',
    note: 'Чытачы не бачаць гэтую панэль: яна паказана з-за атрыбута debug або ?belarus-debug у адрасе.',
    source: 'Даныя:',
    origins: { property: 'уласцівасць data', inline: 'JSON унутры тэга', default: 'убудаваны набор даных артыкула' },
    warnings: (n) => plural(n, 'be', { one: '{n} папярэджанне: даныя выкарыстаны, але іх варта праверыць:', few: '{n} папярэджанні: даныя выкарыстаны, але іх варта праверыць:', other: '{n} папярэджанняў: даныя выкарыстаны, але іх варта праверыць:' }),
    none: 'Праблем у даных не знойдзена.',
    fix: 'Як выправіць:',
  },
  fixes: {
    'fetch-failed': 'Праверце адрас; файл з іншага сайта павінен аддавацца з загалоўкам Access-Control-Allow-Origin.',
    'http-status': 'Праверце адрас у src: ён павінен адкрываць сам файл даных.',
    timeout: 'Паспрабуйце яшчэ раз або размясціце файл на хутчэйшым серверы або на гэтым сайце.',
    'too-large': 'Падзяліце файл або выдаліце радкі і слупкі, якія віджэт не выкарыстоўвае.',
    'unsupported-type': 'Укажыце файл .json або .csv.',
    'empty-response': 'Праверце, што ў файле ёсць радкі; апублікуйце або захавайце яго яшчэ раз.',
    'invalid-json': 'Шукайце прапушчаную коску або двукоссе або перадайце даныя ў CSV.',
    'invalid-csv': 'Экспартуйце табліцу ў CSV яшчэ раз; шукайце незакрытае двукоссе.',
    'wrong-shape': 'Перадайце спіс радкоў або аб’ект са спісам indicators, events або quotes.',
    'not-an-object': 'Запішыце радок як {"поле": "значэнне", …}.',
    'missing-field': 'Запоўніце поле або выдаліце радок.',
    'wrong-type': 'Запішыце значэнне тэкстам, а не спісам або аб’ектам.',
    'invalid-date': 'Запішыце 2025, 2025-10 або 2025-10-09, з днём, які існуе.',
    'end-before-start': 'Памяняйце даты месцамі або выпраўце памылковую.',
    'invalid-number': 'Запішыце адзін лік (12, 1 500, −9,5 %, 1 200 $); словы — у status або unit.',
    'invalid-url': 'Запішыце поўны адрас, пачынаючы з https://.',
    'duplicate-id': 'Дайце кожнаму радку свой id або пакіньце id пустым.',
    'header-not-first': 'Калі гэта не загаловак, выдаліце радкі над сапраўдным загалоўкам.',
    'missing-columns': 'Назавіце слупкі ў першым радку па назвах палёў.',
    'unknown-column': 'Перайменуйце слупок па яго полі або выдаліце яго.',
    'unnamed-column': 'Назавіце слупок у радку загалоўка або выдаліце яго.',
    'duplicate-column': 'Выдаліце або перайменуйце адзін з двух слупкоў.',
  },
  row: (row) => `Радок ${row}`,
  field: (field) => `поле «${field}»`,
  problems: {
    'fetch-failed': 'не ўдалося загрузіць файл даных',
    'http-status': 'сервер вярнуў памылку',
    timeout: 'сервер занадта доўга не адказваў',
    'too-large': 'файл даных занадта вялікі',
    'unsupported-type': 'файл не ў фармаце JSON або CSV',
    'empty-response': 'файл даных пусты',
    'invalid-json': 'у JSON ёсць памылка',
    'invalid-csv': 'у CSV ёсць памылка',
    'wrong-shape': 'даныя запісаны не ў тым выглядзе, якога чакае віджэт',
    'not-an-object': 'радок запісаны не як аб’ект JSON',
    'missing-field': 'не запоўнена абавязковае поле',
    'wrong-type': 'значэнне не таго тыпу',
    'invalid-date': 'няправільная дата (ГГГГ, ГГГГ-ММ або ГГГГ-ММ-ДД)',
    'end-before-start': 'дата заканчэння раней за дату пачатку',
    'invalid-number': 'гэта не лік',
    'invalid-url': 'спасылка павінна пачынацца з http:// або https://, таму яна не паказана',
    'duplicate-id': 'такі id ужо ёсць у адным з радкоў вышэй',
    'invalid-encoding': 'файл у UTF-8, акрамя радка {1}; захавайце яго ў UTF-8',
    'encoding-guessed': 'кадаванне файла вызначана па яго байтах; захавайце яго ў UTF-8, каб не памыліцца',
    'header-not-first': 'загалоўкам узяты радок {1} файла; радкі над ім прапушчаны',
    'missing-columns': 'у радку загалоўка няма слупкоў: {all}',
    'unknown-column': 'у гэтага віджэта няма такога поля, слупок прапушчаны',
    'unnamed-column': 'у слупка {1} няма назвы ў радку загалоўка, яго ячэйкі прапушчаны',
    'duplicate-column': 'слупок «{1}» паўтарае поле «{2}» і прапушчаны; выкарыстоўваецца слупок «{3}»',
    'ambiguous-date': 'гэта можа быць {1} (спачатку дзень) або {2} (спачатку месяц): укажыце meta.dateFormat або date-format',
    'two-digit-year': 'год запісаны дзвюма лічбамі: запішыце яго цалкам',
    'ambiguous-number': 'гэта можа быць {1} або {2}: укажыце meta.lang або lang; лік не паказаны',
  },
  detailed: {
    'fetch-failed': 'не ўдалося загрузіць файл даных: магчыма, яго сервер не дазваляе гэтай старонцы яго чытаць (патрэбны загаловак {1}), або знікла сувязь',
    'unknown-column': 'у гэтага віджэта няма поля «{1}», слупок прапушчаны; можа, мелася на ўвазе «{2}»?',
  },
};

const uk: CoreStrings = {
  loading: 'Завантаження даних…',
  empty: 'Немає даних для показу.',
  errorHeading: 'Не вдалося показати дані.',
  skippedRows: (n) =>
    plural(n, 'uk', {
      one: 'Не вдалося показати {n} рядок:',
      few: 'Не вдалося показати {n} рядки:',
      many: 'Не вдалося показати {n} рядків:',
      other: 'Не вдалося показати {n} рядка:',
    }),
  source: 'Джерело:',
  sources: 'Джерела:',
  asOf: (date) => `Дані станом на ${date}`,
  quotes: ['«', '»'],
  unavailable: 'Ця графіка зараз недоступна.',
  rowsLeftOut: (n) => plural(n, 'uk', { one: 'Не показано {n} рядок даних.', few: 'Не показано {n} рядки даних.', many: 'Не показано {n} рядків даних.', other: 'Не показано {n} рядка даних.' }),
  debug: {
    title: 'Перевірка даних (режим налагодження)',
    note: 'Читачі не бачать цієї панелі: її показано через атрибут debug або ?belarus-debug в адресі.',
    source: 'Дані:',
    origins: { property: 'властивість data', inline: 'JSON усередині тега', default: 'вбудований набір даних статті' },
    warnings: (n) => plural(n, 'uk', { one: '{n} попередження: дані використано, але їх варто перевірити:', few: '{n} попередження: дані використано, але їх варто перевірити:', many: '{n} попереджень: дані використано, але їх варто перевірити:', other: '{n} попередження: дані використано, але їх варто перевірити:' }),
    none: 'Проблем у даних не знайдено.',
    fix: 'Як виправити:',
  },
  fixes: {
    'fetch-failed': 'Перевірте адресу; файл з іншого сайту має надходити із заголовком Access-Control-Allow-Origin.',
    'http-status': 'Перевірте адресу в src: вона має відкривати сам файл даних.',
    timeout: 'Спробуйте ще раз або розмістіть файл на швидшому сервері чи на цьому сайті.',
    'too-large': 'Розділіть файл або видаліть рядки й стовпці, яких віджет не використовує.',
    'unsupported-type': 'Укажіть файл .json або .csv.',
    'empty-response': 'Перевірте, що у файлі є рядки; опублікуйте або збережіть його ще раз.',
    'invalid-json': 'Шукайте пропущену кому або лапки чи передайте дані в CSV.',
    'invalid-csv': 'Експортуйте таблицю в CSV ще раз; шукайте незакриті лапки.',
    'wrong-shape': 'Передайте список рядків або об’єкт зі списком indicators, events чи quotes.',
    'not-an-object': 'Запишіть рядок як {"поле": "значення", …}.',
    'missing-field': 'Заповніть поле або видаліть рядок.',
    'wrong-type': 'Запишіть значення текстом, а не списком чи об’єктом.',
    'invalid-date': 'Запишіть 2025, 2025-10 або 2025-10-09, з днем, що існує.',
    'end-before-start': 'Поміняйте дати місцями або виправте помилкову.',
    'invalid-number': 'Запишіть одне число (12, 1 500, −9,5 %, 1 200 $); слова — у status або unit.',
    'invalid-url': 'Запишіть повну адресу, що починається з https://.',
    'duplicate-id': 'Дайте кожному рядку власний id або залиште id порожнім.',
    'header-not-first': 'Якщо це не заголовок, видаліть рядки над справжнім заголовком.',
    'missing-columns': 'Назвіть стовпці в першому рядку за назвами полів.',
    'unknown-column': 'Перейменуйте стовпець за його полем або видаліть його.',
    'unnamed-column': 'Назвіть стовпець у рядку заголовка або видаліть його.',
    'duplicate-column': 'Видаліть або перейменуйте один із двох стовпців.',
  },
  row: (row) => `Рядок ${row}`,
  field: (field) => `поле «${field}»`,
  problems: {
    'fetch-failed': 'не вдалося завантажити файл даних',
    'http-status': 'сервер повернув помилку',
    timeout: 'сервер надто довго не відповідав',
    'too-large': 'файл даних завеликий',
    'unsupported-type': 'це не файл JSON чи CSV',
    'empty-response': 'файл даних порожній',
    'invalid-json': 'у JSON є помилка',
    'invalid-csv': 'у CSV є помилка',
    'wrong-shape': 'дані записані не в тому вигляді, якого чекає віджет',
    'not-an-object': 'рядок записаний не як об’єкт JSON',
    'missing-field': 'не заповнене обов’язкове поле',
    'wrong-type': 'значення не того типу',
    'invalid-date': 'неправильна дата (РРРР, РРРР-ММ або РРРР-ММ-ДД)',
    'end-before-start': 'дата кінця раніша за дату початку',
    'invalid-number': 'це не число',
    'invalid-url': 'посилання має починатися з http:// або https://, тому його не показано',
    'duplicate-id': 'такий id уже є в одному з рядків вище',
    'invalid-encoding': 'файл у UTF-8, крім рядка {1}; збережіть його в UTF-8',
    'encoding-guessed': 'кодування файлу визначено за його байтами; збережіть його в UTF-8, щоб не помилитися',
    'header-not-first': 'заголовком узято рядок {1} файлу; рядки над ним пропущено',
    'missing-columns': 'у рядку заголовка немає стовпців: {all}',
    'unknown-column': 'у цього віджета немає такого поля, стовпець пропущено',
    'unnamed-column': 'стовпець {1} не має назви в рядку заголовка, його клітинки пропущено',
    'duplicate-column': 'стовпець «{1}» повторює поле «{2}», тому його пропущено; використано стовпець «{3}»',
    'ambiguous-date': 'це може бути {1} (спочатку день) або {2} (спочатку місяць): укажіть meta.dateFormat або date-format',
    'two-digit-year': 'рік записано двома цифрами: запишіть його повністю',
    'ambiguous-number': 'це може бути {1} або {2}: укажіть meta.lang або lang; число не показано',
  },
  detailed: {
    'fetch-failed': 'не вдалося завантажити файл даних: можливо, його сервер не дозволяє цій сторінці його читати (потрібен заголовок {1}), або зник зв’язок',
    'unknown-column': 'у цього віджета немає поля «{1}», стовпець пропущено; можливо, мали на увазі «{2}»?',
  },
};

const pl: CoreStrings = {
  loading: 'Ładowanie danych…',
  empty: 'Brak danych do pokazania.',
  errorHeading: 'Nie udało się pokazać danych.',
  // "Nie udało się pokazać" takes the genitive: 1 wiersza, 2 wierszy, 5 wierszy.
  skippedRows: (n) =>
    plural(n, 'pl', {
      one: 'Nie udało się pokazać {n} wiersza:',
      few: 'Nie udało się pokazać {n} wierszy:',
      many: 'Nie udało się pokazać {n} wierszy:',
      other: 'Nie udało się pokazać {n} wiersza:',
    }),
  source: 'Źródło:',
  sources: 'Źródła:',
  asOf: (date) => `Stan na ${date}`,
  quotes: ['„', '”'],
  unavailable: 'Ta grafika jest teraz niedostępna.',
  rowsLeftOut: (n) => plural(n, 'pl', { one: 'Nie pokazano {n} wiersza danych.', few: 'Nie pokazano {n} wierszy danych.', many: 'Nie pokazano {n} wierszy danych.', other: 'Nie pokazano {n} wiersza danych.' }),
  debug: {
    title: 'Sprawdzenie danych (tryb debugowania)',
    note: 'Czytelnicy nie widzą tego panelu: jest tu z powodu atrybutu debug lub ?belarus-debug w adresie.',
    source: 'Dane:',
    origins: { property: 'właściwość data', inline: 'JSON wewnątrz znacznika', default: 'wbudowany zbiór danych artykułu' },
    warnings: (n) => plural(n, 'pl', { one: '{n} ostrzeżenie: dane zostały użyte, ale warto je sprawdzić:', few: '{n} ostrzeżenia: dane zostały użyte, ale warto je sprawdzić:', many: '{n} ostrzeżeń: dane zostały użyte, ale warto je sprawdzić:', other: '{n} ostrzeżenia: dane zostały użyte, ale warto je sprawdzić:' }),
    none: 'W danych nie znaleziono problemów.',
    fix: 'Jak to naprawić:',
  },
  fixes: {
    'fetch-failed': 'Sprawdź adres; plik z innej witryny musi być wysyłany z nagłówkiem Access-Control-Allow-Origin.',
    'http-status': 'Sprawdź adres w src: musi otwierać sam plik z danymi.',
    timeout: 'Spróbuj ponownie albo umieść plik na szybszym serwerze lub w tej witrynie.',
    'too-large': 'Podziel plik lub usuń wiersze i kolumny, których widżet nie używa.',
    'unsupported-type': 'Podaj plik .json lub .csv.',
    'empty-response': 'Sprawdź, czy plik zawiera wiersze; opublikuj lub zapisz go ponownie.',
    'invalid-json': 'Szukaj brakującego przecinka lub cudzysłowu albo podaj dane jako CSV.',
    'invalid-csv': 'Wyeksportuj arkusz do CSV ponownie; szukaj niezamkniętego cudzysłowu.',
    'wrong-shape': 'Podaj listę wierszy albo obiekt z listą indicators, events lub quotes.',
    'not-an-object': 'Zapisz wiersz jako {"pole": "wartość", …}.',
    'missing-field': 'Wypełnij pole albo usuń wiersz.',
    'wrong-type': 'Zapisz wartość jako tekst, nie jako listę czy obiekt.',
    'invalid-date': 'Wpisz 2025, 2025-10 lub 2025-10-09, z dniem, który istnieje.',
    'end-before-start': 'Zamień daty miejscami albo popraw błędną.',
    'invalid-number': 'Wpisz jedną liczbę (12, 1 500, −9,5 %, 1 200 $); słowa do status lub unit.',
    'invalid-url': 'Wpisz pełny adres zaczynający się od https://.',
    'duplicate-id': 'Nadaj każdemu wierszowi własny id albo zostaw id puste.',
    'header-not-first': 'Jeśli to nie nagłówek, usuń wiersze nad prawdziwym nagłówkiem.',
    'missing-columns': 'Nazwij kolumny w pierwszym wierszu tak jak pola.',
    'unknown-column': 'Zmień nazwę kolumny na nazwę jej pola albo ją usuń.',
    'unnamed-column': 'Nazwij kolumnę w wierszu nagłówka albo ją usuń.',
    'duplicate-column': 'Usuń jedną z dwóch kolumn albo zmień jej nazwę.',
  },
  row: (row) => `Wiersz ${row}`,
  field: (field) => `pole „${field}”`,
  problems: {
    'fetch-failed': 'nie udało się pobrać pliku z danymi',
    'http-status': 'serwer zwrócił błąd',
    timeout: 'serwer zbyt długo nie odpowiadał',
    'too-large': 'plik z danymi jest za duży',
    'unsupported-type': 'to nie jest plik JSON ani CSV',
    'empty-response': 'plik z danymi jest pusty',
    'invalid-json': 'w JSON jest błąd',
    'invalid-csv': 'w CSV jest błąd',
    'wrong-shape': 'dane nie mają układu, którego oczekuje widżet',
    'not-an-object': 'wiersz nie jest zapisany jako obiekt JSON',
    'missing-field': 'brakuje wymaganego pola',
    'wrong-type': 'wartość ma niewłaściwy typ',
    'invalid-date': 'nieprawidłowa data (RRRR, RRRR-MM lub RRRR-MM-DD)',
    'end-before-start': 'data końcowa jest wcześniejsza niż początkowa',
    'invalid-number': 'to nie jest liczba',
    'invalid-url': 'link musi się zaczynać od http:// lub https://, więc go nie pokazano',
    'duplicate-id': 'ten id ma już jeden z wierszy powyżej',
    'invalid-encoding': 'plik jest w UTF-8 z wyjątkiem wiersza {1}; zapisz go w UTF-8',
    'encoding-guessed': 'kodowanie pliku ustalono na podstawie jego bajtów; zapisz go w UTF-8, aby mieć pewność',
    'header-not-first': 'za nagłówek przyjęto wiersz {1} pliku; wiersze nad nim pominięto',
    'missing-columns': 'w wierszu nagłówka brakuje kolumn: {all}',
    'unknown-column': 'ten widżet nie ma takiego pola, kolumnę pominięto',
    'unnamed-column': 'kolumna {1} nie ma nazwy w wierszu nagłówka, jej komórki pominięto',
    'duplicate-column': 'kolumna „{1}” powtarza pole „{2}”, więc ją pominięto; użyto kolumny „{3}”',
    'ambiguous-date': 'to może być {1} (najpierw dzień) lub {2} (najpierw miesiąc): ustaw meta.dateFormat lub date-format',
    'two-digit-year': 'rok ma tylko dwie cyfry: zapisz go w całości',
    'ambiguous-number': 'to może być {1} lub {2}: ustaw meta.lang lub lang; liczby nie pokazano',
  },
  detailed: {
    'fetch-failed': 'nie udało się pobrać pliku z danymi: być może jego serwer nie pozwala tej stronie go czytać (musi wysyłać nagłówek {1}) albo zawiodła sieć',
    'unknown-column': 'ten widżet nie ma pola „{1}”, kolumnę pominięto; czy chodziło o „{2}”?',
  },
};

const lt: CoreStrings = {
  loading: 'Įkeliami duomenys…',
  empty: 'Nėra duomenų, kuriuos būtų galima parodyti.',
  errorHeading: 'Nepavyko parodyti duomenų.',
  // "Nepavyko parodyti" takes the genitive: 1 eilutės, 2 eilučių, 10 eilučių.
  skippedRows: (n) =>
    plural(n, 'lt', {
      one: 'Nepavyko parodyti {n} eilutės:',
      many: 'Nepavyko parodyti {n} eilutės:',
      other: 'Nepavyko parodyti {n} eilučių:',
    }),
  source: 'Šaltinis:',
  sources: 'Šaltiniai:',
  asOf: (date) => `Duomenų data: ${date}`,
  quotes: ['„', '“'],
  unavailable: 'Ši grafika dabar nepasiekiama.',
  rowsLeftOut: (n) => plural(n, 'lt', { one: 'Neparodyta {n} duomenų eilutė.', few: 'Neparodytos {n} duomenų eilutės.', many: 'Neparodyta {n} duomenų eilutės.', other: 'Neparodyta {n} duomenų eilučių.' }),
  debug: {
    title: 'Duomenų patikra (derinimo režimas)',
    note: 'Skaitytojai šio skydelio nemato: jis rodomas dėl atributo debug arba ?belarus-debug adrese.',
    source: 'Duomenys:',
    origins: { property: 'savybė data', inline: 'JSON žymės viduje', default: 'įtrauktas straipsnio duomenų rinkinys' },
    warnings: (n) => plural(n, 'lt', { one: '{n} įspėjimas: duomenys panaudoti, bet verta juos patikrinti:', few: '{n} įspėjimai: duomenys panaudoti, bet verta juos patikrinti:', many: '{n} įspėjimo: duomenys panaudoti, bet verta juos patikrinti:', other: '{n} įspėjimų: duomenys panaudoti, bet verta juos patikrinti:' }),
    none: 'Duomenyse problemų nerasta.',
    fix: 'Kaip pataisyti:',
  },
  fixes: {
    'fetch-failed': 'Patikrinkite adresą; failas iš kitos svetainės turi būti siunčiamas su antrašte Access-Control-Allow-Origin.',
    'http-status': 'Patikrinkite adresą atribute src: jis turi atverti patį duomenų failą.',
    timeout: 'Bandykite dar kartą arba laikykite failą greitesniame serveryje ar šioje svetainėje.',
    'too-large': 'Padalykite failą arba pašalinkite eilutes ir stulpelius, kurių valdiklis nenaudoja.',
    'unsupported-type': 'Nurodykite .json arba .csv failą.',
    'empty-response': 'Patikrinkite, ar faile yra eilučių; paskelbkite ar išsaugokite jį dar kartą.',
    'invalid-json': 'Ieškokite trūkstamo kablelio ar kabutės arba pateikite duomenis CSV formatu.',
    'invalid-csv': 'Eksportuokite lentelę į CSV dar kartą; ieškokite neuždarytos kabutės.',
    'wrong-shape': 'Pateikite eilučių sąrašą arba objektą su sąrašu indicators, events ar quotes.',
    'not-an-object': 'Užrašykite eilutę kaip {"laukas": "reikšmė", …}.',
    'missing-field': 'Užpildykite lauką arba pašalinkite eilutę.',
    'wrong-type': 'Užrašykite reikšmę tekstu, o ne sąrašu ar objektu.',
    'invalid-date': 'Užrašykite 2025, 2025-10 arba 2025-10-09, su egzistuojančia diena.',
    'end-before-start': 'Sukeiskite datas vietomis arba pataisykite klaidingą.',
    'invalid-number': 'Įrašykite vieną skaičių (12, 1 500, −9,5 %, 1 200 $); žodžiai – į status ar unit.',
    'invalid-url': 'Įrašykite visą adresą, prasidedantį https://.',
    'duplicate-id': 'Suteikite kiekvienai eilutei savo id arba palikite id tuščią.',
    'header-not-first': 'Jei tai ne antraštė, pašalinkite eilutes virš tikrosios antraštės.',
    'missing-columns': 'Pavadinkite stulpelius pirmoje eilutėje pagal laukų pavadinimus.',
    'unknown-column': 'Pervadinkite stulpelį pagal jo lauką arba jį pašalinkite.',
    'unnamed-column': 'Pavadinkite stulpelį antraštės eilutėje arba jį pašalinkite.',
    'duplicate-column': 'Pašalinkite arba pervadinkite vieną iš dviejų stulpelių.',
  },
  row: (row) => `Eilutė ${row}`,
  field: (field) => `laukas „${field}“`,
  problems: {
    'fetch-failed': 'nepavyko atsisiųsti duomenų failo',
    'http-status': 'serveris grąžino klaidą',
    timeout: 'serveris per ilgai neatsakė',
    'too-large': 'duomenų failas per didelis',
    'unsupported-type': 'tai nėra JSON ar CSV failas',
    'empty-response': 'duomenų failas tuščias',
    'invalid-json': 'JSON faile yra klaida',
    'invalid-csv': 'CSV faile yra klaida',
    'wrong-shape': 'duomenų sandara ne tokia, kokios tikisi valdiklis',
    'not-an-object': 'eilutė užrašyta ne kaip JSON objektas',
    'missing-field': 'neužpildytas privalomas laukas',
    'wrong-type': 'netinkamas reikšmės tipas',
    'invalid-date': 'neteisinga data (pvz., 2025, 2025-10 arba 2025-10-09)',
    'end-before-start': 'pabaigos data ankstesnė už pradžios datą',
    'invalid-number': 'tai ne skaičius',
    'invalid-url': 'nuoroda turi prasidėti http:// arba https://, todėl ji nerodoma',
    'duplicate-id': 'toks id jau yra vienoje iš aukščiau esančių eilučių',
    'invalid-encoding': 'failas yra UTF-8, išskyrus eilutę {1}; išsaugokite jį UTF-8 koduote',
    'encoding-guessed': 'failo koduotė nustatyta pagal jo baitus; kad būtų tikra, išsaugokite jį UTF-8 koduote',
    'header-not-first': 'antrašte laikoma failo eilutė {1}; eilutės virš jos praleistos',
    'missing-columns': 'antraštės eilutėje nėra stulpelių: {all}',
    'unknown-column': 'šis valdiklis neturi tokio lauko, stulpelis praleistas',
    'unnamed-column': 'stulpelis {1} antraštės eilutėje neturi pavadinimo, jo langeliai praleisti',
    'duplicate-column': 'stulpelis „{1}“ kartoja lauką „{2}“, todėl praleistas; naudojamas stulpelis „{3}“',
    'ambiguous-date': 'tai gali būti {1} (pirmiau diena) arba {2} (pirmiau mėnuo): nustatykite meta.dateFormat arba date-format',
    'two-digit-year': 'metai užrašyti dviem skaitmenimis: užrašykite juos visus',
    'ambiguous-number': 'tai gali būti {1} arba {2}: nustatykite meta.lang arba lang; skaičius nerodomas',
  },
  detailed: {
    'fetch-failed': 'nepavyko atsisiųsti duomenų failo: galbūt jo serveris neleidžia šiam puslapiui jo skaityti (reikia antraštės {1}) arba sutriko ryšys',
    'unknown-column': 'šis valdiklis neturi lauko „{1}“, stulpelis praleistas; gal turėjote omenyje „{2}“?',
  },
};

export const CORE_STRINGS: LocaleTable<CoreStrings> = { en, ru, be, uk, pl, lt };

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
