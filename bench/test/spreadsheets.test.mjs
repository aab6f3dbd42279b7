// The synthetic spreadsheet exports: written the way the two exporters write them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dsvFormat } from 'd3-dsv';
import {
  csvField,
  encodeWindows1252,
  germanDate,
  germanExcelIndicatorsCsv,
  germanNumber,
  sheetsDate,
  sheetsEventsCsv,
  sheetsIndicatorsCsv,
  toCsv,
} from '../data/spreadsheets.mjs';
import { profileGroupOf } from '../lib/parse.mjs';

test('fields are quoted only when they hold the delimiter, a quote or a line break', () => {
  assert.equal(csvField('plain', ','), 'plain');
  assert.equal(csvField('1,500.5', ','), '"1,500.5"');
  assert.equal(csvField('1,500.5', ';'), '1,500.5');
  assert.equal(csvField('say "no"', ','), '"say ""no"""');
  assert.equal(
    toCsv(
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
      { delimiter: ';', newline: '\r\n' },
    ),
    'a;b\r\nc;d\r\n',
  );
});

test('dates and numbers as each sheet shows them', () => {
  assert.equal(sheetsDate('2021'), '2021');
  assert.equal(sheetsDate('2021-03'), 'March 2021');
  assert.equal(sheetsDate('2021-03-15'), '2021-03-15');
  assert.equal(germanDate('2021-03-15'), '15.03.2021');
  assert.equal(germanDate('2021-03'), '03.2021');
  assert.equal(germanNumber(1500.5), '1.500,5');
});

test('windows-1252: Latin-1 letters, the euro sign and the en dash; anything else is refused', () => {
  assert.deepEqual([...encodeWindows1252('Ä€–a')], [0xc4, 0x80, 0x96, 0x61]);
  assert.equal(new TextDecoder('windows-1252').decode(encodeWindows1252('Häftlinge – €')), 'Häftlinge – €');
  assert.throws(() => encodeWindows1252('Минск'), /not in the benchmark's windows-1252 table/);
});

test('the Google Sheets exports: the headers people write, one record per row, every row synthetic', () => {
  const events = dsvFormat(',').parse(sheetsEventsCsv(50));
  assert.deepEqual(events.columns, ['Date', 'End date', 'Title', 'Description', 'Category', 'Source URL']);
  assert.equal(events.length, 50);
  assert.ok(events.every((row) => /synthetic/i.test(row.Title) && /not a real event/.test(row.Description)));
  assert.ok(
    events.some((row) => /^[A-Z][a-z]+ \d{4}$/.test(row.Date)),
    'some months as "March 2021"',
  );
  const table = dsvFormat(',').parse(sheetsIndicatorsCsv(200));
  assert.deepEqual(table.columns, ['Indicator', 'Status', 'As of', 'Value', 'Max', 'Unit', 'Source URL']);
  assert.ok(
    table.some((row) => /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(row.Value)),
    'some values with thousands separators',
  );
});

test('the German Excel export: windows-1252, semicolons, CRLF, 1.500,5 and 15.03.2021', () => {
  const bytes = germanExcelIndicatorsCsv(200);
  const text = new TextDecoder('windows-1252').decode(bytes);
  assert.ok(
    text
      .split('\n')
      .slice(0, -1)
      .every((line) => line.endsWith('\r')),
  );
  const rows = dsvFormat(';').parse(text.replaceAll('\r\n', '\n'));
  assert.equal(rows.length, 200);
  assert.ok(
    rows.some((row) => /^\d{1,3}(\.\d{3})+,\d+$/.test(row.Value)),
    'some values as 1.500,5',
  );
  assert.ok(
    rows.some((row) => /^\d{2}\.\d{2}\.\d{4}$/.test(row['As of'])),
    'some dates as 15.03.2021',
  );
  assert.ok(rows.every((row) => /Synthetischer Indikator/.test(row.Indicator)));
  assert.ok(bytes.includes(0xe4), 'an ä in windows-1252');
});

test("the profile split puts the data pipeline's modules on one side and the rest on the other", () => {
  assert.equal(profileGroupOf('src/data/parse-csv.ts'), 'pipeline');
  assert.equal(profileGroupOf('src/controllers/data-source-controller.ts'), 'pipeline');
  assert.equal(profileGroupOf('src/format/spreadsheet-number.ts'), 'pipeline');
  assert.equal(profileGroupOf('node_modules/d3-dsv/src/dsv.js'), 'pipeline');
  assert.equal(profileGroupOf('src/format/number.ts'), 'render');
  assert.equal(profileGroupOf('node_modules/lit-html/lit-html.js'), 'render');
  assert.equal(profileGroupOf('(program)'), 'engine');
  assert.equal(profileGroupOf('(benchmark harness)'), 'other');
});
