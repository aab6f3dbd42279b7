// Spreadsheet exports as newsrooms publish them (test/fixtures/spreadsheets/README.md says how each
// program writes its bytes), loaded from the test server and validated as a widget does: each
// reads right or is refused with a specific message, never with a replacement character, a
// misread number or a column dropped without a word.
import { expect } from '@open-wc/testing';
import { loadData } from '../../src/data/load.js';
import type { ReadOptions, RowKind, Validated } from '../../src/data/types.js';
import { validateFor } from '../../src/data/validate.js';
import { CORE_STRINGS, describeProblem } from '../../src/format/strings.js';
// Every shipped language in the tables, as the ES modules and the single-file script have them.
import '../../src/locales/bundled.js';

/** The file as a static host serves it: its bytes unchanged, a content type by extension, no charset unless given. */
const served = (file: string, type = file.endsWith('.txt') ? 'text/plain' : 'text/csv') =>
  `/faults/raw?path=spreadsheets/${file}&ct=${encodeURIComponent(type)}`;

async function read<K extends RowKind>(kind: K, file: string, options?: ReadOptions, type?: string): Promise<Validated<K>> {
  const result = validateFor(kind, await loadData(served(file, type)), options);
  expect(JSON.stringify(result), 'a replacement character').not.to.include('\uFFFD');
  return result;
}

const codes = (result: Validated<RowKind>) => result.problems.map((p) => [p.code, p.severity, p.row ?? null, p.value ?? null]);
const isoOf = (date: { iso: string } | 'present' | undefined) => (date === 'present' ? 'present' : date?.iso);

describe('spreadsheet exports', () => {
  describe('Google Sheets, en-US', () => {
    it('reads US dates when the date format says month first, with every link', async () => {
      const { rows, problems } = await read('events', 'google-sheets-en-events.csv', { dateFormat: 'MDY' });
      expect(problems).to.deep.equal([]);
      expect(rows.map((r) => [r.date.iso, isoOf(r.end), r.title])).to.deep.equal([
        ['2020-08-09', undefined, 'Presidential election'],
        ['2020-08-10', '2020-12-31', 'Mass protests'],
        ['2021-05-23', undefined, 'Ryanair flight diverted'],
        ['2022-02-24', 'present', 'War in Ukraine'],
      ]);
      expect(rows.every((r) => r.sourceUrl?.startsWith('https://example.org/'))).to.equal(true);
    });

    it('refuses the dates that read two ways without one, naming the row, the value and both readings', async () => {
      const result = await read('events', 'google-sheets-en-events.csv');
      expect(result.rows.map((r) => r.title)).to.deep.equal(['Ryanair flight diverted', 'War in Ukraine']);
      expect(codes(result)).to.deep.equal([
        ['ambiguous-date', 'error', 1, '8/9/2020'],
        ['ambiguous-date', 'error', 2, '8/10/2020'],
      ]);
      expect(result.problems[0].message).to.equal(
        'Row 1, field "date": 8/9/2020 could be 8 September 2020 or August 9, 2020: set meta.dateFormat or date-format ("DMY" or "MDY").',
      );
      expect(describeProblem(result.problems[0], CORE_STRINGS.en)).to.equal(
        'Row 1, field “date”: the date could be 2020-09-08 (day first) or 2020-08-09 (month first): set meta.dateFormat or date-format (8/9/2020)',
      );
    });
  });

  describe('Excel, en-US, CSV UTF-8', () => {
    it('reads thousands commas in English and keeps % and $ as units', async () => {
      const { rows, problems } = await read('indicators', 'excel-en-us-indicators.csv', { lang: 'en' });
      expect(problems).to.deep.equal([]);
      expect(rows.map((r) => [r.indicator, r.asOf?.iso, r.value, r.max, r.unit])).to.deep.equal([
        ['Political prisoners', '2025-10', 1200, undefined, 'prisoners'],
        ['Press freedom score', '2025-10', 12, 100, '%'],
        ['Aid pledged per family', '2025', 1200, undefined, '$'],
        ['Exports to the EU', '2024', -9.5, undefined, 'percent'],
      ]);
      expect(rows[0]).to.include({ status: '1,200 held', note: 'The count changes weekly', sourceUrl: 'https://example.org/prisoners' });
    });

    it('reports 1,200 with both readings when the language is unknown, and draws nothing from it', async () => {
      const result = await read('indicators', 'excel-en-us-indicators.csv');
      expect(codes(result)).to.deep.equal([
        ['ambiguous-number', 'warning', 1, '1,200'],
        ['ambiguous-number', 'warning', 3, '$1,200'],
      ]);
      expect(result.problems[0].details).to.deep.equal(['1200', '1.2']);
      expect(result.rows.map((r) => r.value)).to.deep.equal([undefined, 12, undefined, -9.5]);
    });
  });

  describe('Excel, de-DE', () => {
    it('reads the windows-1252 semicolon file with its umlauts and curly quotes, and says how it was decoded', async () => {
      const result = await read('events', 'excel-de-events.csv', { lang: 'de' });
      expect(codes(result)).to.deep.equal([['encoding-guessed', 'warning', null, 'windows-1252']]);
      expect(result.rows.map((r) => [r.date.iso, isoOf(r.end), r.title])).to.deep.equal([
        ['2020-08-09', undefined, 'Präsidentschaftswahl'],
        ['2020-08-10', '2020-12-31', 'Massenproteste'],
        ['2021-05-23', undefined, 'Ryanair-Flug umgeleitet'],
        ['2022', 'present', 'Krieg in der Ukraine'],
        ['2025-10', undefined, 'Freilassung von Gefangenen'],
      ]);
      expect(result.rows[0].description).to.equal('Die Wahlkommission meldet 80 % für den Amtsinhaber, die Opposition spricht von Fälschung.');
      expect(result.rows[1].description).to.equal('„Marsch der Freiheit“ in Minsk, jeden Sonntag');
      expect(result.rows[2].description).to.equal('Ein Flug von Athen nach Vilnius muss in Minsk landen; ein Journalist wird festgenommen.');
      expect(result.rows[3].description).to.include('marschieren – auch');
      expect(result.rows.every((r) => r.sourceUrl?.startsWith('https://example.org/'))).to.equal(true);
    });

    it('finds the header under a title row and reads German numbers', async () => {
      const result = await read('indicators', 'excel-de-indicators.csv', { lang: 'de' });
      expect(codes(result)).to.deep.equal([['header-not-first', 'warning', null, 'Belarus in Zahlen (Stand: Oktober 2025)']]);
      expect(result.problems[0].details).to.deep.equal(['3']);
      expect(result.rows.map((r) => [r.asOf?.iso, r.value, r.max, r.unit])).to.deep.equal([
        ['2025-10', 1100, undefined, 'Gefangene'],
        ['2025', 167, 180, 'Rang'],
        ['2025-09', 6.5, undefined, '%'],
        ['2024', 1234.5, undefined, 'Mio. €'],
      ]);
    });

    it('reports 1.100 with both readings when the language is unknown', async () => {
      const result = await read('indicators', 'excel-de-indicators.csv');
      expect(codes(result).slice(1)).to.deep.equal([['ambiguous-number', 'warning', 1, '1.100']]);
      expect(result.problems[1].details).to.deep.equal(['1100', '1.1']);
      expect(result.rows.map((r) => r.value)).to.deep.equal([undefined, 167, 6.5, 1234.5]);
    });
  });

  describe('LibreOffice, ru-RU', () => {
    it('reads Russian headers, month names and long dates', async () => {
      const { rows, problems } = await read('events', 'libreoffice-ru-events.csv', { lang: 'ru' });
      expect(problems).to.deep.equal([]);
      expect(rows.map((r) => [r.date.iso, r.date.precision, isoOf(r.end), r.title, r.category])).to.deep.equal([
        ['2021-03-15', 'day', undefined, 'Поправки о СМИ', 'СМИ'],
        ['2021-03', 'month', '2021-05', 'Обыски в редакциях', 'СМИ'],
        ['2021-05-23', 'day', undefined, 'Посадка самолёта Ryanair', 'авиация'],
        ['2022', 'year', 'present', 'Война в Украине', 'война'],
      ]);
      expect(rows[0]).to.include({ description: 'Поправки, ограничивающие работу журналистов, вступают в силу.', sourceUrl: 'https://example.org/smi' });
    });

    it('refuses two-digit years, row by row, rather than guess the century', async () => {
      const result = await read('events', 'libreoffice-ru-short-dates.csv');
      expect(result.rows).to.deep.equal([]);
      expect(codes(result)).to.deep.equal([
        ['two-digit-year', 'error', 1, '15.03.21'],
        ['two-digit-year', 'error', 2, '23.05.21'],
      ]);
      expect(result.problems[0].message).to.include('two-digit year');
      expect(describeProblem(result.problems[0], CORE_STRINGS.ru)).to.equal(
        'Строка 1, поле «date»: год записан двумя цифрами: укажите его полностью (15.03.21)',
      );
    });
  });

  describe('Excel, ru-RU, windows-1251', () => {
    it('reads Russian and Belarusian letters and says how it was decoded', async () => {
      const result = await read('quotes', 'excel-ru-quotes.csv');
      expect(codes(result)).to.deep.equal([['encoding-guessed', 'warning', null, 'windows-1251']]);
      expect(result.problems[0].message).to.equal(
        'The file is not UTF-8. It was read as windows-1251 (Cyrillic); save it as "CSV UTF-8" to be sure every letter is right.',
      );
      expect(result.rows.map((r) => [r.text, r.speaker, r.role, r.affiliation, r.lang])).to.deep.equal([
        ['Мы не уедем, это наша страна.', 'Анна Ковальчук', 'журналистка', 'Независимое радио', 'ru'],
        ['Мы застанемся тут; гэта наша краіна.', 'Алесь Шыманскі', 'рэдактар', 'Вольная газета', 'be'],
        ['Диалог возможен только после освобождения всех заключённых.', 'Ирина Лёвкина', 'правозащитница', undefined, 'ru'],
      ]);
    });

    it('reads it without a warning when the server names its charset', async () => {
      const result = await read('quotes', 'excel-ru-quotes.csv', {}, 'text/csv; charset=windows-1251');
      expect(result.problems).to.deep.equal([]);
      expect(result.rows[1].speaker).to.equal('Алесь Шыманскі');
    });

    it('still reads it right when the server wrongly says UTF-8, and says so', async () => {
      const result = await read('quotes', 'excel-ru-quotes.csv', {}, 'text/csv; charset=utf-8');
      expect(result.problems[0].message).to.match(/^The server says the file is UTF-8, but it is not\. It was read as windows-1251/);
      expect(result.rows[0].speaker).to.equal('Анна Ковальчук');
    });
  });

  describe('Excel, Unicode Text', () => {
    it('reads UTF-16 tab-separated text served as .txt', async () => {
      const { rows, problems } = await read('quotes', 'excel-unicode-text-quotes.txt');
      expect(problems).to.deep.equal([]);
      expect(rows.map((r) => [r.text, r.speaker, r.lang])).to.deep.equal([
        ['He called it "a dialogue", but nothing changed.', 'Maria Novak', undefined],
        ['Мы застанемся тут.', 'Алесь Шыманскі', 'be'],
      ]);
    });
  });

  describe('Numbers', () => {
    it('reads its dates and names the misspelt column with the field it likely meant', async () => {
      const result = await read('events', 'numbers-en-events.csv');
      expect(result.rows.map((r) => [r.date.iso, r.title, r.sourceUrl])).to.deep.equal([
        ['2020-08-09', 'Presidential election', 'https://example.org/election'],
        ['2021-05-23', 'Ryanair flight diverted', 'https://example.org/ryanair'],
        ['2022-02-24', 'War in Ukraine', 'https://example.org/war'],
      ]);
      expect(result.problems.map((p) => [p.code, p.severity, p.details])).to.deep.equal([['unknown-column', 'warning', ['Categroy', 'category']]]);
      expect(describeProblem(result.problems[0], CORE_STRINGS.en)).to.equal(
        'The column “Categroy” is not a field of this widget and was ignored; did you mean “category”?',
      );
    });
  });
});
