import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { DownloadFile } from '../../src/indicators/download.js';
import { syntheticIndicators } from '../fixtures/indicators-synthetic.js';
import { $, $$, ariaSort, bodyRows, focused, mount, squash, type BelarusIndicators } from './helpers.js';

const names = (el: BelarusIndicators) => bodyRows(el).map(([indicator]) => indicator);
const press = async (el: BelarusIndicators, key: string) => {
  await sendKeys({ press: key });
  await el.updateComplete;
};
const focusName = (el: BelarusIndicators) => {
  const target = focused(el);
  return target instanceof HTMLButtonElement ? squash(target.textContent) : target?.tagName;
};

describe('<belarus-indicators> sorting by keyboard', () => {
  it('sorts by a column with Enter and Space, updates aria-sort and keeps focus on the button', async () => {
    const el = await mount(html`<belarus-indicators></belarus-indicators>`);
    await press(el, 'Tab');
    expect(focusName(el)).to.equal('Indicator');
    expect(ariaSort(el)).to.deep.equal([]);

    await press(el, 'Enter');
    expect(ariaSort(el)).to.deep.equal(['Indicator: ascending']);
    expect(names(el)[0]).to.equal('Belarus’s role in Ukraine war');
    expect(focusName(el)).to.equal('Indicator');
    expect(squash($(el, '[role="status"]:not([part])')!.textContent)).to.equal('Sorted by Indicator, ascending.');

    await press(el, ' ');
    expect(ariaSort(el)).to.deep.equal(['Indicator: descending']);
    expect(names(el)[0]).to.equal('U.S. sanctions on Belarus');
    expect(el.getAttribute('sort-direction')).to.equal('descending');

    await press(el, 'Tab');
    expect(focusName(el)).to.equal('Status (as of October 2025)');
    await press(el, 'Enter');
    expect(ariaSort(el)).to.deep.equal(['Status (as of October 2025): ascending']);
    expect(names(el).slice(0, 2)).to.deep.equal(['Freedom House rating', 'Political prisoners released']);
    expect(el.getAttribute('sort-by')).to.equal('status');
  });

  it('shows a visible focus ring on the focused header button', async () => {
    const el = await mount(html`<belarus-indicators></belarus-indicators>`);
    await press(el, 'Tab');
    const style = getComputedStyle(focused(el)!);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });

  it('reaches every control in reading order with Tab', async () => {
    const el = await mount(html`<belarus-indicators .data=${syntheticIndicators(45)}></belarus-indicators>`);
    const order: (string | undefined)[] = [];
    for (let i = 0; i < 8; i++) {
      await press(el, 'Tab');
      order.push(focusName(el));
    }
    expect(order[0]).to.equal('INPUT');
    expect(order.slice(1, 3)).to.deep.equal(['Indicator', 'Status (as of October 2025)']);
    expect(order[3]).to.equal('‹ Previous page');
    expect(order[4]).to.equal('SELECT');
    expect(order.slice(5)).to.deep.equal(['Next page ›', 'Download the data as CSV', 'Download the data as JSON']);
  });

  it('starts sorted when the page asks for it', async () => {
    const el = await mount(html`<belarus-indicators sort-by="status" sort-direction="descending"></belarus-indicators>`);
    expect(names(el)[0]).to.equal('Political prisoners released');
    expect(ariaSort(el)).to.deep.equal(['Status (as of October 2025): descending']);
  });
});

describe('<belarus-indicators> long tables', () => {
  it('filters rows as the reader types, and says how many match', async () => {
    const el = await mount(html`<belarus-indicators .data=${syntheticIndicators(45)}></belarus-indicators>`);
    const input = $<HTMLInputElement>(el, '[part="filter"] input')!;
    expect(squash($(el, '[part="filter"] label')!.textContent)).to.equal('Filter rows');
    input.focus();
    await sendKeys({ type: 'press 01' });
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Synthetic press freedom 01']);
    expect(squash($(el, '.matching')!.textContent)).to.equal('Matching rows: 1 of 45.');
    expect(squash($(el, '[role="status"]:not([part])')!.textContent)).to.equal('Matching rows: 1 of 45.');
    await sendKeys({ type: 'zz' });
    await el.updateComplete;
    expect(bodyRows(el)).to.deep.equal([['No rows match the filter.']]);
    expect(focused(el)).to.equal(input);
  });

  it('pages through rows; disabled page buttons keep focus', async () => {
    const el = await mount(html`<belarus-indicators .data=${syntheticIndicators(45)}></belarus-indicators>`);
    expect($$(el, 'tbody tr')).to.have.length(20);
    expect(squash($(el, '[part="pagination"] .range')!.textContent)).to.equal('Rows 1–20 of 45');
    const [previous, next] = $$<HTMLButtonElement>(el, '[part="pagination"] button');
    expect(previous.getAttribute('aria-disabled')).to.equal('true');
    next.focus();
    await press(el, 'Enter');
    expect(names(el)[0]).to.equal('Synthetic trade volume 21');
    expect($$(el, 'tbody tr')[0].getAttribute('aria-rowindex')).to.equal('22');
    expect($(el, 'table')!.getAttribute('aria-rowcount')).to.equal('46');
    await press(el, 'Enter');
    expect(squash($(el, '.range')!.textContent)).to.equal('Rows 41–45 of 45');
    expect(next.getAttribute('aria-disabled')).to.equal('true');
    await press(el, 'Enter');
    expect(squash($(el, '.range')!.textContent)).to.equal('Rows 41–45 of 45');
    expect(focused(el)).to.equal(next);
    expect(squash($(el, '[role="status"]:not([part])')!.textContent)).to.equal('Rows 41–45 of 45');
  });

  it('jumps to a page from the page list, and sorting returns to page 1', async () => {
    const el = await mount(html`<belarus-indicators .data=${syntheticIndicators(45)} page-size="10"></belarus-indicators>`);
    const select = $<HTMLSelectElement>(el, '[part="pagination"] select')!;
    expect(select.options).to.have.length(5);
    select.value = '4';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(names(el)[0]).to.equal('Synthetic press freedom 31');
    $<HTMLButtonElement>(el, 'thead th button')!.click();
    await el.updateComplete;
    expect(squash($(el, '.range')!.textContent)).to.equal('Rows 1–10 of 45');
    expect(select.value).to.equal('1');
  });

  it('stays a page of rows at 10,000 rows, and sorts and filters all of them', async () => {
    const el = await mount(html`<belarus-indicators .data=${syntheticIndicators(10_000)}></belarus-indicators>`);
    expect($$(el, 'tbody tr')).to.have.length(20);
    expect(squash($(el, '.range')!.textContent)).to.equal('Rows 1–20 of 10,000');
    $$<HTMLButtonElement>(el, 'thead th button')[0].click();
    await el.updateComplete;
    $$<HTMLButtonElement>(el, 'thead th button')[0].click();
    await el.updateComplete;
    expect(names(el)[0]).to.equal('Synthetic trade volume 09999');
    const input = $<HTMLInputElement>(el, 'input')!;
    input.value = 'border 0998';
    input.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Synthetic border crossings 09988', 'Synthetic border crossings 09982']);
  });
});

describe('<belarus-indicators> download and print', () => {
  it('hands the filtered rows to "Download the data" as CSV with a BOM, and as JSON', async () => {
    const el = await mount(html`<belarus-indicators .data=${syntheticIndicators(45)}></belarus-indicators>`);
    const input = $<HTMLInputElement>(el, 'input')!;
    input.value = 'press freedom';
    input.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    el.addEventListener('belarus-download', (event) => event.preventDefault());
    const [csvButton, jsonButton] = $$<HTMLButtonElement>(el, '[part="download"] button');
    setTimeout(() => csvButton.click());
    const csv = ((await oneEvent(el, 'belarus-download')) as CustomEvent<DownloadFile>).detail;
    expect(csv.filename).to.equal('synthetic-table-45-made-up-rows-test-data-not-facts.csv');
    const lines = csv.text.split('\r\n');
    expect(lines[0]).to.equal('\uFEFFid,indicator,status,asOf,value,max,unit,note,sourceName,sourceUrl');
    expect(lines.filter(Boolean)).to.have.length(1 + 8);
    expect(lines[1]).to.match(/^synthetic-01,Synthetic press freedom 01,Synthetic score \d+\/100,2025-10,\d+,100,points,,Synthetic test data,$/);
    setTimeout(() => jsonButton.click());
    const json = ((await oneEvent(el, 'belarus-download')) as CustomEvent<DownloadFile>).detail;
    expect(JSON.parse(json.text).indicators).to.have.length(8);
  });

  it('saves the file through the browser when the page does not take it', async () => {
    const el = await mount(html`<belarus-indicators></belarus-indicators>`);
    const blobs: Blob[] = [];
    const original = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    let saved: string | undefined;
    URL.createObjectURL = (blob: Blob) => (blobs.push(blob), 'blob:test');
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved = this.download;
    };
    try {
      $<HTMLButtonElement>(el, '[part="download"] button')!.click();
    } finally {
      URL.createObjectURL = original;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(saved).to.equal('by-the-numbers-u-s-belarus-relations.csv');
    const bytes = new Uint8Array(await blobs[0].arrayBuffer());
    expect(Array.from(bytes.slice(0, 3))).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(blobs[0].type).to.equal('text/csv;charset=utf-8');
  });
});
