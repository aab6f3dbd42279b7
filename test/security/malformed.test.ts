// Malformed data, as busy editors and broken spreadsheets produce it. Each case gets the outcome
// it deserves (render, render with the dropped rows listed, or an accessible error) in every
// widget, and nothing ends in an uncaught exception or an unhandled rejection.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { RowKind } from '../../src/data/types.js';

type Outcome = 'ready' | 'ready-with-skipped' | 'error' | 'empty';
interface Case {
  name: string;
  /** A JSON value given as `.data`, or the raw text of a file given as `src` (with its type). */
  body: (kind: RowKind, valid: Record<string, unknown>) => { data: unknown } | { text: string | Uint8Array; type: string };
  outcome: Outcome;
}

const WIDGETS: Array<{ tag: string; kind: RowKind; valid: Record<string, unknown> }> = [
  { tag: 'belarus-indicators', kind: 'indicators', valid: { indicator: 'Freedom House rating', status: 'Not Free' } },
  { tag: 'belarus-timeline', kind: 'events', valid: { date: '2020', title: 'Election' } },
  { tag: 'belarus-quotes', kind: 'quotes', valid: { text: 'A quote.', speaker: 'A. Speaker' } },
];

const csvOf = (row: Record<string, unknown>) =>
  `${Object.keys(row).join(',')}\r\n${Object.values(row)
    .map((v) => `"${v}"`)
    .join(',')}\r\n`;
const utf16 = (text: string) => {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) ((bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff), (bytes[3 + 2 * i] = text.charCodeAt(i) >> 8));
  return bytes;
};
const deep = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

const CASES: Case[] = [
  { name: 'broken JSON', body: () => ({ text: '{"quotes": [', type: 'application/json' }), outcome: 'error' },
  { name: 'JSON with a trailing comma', body: (k, v) => ({ text: `{"${k}": [${JSON.stringify(v)},]}`, type: 'application/json' }), outcome: 'error' },
  { name: 'empty file', body: () => ({ text: '', type: 'application/json' }), outcome: 'error' },
  { name: 'empty list', body: () => ({ data: [] }), outcome: 'empty' },
  { name: 'wrong top-level type (string)', body: () => ({ data: 'rows' }), outcome: 'error' },
  { name: 'wrong top-level type (number)', body: () => ({ data: 42 }), outcome: 'error' },
  { name: "object without this widget's list", body: () => ({ data: { meta: { title: 'T' } } }), outcome: 'error' },
  { name: 'rows of the wrong type', body: (k, v) => ({ data: [v, 1, 'two', null, [v]] }), outcome: 'ready-with-skipped' },
  {
    name: 'wrong-typed fields',
    body: (k, v) => ({ data: [v, Object.fromEntries(Object.keys(v).map((key) => [key, { nested: true }]))] }),
    outcome: 'ready-with-skipped',
  },
  {
    name: 'duplicate ids',
    body: (k, v) => ({
      data: [
        { ...v, id: 'same' },
        { ...v, id: 'same' },
      ],
    }),
    outcome: 'ready-with-skipped',
  },
  {
    name: 'NaN and Infinity as numbers',
    body: () => ({ data: [{ indicator: 'A', status: 'B', value: NaN, max: Infinity, date: '2020', title: 'T', text: 'Q', speaker: 'S' }] }),
    outcome: 'ready',
  },
  { name: 'impossible date 2021-02-30', body: (k, v) => ({ data: [v, { ...v, date: '2021-02-30', asOf: '2021-02-30' }] }), outcome: 'ready' },
  { name: '10,000 rows', body: (k, v) => ({ data: Array.from({ length: 10_000 }, (_, i) => ({ ...v, id: `row-${i}` })) }), outcome: 'ready' },
  {
    name: 'a 1 MB string',
    body: (k, v) => ({
      data: [Object.fromEntries(Object.entries(v).map(([key, value]) => [key, key === 'date' ? value : `${value} ${'x'.repeat(1_000_000)}`]))],
    }),
    outcome: 'ready',
  },
  {
    name: 'right-to-left and combining-mark text',
    body: (k, v) => ({ data: [Object.fromEntries(Object.entries(v).map(([key, value]) => [key, key === 'date' ? value : `${value} ‏مرحبا בעולם Z̸̢̛a̴͙l̷̰g̶͎o̵̤`]))] }),
    outcome: 'ready',
  },
  { name: 'CSV with BOM and CRLF', body: (k, v) => ({ text: `\uFEFF${csvOf(v)}`, type: 'text/csv' }), outcome: 'ready' },
  {
    name: 'CSV with a quoted newline',
    body: (k, v) => ({
      text: csvOf(Object.fromEntries(Object.entries(v).map(([key, value]) => [key, key === 'date' ? value : `${value}\nsecond line`]))),
      type: 'text/csv',
    }),
    outcome: 'ready',
  },
  { name: 'CSV with ragged rows', body: (k, v) => ({ text: `${csvOf(v)}only-one-cell\r\n`, type: 'text/csv' }), outcome: 'ready-with-skipped' },
  { name: 'CSV with an unclosed quote', body: (k, v) => ({ text: `${csvOf(v)}"never closed,x\r\n`, type: 'text/csv' }), outcome: 'error' },
  { name: 'CSV separated by semicolons', body: (k, v) => ({ text: csvOf(v).replace(/","/g, '";"').replace(/,/g, ';'), type: 'text/csv' }), outcome: 'ready' },
  { name: 'UTF-16 CSV', body: (k, v) => ({ text: utf16(csvOf(v)), type: 'text/csv' }), outcome: 'ready' },
  { name: 'deeply nested JSON', body: () => ({ text: deep(100_000), type: 'application/json' }), outcome: 'error' },
];

function mount(tag: string, kind: RowKind, input: ReturnType<Case['body']>) {
  const element = document.createElement(tag) as HTMLElement & { data?: unknown };
  if ('data' in input) element.data = input.data;
  else element.setAttribute('src', URL.createObjectURL(new Blob([input.text as BlobPart], { type: input.type })));
  return element;
}

describe('malformed data gets the outcome it deserves', () => {
  const uncaught: string[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(String(event.reason));
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  for (const testCase of CASES) {
    it(`${testCase.name}: ${testCase.outcome}`, async () => {
      for (const { tag, kind, valid } of WIDGETS) {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
        const element = mount(tag, kind, testCase.body(kind, valid));
        // The producer's view holds what went wrong; readers get a calm status or a note.
        element.setAttribute('debug', '');
        wrapper.append(element);
        await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        await waitUntil(() => element.getAttribute('state') !== 'loading', `${tag} stayed loading`, { timeout: 8000 });
        const shadow = element.shadowRoot!;
        const state = element.getAttribute('state');
        if (testCase.outcome === 'error') {
          expect(state, tag).to.equal('error');
          expect(shadow.querySelector('[part="error"]')?.textContent?.trim(), tag).to.equal('This graphic is not available right now.');
          expect(shadow.querySelector('[part="debug"]')?.textContent, tag).to.include('The data could not be shown.');
        } else {
          expect(state, tag).to.equal('ready');
          expect(shadow.querySelector('[part="error"]'), tag).to.equal(null);
        }
        if (testCase.outcome === 'ready-with-skipped') {
          expect(shadow.querySelector('[part="problems"]')?.textContent, tag).to.match(/rows? of the data (is|are) not shown/);
          expect(shadow.querySelector('[part="debug"]')?.textContent, tag).to.match(/could not be shown/);
        }
        if (testCase.outcome === 'empty') expect(shadow.textContent, tag).to.include('There is no data to show.');
        wrapper.remove();
      }
      expect(uncaught).to.deep.equal([]);
    });
  }
});
