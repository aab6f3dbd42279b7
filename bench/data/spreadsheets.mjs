// Synthetic spreadsheet exports: the synthetic rows of synthetic.mjs (NOT real data) written as
// newsrooms' spreadsheets save them, so that loading them takes the widgets' real parsing paths
// (delimiter and header sniffing, column aliases, dates and numbers as people write them,
// quoting, legacy encodings). Every row says it is synthetic.
//
//   Google Sheets (File > Download > CSV): UTF-8, `,`, LF, headers as people write them
//   (`Date,Title,Category,Source URL`), day dates as ISO, months as `March 2021`, big numbers as
//   `1,500.5` (quoted, since they hold the delimiter).
//   German Excel ("CSV (Trennzeichen-getrennt)"): windows-1252, `;`, CRLF, `1.500,5`, `15.03.2021`.
//   The widgets know English, Russian and Belarusian column names, not German ones, so the
//   German file keeps English headers; the widget is told the data's language (`lang="de"`).
import { random, syntheticEvents } from './synthetic.mjs';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const CATEGORY_NAMES = { politics: 'Politics', sanctions: 'Sanctions', diplomacy: 'Diplomacy', war: 'War', 'human-rights': 'Human rights' };

/** A field as spreadsheets quote it: only when it holds the delimiter, a quote or a line break. */
export function csvField(value, delimiter) {
  const text = String(value);
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows (arrays of cells) to delimited text, every line ended with `newline` (as both exporters do). */
export function toCsv(rows, { delimiter = ',', newline = '\n' } = {}) {
  return rows.map((row) => row.map((cell) => csvField(cell, delimiter)).join(delimiter) + newline).join('');
}

/** A partial ISO date (`2021`, `2021-03`, `2021-03-15`) as a sheet shows it: `2021`, `March 2021`, `2021-03-15`. */
export function sheetsDate(iso) {
  const [year, month, day] = iso.split('-');
  if (day || !month) return iso;
  return `${MONTHS[Number(month) - 1]} ${year}`;
}

/** A partial ISO date as German Excel shows it: `2021`, `03.2021`, `15.03.2021`. */
export function germanDate(iso) {
  const [year, month, day] = iso.split('-');
  return [day, month, year].filter(Boolean).join('.');
}

/** A number as an English sheet shows it: `1,500.5`. */
export const englishNumber = (value) => value.toLocaleString('en-US', { maximumFractionDigits: 2 });

/** A number as a German sheet shows it: `1.500,5`. */
export const germanNumber = (value) => value.toLocaleString('de-DE', { maximumFractionDigits: 2 });

/** windows-1252 for the characters the German export uses (Latin-1 letters, €, en dash); throws on any other. */
export function encodeWindows1252(text) {
  const EXTRA = { '€': 0x80, '–': 0x96, '„': 0x84, '“': 0x93 };
  const bytes = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    const code = EXTRA[char] ?? char.charCodeAt(0);
    if (code > 0xff || (code >= 0x80 && code < 0xa0 && !(char in EXTRA))) throw new Error(`"${char}" is not in the benchmark's windows-1252 table`);
    bytes[index] = code;
  }
  return bytes;
}

/** `count` synthetic events as a Google Sheets CSV export (text). */
export function sheetsEventsCsv(count, seed = 3) {
  const { events } = syntheticEvents(count, seed);
  const header = ['Date', 'End date', 'Title', 'Description', 'Category', 'Source URL'];
  const rows = events.map((event, index) => [
    sheetsDate(event.date),
    event.end === 'present' ? 'present' : event.end ? sheetsDate(event.end) : '',
    `Synthetic event ${index + 1} – not real`,
    `Synthetic row ${index + 1} of ${count}, generated for the benchmark; not a real event.`,
    CATEGORY_NAMES[event.category],
    `https://example.org/synthetic/events/${index + 1}`,
  ]);
  return toCsv([header, ...rows]);
}

/** `count` synthetic indicator rows: what both table exports hold, before formatting. */
function indicatorRows(count, seed) {
  const next = random(seed);
  const rows = [];
  for (let index = 0; index < count; index++) {
    const kind = next();
    const year = 2000 + Math.floor(next() * 26);
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const pad = (value) => String(value).padStart(2, '0');
    const row = { index: index + 1, asOf: next() < 0.5 ? `${year}-${pad(month)}-${pad(day)}` : `${year}-${pad(month)}` };
    if (kind < 0.35) Object.assign(row, { value: Math.round(next() * 100), max: 100, unit: 'points' });
    else if (kind < 0.55) Object.assign(row, { value: 1 + Math.floor(next() * 60), unit: 'prisoners' });
    else if (kind < 0.8) Object.assign(row, { value: Math.round(1000 + next() * 2_000_000) / 10, unit: 'USD' });
    rows.push(row);
  }
  return rows;
}

/** `count` synthetic indicator rows as a Google Sheets CSV export (text). */
export function sheetsIndicatorsCsv(count, seed = 4) {
  const header = ['Indicator', 'Status', 'As of', 'Value', 'Max', 'Unit', 'Source URL'];
  const rows = indicatorRows(count, seed).map((row) => [
    `Synthetic indicator ${row.index} – not real`,
    row.value === undefined ? `Synthetic status ${row.index}` : `${englishNumber(row.value)}${row.max ? `/${row.max}` : ''} (synthetic)`,
    sheetsDate(row.asOf),
    row.value === undefined ? '' : englishNumber(row.value),
    row.max ?? '',
    row.unit ?? '',
    `https://example.org/synthetic/indicators/${row.index}`,
  ]);
  return toCsv([header, ...rows]);
}

/** `count` synthetic indicator rows as a German Excel CSV export (windows-1252 bytes). */
export function germanExcelIndicatorsCsv(count, seed = 5) {
  const header = ['Indicator', 'Status', 'As of', 'Value', 'Max', 'Unit', 'Source URL'];
  const rows = indicatorRows(count, seed).map((row) => [
    `Synthetischer Indikator ${row.index} – nicht echt`,
    row.value === undefined ? `Synthetischer Stand ${row.index} (Änderung möglich)` : `${germanNumber(row.value)}${row.max ? `/${row.max}` : ''} (synthetisch)`,
    germanDate(row.asOf),
    row.value === undefined ? '' : germanNumber(row.value),
    row.max ?? '',
    row.unit === 'USD' ? '€' : row.unit === 'prisoners' ? 'Häftlinge' : row.unit === 'points' ? 'Punkte' : '',
    `https://example.org/synthetic/indikatoren/${row.index}`,
  ]);
  return encodeWindows1252(toCsv([header, ...rows], { delimiter: ';', newline: '\r\n' }));
}
