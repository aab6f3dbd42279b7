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

export const CORE_STRINGS: LocaleTable<CoreStrings> = { en };

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
  const where = [problem.row !== undefined ? strings.row(problem.row) : '', problem.field !== undefined ? strings.field(problem.field) : ''].filter(Boolean);
  const what = problemText(problem, strings);
  const message = where.length ? `${where.join(', ')}: ${what}` : what.charAt(0).toUpperCase() + what.slice(1);
  return problem.value !== undefined && problem.value !== '' ? { message, value: problem.value } : { message };
}

/** A problem as a reader sees it: "Row 3, field “date”: the date is not a valid date … (2021-02-30)". */
export function describeProblem(problem: Problem, strings: CoreStrings = CORE_STRINGS.en): string {
  const { message, value } = problemMessage(problem, strings);
  return value === undefined ? message : `${message} (${value})`;
}
