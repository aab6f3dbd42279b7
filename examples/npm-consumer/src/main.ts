// A site's own code using the package as npm users do: classes and helpers from the main entry
// (which registers nothing), then the define module, then typed elements.
import { BelarusIndicators, BelarusQuotes, formatPartialDate, parsePartialDate, VERSION } from 'belarus-widgets';

const TAGS = ['belarus-indicators', 'belarus-timeline', 'belarus-quotes'] as const;
const registeredByMainEntry = TAGS.filter((tag) => customElements.get(tag) !== undefined);

await import('belarus-widgets/define.js');

// Typed by HTMLElementTagNameMap: `table` is a BelarusIndicators, `sortBy` a column name.
const table = document.createElement('belarus-indicators');
table.sortBy = 'status';
table.sortDirection = 'descending';
// @ts-expect-error: not a column of the table
table.sortBy = 'colour';
table.sortBy = 'status';
document.querySelector('#table-slot')?.append(table);

const quotes = document.querySelector('belarus-quotes');
const date = parsePartialDate('2020');

const status = {
  version: VERSION,
  registeredByMainEntry,
  registeredAfterDefine: TAGS.filter((tag) => customElements.get(tag) !== undefined),
  sameClasses: customElements.get('belarus-indicators') === BelarusIndicators && quotes instanceof BelarusQuotes,
  year: date ? formatPartialDate(date, 'en') : null,
};
const output = document.querySelector('#status');
if (output) output.textContent = JSON.stringify(status);
