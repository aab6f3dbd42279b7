// Every text and URL field of every widget, through every source (property, inline JSON, JSON
// src, CSV src), filled with hostile strings. Nothing may execute, every text payload must be
// shown verbatim as text, no non-http(s) link may be rendered, and no prototype polluted.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { ROW_FIELDS } from '../../src/data/validate.js';
import type { RowKind } from '../../src/data/types.js';
import { PROTOTYPE_KEYS, TEXT_PAYLOADS, URL_PAYLOADS } from '../fixtures/xss-payloads.js';
import { injectedMarkup, trapDialogs, unsafeUrls, visibleText } from './inspect.js';

const WIDGETS: Array<{ tag: string; kind: RowKind; required: Record<string, string> }> = [
  // A value, so that the unit is shown (in the drawing's text equivalent).
  { tag: 'belarus-indicators', kind: 'indicators', required: { indicator: 'Indicator', status: 'Status', value: 3 } },
  { tag: 'belarus-timeline', kind: 'events', required: { date: '2020', title: 'Title' } },
  { tag: 'belarus-quotes', kind: 'quotes', required: { text: 'Quote', speaker: 'Speaker' } },
];
const SOURCES = ['property', 'inline', 'json-src', 'csv-src'] as const;
const BATCH = 8; // below the table's filter threshold and page size, so every row is in the DOM

/** Text fields a widget shows to readers (ids, dates, numbers and URLs are checked separately). */
function textFields(kind: RowKind): string[] {
  return ROW_FIELDS[kind].fields.filter((f) => f.type === 'text').map((f) => f.name);
}

function rowsFor(kind: RowKind, required: Record<string, string>, payloads: readonly string[]) {
  return payloads.map((payload, i) => {
    const row: Record<string, unknown> = { ...required, sourceUrl: URL_PAYLOADS[i % URL_PAYLOADS.length] };
    for (const field of textFields(kind)) row[field] = `${field}${i}:${payload}`;
    return row;
  });
}

const csvCell = (value: unknown) => `"${String(value).replace(/"/g, '""')}"`;
function toCsv(rows: Array<Record<string, unknown>>): string {
  const header = Object.keys(rows[0]);
  return [header.join(','), ...rows.map((row) => header.map((name) => csvCell(row[name])).join(','))].join('\r\n');
}

async function mount(tag: string, source: (typeof SOURCES)[number], kind: RowKind, rows: Array<Record<string, unknown>>) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
  const element = document.createElement(tag) as HTMLElement & { data?: unknown; updateComplete: Promise<unknown> };
  if (source === 'property') element.data = { [kind]: rows };
  if (source === 'inline') {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ [kind]: rows });
    element.append(script);
  }
  if (source === 'json-src') element.setAttribute('src', URL.createObjectURL(new Blob([JSON.stringify(rows)], { type: 'application/json' })));
  if (source === 'csv-src') element.setAttribute('src', URL.createObjectURL(new Blob([toCsv(rows)], { type: 'text/csv' })));
  wrapper.append(element);
  await waitUntil(() => element.getAttribute('state') === 'ready', `${tag} via ${source} never became ready`, { timeout: 5000 });
  await element.updateComplete;
  return element;
}

describe('hostile data is shown as text and never runs', () => {
  let dialogs: ReturnType<typeof trapDialogs>;
  beforeEach(() => (dialogs = trapDialogs()));
  afterEach(() => dialogs.restore());

  for (const { tag, kind, required } of WIDGETS) {
    for (const source of SOURCES) {
      it(`${tag} via ${source}: ${TEXT_PAYLOADS.length} payloads in ${textFields(kind).join(', ')}, ${URL_PAYLOADS.length} URLs`, async () => {
        for (let start = 0; start < TEXT_PAYLOADS.length; start += BATCH) {
          const batch = TEXT_PAYLOADS.slice(start, start + BATCH);
          const element = await mount(tag, source, kind, rowsFor(kind, required, batch));
          const text = visibleText(element);
          batch.forEach((payload, i) => {
            for (const field of textFields(kind)) {
              // Whitespace is normalised, and cells are trimmed on input, as for any data.
              const expected = `${field}${i}:${payload}`.trim().replace(/\s+/g, ' ');
              expect(text, `${field} of row ${i + 1}`).to.include(expected);
            }
          });
          expect(unsafeUrls(element.shadowRoot!), 'unsafe links').to.deep.equal([]);
          expect(injectedMarkup(element.shadowRoot!), 'injected markup').to.deep.equal([]);
          element.remove();
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(dialogs.calls, 'executed payloads').to.deep.equal([]);
      });
    }
  }

  it('ignores prototype keys in rows, meta and datasets', async () => {
    for (const { tag, kind, required } of WIDGETS) {
      const row = JSON.parse(`{${PROTOTYPE_KEYS.map((key) => `"${key}": {"polluted": "yes"}`).join(',')}}`);
      Object.assign(row, required);
      const dataset = JSON.parse(`{"__proto__": {"polluted": "yes"}, "meta": {"__proto__": {"polluted": "yes"}, "title": "T"}}`);
      dataset[kind] = [row];
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const element = document.createElement(tag) as HTMLElement & { data?: unknown };
      element.data = dataset;
      wrapper.append(element);
      await waitUntil(() => element.getAttribute('state') === 'ready', `${tag} not ready`);
      expect(({} as Record<string, unknown>).polluted, tag).to.equal(undefined);
      expect((Object.prototype as unknown as Record<string, unknown>).polluted, tag).to.equal(undefined);
    }
  });

  it('renders ids made of payloads without executing them', async () => {
    for (const { tag, kind, required } of WIDGETS) {
      const rows = TEXT_PAYLOADS.slice(0, BATCH).map((payload, i) => ({ ...required, [textFields(kind)[0]]: `Row ${i}`, id: payload }));
      const element = await mount(tag, 'property', kind, rows);
      expect(injectedMarkup(element.shadowRoot!), tag).to.deep.equal([]);
      expect(unsafeUrls(element.shadowRoot!), tag).to.deep.equal([]);
    }
    expect(dialogs.calls).to.deep.equal([]);
  });
});
