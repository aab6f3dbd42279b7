/** The Russian interface of every widget (`lang="ru"`). */
import { formatNumber, plural } from '../format/number.js';
import type { CoreStrings } from '../format/strings.js';
import type { IndicatorStrings } from '../indicators/strings.js';
import type { QuoteStrings } from '../quotes/strings.js';
import type { TimelineStrings } from '../timeline/strings.js';
import type { ShippedStrings } from './shipped-strings.js';

const core: CoreStrings = {
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
    warnings: (n) =>
      plural(n, 'ru', {
        one: '{n} предупреждение: данные использованы, но их стоит проверить:',
        few: '{n} предупреждения: данные использованы, но их стоит проверить:',
        other: '{n} предупреждений: данные использованы, но их стоит проверить:',
      }),
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
    'fetch-failed':
      'не удалось загрузить файл данных: возможно, его сервер не разрешает этой странице его читать (нужен заголовок {1}), или пропало соединение',
    'unknown-column': 'у этого виджета нет поля «{1}», столбец пропущен; может быть, имелось в виду «{2}»?',
  },
};

const indicators: IndicatorStrings = {
  headline: 'В цифрах',
  indicator: 'Показатель',
  status: 'Статус',
  statusAsOf: (date) => `Статус (по состоянию на ${date})`,
  asOf: 'По состоянию на',
  sortableHint: 'столбцы с кнопками в заголовках можно сортировать',
  sortedBy: (column, direction) => `Отсортировано по столбцу «${column}», ${direction === 'ascending' ? 'по возрастанию' : 'по убыванию'}.`,
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
  units: (value, unit, perMark) => `${value}${unit ? ` (${unit})` : ''}, ${!perMark ? 'по одной отметке на единицу' : `одна отметка — ${perMark}`}`,
  unitsKey: (perMark, unit) => `одна отметка = ${perMark}${unit ? ` (${unit})` : ''}`,
};

const timeline: TimelineStrings = {
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
    plural(count, 'ru', { one: 'Показать {n} событие за {p}', few: 'Показать {n} события за {p}', other: 'Показать {n} событий за {p}' }).replace(
      '{p}',
      period,
    ),
  periodShown: (period, count) =>
    plural(count, 'ru', { one: 'Показан период {p}: {n} событие', few: 'Показан период {p}: {n} события', other: 'Показан период {p}: {n} событий' }).replace(
      '{p}',
      period,
    ),
  showAll: 'Показать всю хронологию',
};

const quotes: QuoteStrings = {
  headline: 'Цитаты',
  carousel: 'карусель',
  slide: 'слайд',
  position: (index, count) => `${index} из ${count}`,
  previous: 'Предыдущая цитата',
  next: 'Следующая цитата',
  stop: 'Остановить автоматический показ слайдов',
  start: 'Запустить автоматический показ слайдов',
  pickers: 'Выберите цитату для показа',
  source: 'Источник',
};

export const ru: ShippedStrings = { core, indicators, timeline, quotes };
