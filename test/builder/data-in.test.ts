// The builder's way in: pasted cells, files and URLs are read by the widgets' own pipeline, the
// widget is guessed from the columns, and the producer's furniture goes into `meta`.
import { expect } from '@open-wc/testing';
import { validateFor } from '../../src/data/validate.js';
import { datasetWith, EMPTY_FURNITURE, furnitureFrom, metaWith } from '../../src/builder/furniture.js';
import { guessKind } from '../../src/builder/guess-kind.js';
import { columnsOf, rowsOf } from '../../src/builder/rows.js';
import { readFile, readPasted, readUrl } from '../../src/builder/source.js';

/** Cells as Google Sheets puts them on the clipboard: tab-separated, CRLF, no quotes around plain cells. */
const SHEET_CELLS = 'Date\tTitle\tCategory\r\n2020\tSanctions\tsanctions\r\n24.02.2022\tInvasion\twar';

describe('builder: data in', () => {
  it('reads cells pasted from a spreadsheet as a table with its header', () => {
    const source = readPasted(SHEET_CELLS);
    expect(source.failure).to.equal(undefined);
    const rows = rowsOf(source.input, 'events')!;
    expect(columnsOf(rows)).to.deep.equal(['Date', 'Title', 'Category']);
    expect(rows).to.have.length(2);
  });

  it('reads pasted JSON as JSON', () => {
    const source = readPasted('{"quotes":[{"text":"T","speaker":"S"}]}');
    expect(guessKind(source.input)?.kind).to.equal('quotes');
  });

  it('a file is decoded as a fetched file is: a windows-1251 CSV reads right, with a warning', async () => {
    // "Цитата;Автор" / "Мы вернёмся;А. Автор" in windows-1251.
    const cp1251 = new Uint8Array([
      0xd6, 0xe8, 0xf2, 0xe0, 0xf2, 0xe0, 0x3b, 0xc0, 0xe2, 0xf2, 0xee, 0xf0, 0x0d, 0x0a, 0xcc, 0xfb, 0x20, 0xe2, 0xe5, 0xf0, 0xed, 0xb8, 0xec, 0xf1, 0xff,
      0x3b, 0xc0, 0x2e, 0x20, 0xc0, 0xe2, 0xf2, 0xee, 0xf0,
    ]);
    const source = await readFile(new File([cp1251], 'quotes.csv', { type: 'text/csv' }));
    const validated = validateFor('quotes', source.input);
    expect(validated.rows.map((row) => [row.text, row.speaker])).to.deep.equal([['Мы вернёмся', 'А. Автор']]);
    expect(validated.problems.map((p) => p.code)).to.deep.equal(['encoding-guessed']);
  });

  it('a workbook or an empty file is one clear problem, not an exception', async () => {
    const xlsx = await readFile(new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2])], 'data.xlsx'));
    expect(xlsx.failure?.message).to.match(/export it as CSV/);
    const empty = await readFile(new File([''], 'empty.csv'));
    expect(empty.failure?.code).to.equal('empty-response');
  });

  it('a URL must be a whole http(s) address (a relative one would mean another file on the article page)', async () => {
    for (const address of ['data/events.csv', 'javascript:alert(1)', 'ftp://x.example/a.csv']) {
      const source = await readUrl(address);
      expect(source.failure?.message, address).to.match(/not a web address/);
    }
  });

  it('guesses the widget from the columns, by the names and aliases the widgets read', () => {
    const guess = (text: string) => guessKind(readPasted(text).input)?.kind;
    expect(guess(SHEET_CELLS)).to.equal('events');
    expect(guess('Indicator\tStatus\tValue\nA\tB\t1')).to.equal('indicators');
    expect(guess('Цитата\tАвтор\nТ\tА')).to.equal('quotes');
    // No column names a field of any kind.
    expect(guess('Foo\tBar\n1\t2')).to.equal(undefined);
    const dataset = { meta: {}, quotes: [{ text: 'T', speaker: 'S' }] };
    expect(guessKind(dataset)).to.deep.equal({ kind: 'quotes', matched: ['text', 'speaker'] });
  });

  it('the furniture form starts from the file’s meta and writes over it; an emptied field removes the value', () => {
    const input = {
      meta: { title: 'Old', headlines: { events: 'Events headline', quotes: 'Q' }, source: 'Agency', notes: 'N', extra: 1 },
      events: [{ date: '2020', title: 'A' }],
    };
    const form = furnitureFrom(input, 'events');
    expect([form.title, form.sourceName, form.notes]).to.deep.equal(['Events headline', 'Agency', 'N']);
    const meta = metaWith(input, 'events', {
      ...form,
      title: ' New ',
      notes: '',
      sourceUrl: 'https://agency.example/',
      categories: { war: { label: 'War', color: '#AABBCC' }, x: { label: ' ' } },
    });
    expect(meta).to.deep.equal({
      title: 'New',
      headlines: { quotes: 'Q' },
      source: { name: 'Agency', url: 'https://agency.example/' },
      extra: 1,
      categories: { war: { label: 'War', color: '#aabbcc' } },
    });
    const validated = validateFor('events', datasetWith(input, 'events', { ...EMPTY_FURNITURE, title: 'T', asOf: '2025-13' }));
    expect(validated.meta.title).to.equal('T');
    expect(validated.problems.map((p) => p.field)).to.deep.equal(['meta.asOf']);
  });

  it('keeps what the parser noticed when the furniture is added (a header below a title row)', () => {
    const source = readPasted('Our timeline\n\nDate\tTitle\n2020\tA');
    const validated = validateFor('events', datasetWith(source.input, 'events', EMPTY_FURNITURE));
    expect(validated.rows).to.have.length(1);
    expect(validated.problems.map((p) => p.code)).to.deep.equal(['header-not-first']);
  });
});
