/** The Lithuanian interface of every widget (`lang="lt"`). */
import { formatNumber, plural } from '../format/number.js';
import type { CoreStrings } from '../format/strings.js';
import type { IndicatorStrings } from '../indicators/strings.js';
import type { QuoteStrings } from '../quotes/strings.js';
import type { TimelineStrings } from '../timeline/strings.js';
import type { ShippedStrings } from './shipped-strings.js';

const core: CoreStrings = {
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
  rowsLeftOut: (n) =>
    plural(n, 'lt', {
      one: 'Neparodyta {n} duomenų eilutė.',
      few: 'Neparodytos {n} duomenų eilutės.',
      many: 'Neparodyta {n} duomenų eilutės.',
      other: 'Neparodyta {n} duomenų eilučių.',
    }),
  debug: {
    title: 'Duomenų patikra (derinimo režimas)',
    note: 'Skaitytojai šio skydelio nemato: jis rodomas dėl atributo debug arba ?belarus-debug adrese.',
    source: 'Duomenys:',
    origins: { property: 'savybė data', inline: 'JSON žymės viduje', default: 'įtrauktas straipsnio duomenų rinkinys' },
    warnings: (n) =>
      plural(n, 'lt', {
        one: '{n} įspėjimas: duomenys panaudoti, bet verta juos patikrinti:',
        few: '{n} įspėjimai: duomenys panaudoti, bet verta juos patikrinti:',
        many: '{n} įspėjimo: duomenys panaudoti, bet verta juos patikrinti:',
        other: '{n} įspėjimų: duomenys panaudoti, bet verta juos patikrinti:',
      }),
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

const indicators: IndicatorStrings = {
  headline: 'Skaičiais',
  indicator: 'Rodiklis',
  status: 'Būklė',
  statusAsOf: (date) => `Būklė (${date})`,
  asOf: 'Duomenų data',
  sortableHint: 'stulpelius su mygtukais antraštėse galima rikiuoti',
  sortedBy: (column, direction) => `Surikiuota pagal stulpelį „${column}“, ${direction === 'ascending' ? 'didėjančia tvarka' : 'mažėjančia tvarka'}.`,
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
  units: (value, unit, perMark) => `${value}${unit ? ` (${unit})` : ''}, ${!perMark ? 'po vieną žymę vienetui' : `viena žymė – ${perMark}`}`,
  unitsKey: (perMark, unit) => `viena žymė = ${perMark}${unit ? ` (${unit})` : ''}`,
};

const timeline: TimelineStrings = {
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
    plural(count, 'lt', {
      one: 'Rodyti {n} įvykį: {p}',
      few: 'Rodyti {n} įvykius: {p}',
      many: 'Rodyti {n} įvykio: {p}',
      other: 'Rodyti {n} įvykių: {p}',
    }).replace('{p}', period),
  periodShown: (period, count) =>
    plural(count, 'lt', {
      one: 'Rodomas laikotarpis {p}: {n} įvykis',
      few: 'Rodomas laikotarpis {p}: {n} įvykiai',
      many: 'Rodomas laikotarpis {p}: {n} įvykio',
      other: 'Rodomas laikotarpis {p}: {n} įvykių',
    }).replace('{p}', period),
  showAll: 'Rodyti visą chronologiją',
};

const quotes: QuoteStrings = {
  headline: 'Citatos',
  carousel: 'karuselė',
  slide: 'skaidrė',
  position: (index, count) => `${index} iš ${count}`,
  previous: 'Ankstesnė citata',
  next: 'Kita citata',
  stop: 'Sustabdyti automatinį skaidrių rodymą',
  start: 'Paleisti automatinį skaidrių rodymą',
  pickers: 'Pasirinkite rodomą citatą',
  source: 'Šaltinis',
};

export const lt: ShippedStrings = { core, indicators, timeline, quotes };
