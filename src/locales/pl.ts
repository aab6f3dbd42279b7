/** The Polish interface of every widget (`lang="pl"`). */
import { formatNumber, plural } from '../format/number.js';
import type { CoreStrings } from '../format/strings.js';
import type { IndicatorStrings } from '../indicators/strings.js';
import type { QuoteStrings } from '../quotes/strings.js';
import type { TimelineStrings } from '../timeline/strings.js';
import type { ShippedStrings } from './shipped-strings.js';

const core: CoreStrings = {
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
  rowsLeftOut: (n) =>
    plural(n, 'pl', {
      one: 'Nie pokazano {n} wiersza danych.',
      few: 'Nie pokazano {n} wierszy danych.',
      many: 'Nie pokazano {n} wierszy danych.',
      other: 'Nie pokazano {n} wiersza danych.',
    }),
  debug: {
    title: 'Sprawdzenie danych (tryb debugowania)',
    note: 'Czytelnicy nie widzą tego panelu: jest tu z powodu atrybutu debug lub ?belarus-debug w adresie.',
    source: 'Dane:',
    origins: { property: 'właściwość data', inline: 'JSON wewnątrz znacznika', default: 'wbudowany zbiór danych artykułu' },
    warnings: (n) =>
      plural(n, 'pl', {
        one: '{n} ostrzeżenie: dane zostały użyte, ale warto je sprawdzić:',
        few: '{n} ostrzeżenia: dane zostały użyte, ale warto je sprawdzić:',
        many: '{n} ostrzeżeń: dane zostały użyte, ale warto je sprawdzić:',
        other: '{n} ostrzeżenia: dane zostały użyte, ale warto je sprawdzić:',
      }),
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
    'fetch-failed':
      'nie udało się pobrać pliku z danymi: być może jego serwer nie pozwala tej stronie go czytać (musi wysyłać nagłówek {1}) albo zawiodła sieć',
    'unknown-column': 'ten widżet nie ma pola „{1}”, kolumnę pominięto; czy chodziło o „{2}”?',
  },
};

const indicators: IndicatorStrings = {
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
  units: (value, unit, perMark) => `${value}${unit ? ` (${unit})` : ''}, ${!perMark ? 'jeden znak na jednostkę' : `jeden znak – ${perMark}`}`,
  unitsKey: (perMark, unit) => `jeden znak = ${perMark}${unit ? ` (${unit})` : ''}`,
};

const timeline: TimelineStrings = {
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
    plural(count, 'pl', {
      one: 'Pokaż {n} wydarzenie: {p}',
      few: 'Pokaż {n} wydarzenia: {p}',
      many: 'Pokaż {n} wydarzeń: {p}',
      other: 'Pokaż {n} wydarzenia: {p}',
    }).replace('{p}', period),
  periodShown: (period, count) =>
    plural(count, 'pl', {
      one: 'Pokazano okres {p}: {n} wydarzenie',
      few: 'Pokazano okres {p}: {n} wydarzenia',
      many: 'Pokazano okres {p}: {n} wydarzeń',
      other: 'Pokazano okres {p}: {n} wydarzenia',
    }).replace('{p}', period),
  showAll: 'Pokaż całą oś czasu',
};

const quotes: QuoteStrings = {
  headline: 'Cytaty',
  carousel: 'karuzela',
  slide: 'slajd',
  position: (index, count) => `${index} z ${count}`,
  previous: 'Poprzedni cytat',
  next: 'Następny cytat',
  stop: 'Zatrzymaj automatyczny pokaz slajdów',
  start: 'Uruchom automatyczny pokaz slajdów',
  pickers: 'Wybierz cytat do wyświetlenia',
  source: 'Źródło',
};

export const pl: ShippedStrings = { core, indicators, timeline, quotes };
