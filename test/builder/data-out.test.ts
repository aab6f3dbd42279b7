// What the builder hands out: the cleaned dataset (JSON, CSV) reads back to the same rows, and
// the embed code per mode says what to do when it cannot be made.
import { expect } from '@open-wc/testing';
import { ROW_KINDS } from '../../src/data/types.js';
import { validateFor } from '../../src/data/validate.js';
import { parseCsv } from '../../src/data/parse-csv.js';
import { cleanCsv, cleanDataset, cleanJson } from '../../src/builder/clean-dataset.js';
import { embedCode, type EmbedChoice } from '../../src/builder/embed-code.js';
import { datasetWith, EMPTY_FURNITURE } from '../../src/builder/furniture.js';
import { hostless, HOST_CLASS } from '../../src/builder/host-css.js';
import { readPasted } from '../../src/builder/source.js';
import { DEFAULT_DATASET } from '../../src/data/default-dataset.js';

const comparable = (rows: readonly object[]) => JSON.parse(JSON.stringify(rows));

describe('builder: data out', () => {
  it('the cleaned dataset reads back to the same rows, for every kind of the article’s data', () => {
    for (const kind of ROW_KINDS) {
      const validated = validateFor(kind, DEFAULT_DATASET);
      const clean = cleanDataset(kind, validated);
      const again = validateFor(kind, JSON.parse(cleanJson(clean)));
      expect(comparable(again.rows), kind).to.deep.equal(comparable(validated.rows));
      expect(again.problems, kind).to.deep.equal([]);
    }
  });

  it('cleaning settles what a spreadsheet left to guess: slash dates in the chosen order, decimal commas, aliases', () => {
    const source = readPasted('Показатель\tСтатус\tЗначение\tAs of\nA\tok\t1,5\t3/4/2021');
    const validated = validateFor('indicators', datasetWith(source.input, 'indicators', { ...EMPTY_FURNITURE, lang: 'ru', dateFormat: 'DMY' }));
    const clean = cleanDataset('indicators', validated);
    expect(clean.indicators).to.deep.equal([{ id: 'a', indicator: 'A', status: 'ok', asOf: '2021-04-03', value: 1.5 }]);
    // Read back with neither language nor date format: nothing is ambiguous any more.
    expect(validateFor('indicators', { indicators: clean.indicators }).problems).to.deep.equal([]);
  });

  it('the CSV has the contract’s columns, neutralises formulas, and reads back', () => {
    const validated = validateFor('events', {
      events: [
        { date: '2020', title: '=HYPERLINK("x")', category: 'war' },
        { date: '2021-05', end: 'present', title: 'B, "quoted"' },
      ],
    });
    const clean = cleanDataset('events', validated);
    const csv = cleanCsv('events', clean.events!);
    expect(csv.startsWith('\uFEFFid,date,end,title,category\r\n')).to.equal(true);
    const back = validateFor('events', parseCsv(csv));
    expect(back.rows.map((row) => row.title)).to.deep.equal(['\'=HYPERLINK("x")', 'B, "quoted"']);
    expect(back.rows[1].end).to.equal('present');
  });

  it('category edits go into meta.categories, only what was set', () => {
    const validated = validateFor('events', { events: [{ date: '2020', title: 'A', category: 'war' }] });
    const clean = cleanDataset('events', validated, { war: { label: 'Conflict' }, politics: {} });
    expect(clean.meta).to.deep.equal({ categories: { war: { label: 'Conflict' } } });
  });

  it('embed code per mode, and what to do when a mode cannot be made', () => {
    const dataset = cleanDataset('events', validateFor('events', { events: [{ date: '2020', title: 'A' }] }));
    const choice: EmbedChoice = {
      mode: 'script',
      widget: 'timeline',
      lang: 'en',
      theme: '',
      dataPlace: 'inline',
      dataUrl: '',
      base: 'http://127.0.0.1:8000/dist/',
      title: 'Our story (timeline)',
    };
    const code = (change: Partial<EmbedChoice>, rows = 1) => embedCode({ ...choice, ...change }, dataset, rows);
    expect(code({})).to.have.property('code').that.includes('<script type="application/json">');
    expect(code({ dataPlace: 'url' }))
      .to.have.property('error')
      .that.matches(/address of the published data/);
    expect(code({ dataPlace: 'url', dataUrl: 'https://data.example/e.json' }))
      .to.have.property('code')
      .that.includes('src="https://data.example/e.json"');
    expect(code({ mode: 'iframe', dataUrl: 'https://data.example/e.json' }))
      .to.have.property('code')
      .that.includes('title="Our story (timeline)"');
    expect(code({ mode: 'amp', dataUrl: 'https://data.example/e.json' }))
      .to.have.property('error')
      .that.matches(/https/);
    expect(code({ mode: 'static' }))
      .to.have.property('error')
      .that.matches(/Rendering/);
    expect(code({ base: '' }))
      .to.have.property('error')
      .that.matches(/Published folder/);
    expect(code({}, 0))
      .to.have.property('error')
      .that.matches(/no row to embed/);
  });

  it('a script embed that reads its data by address waits for the room the builder measures, then keeps it', () => {
    const dataset = cleanDataset('events', validateFor('events', { events: [{ date: '2020', title: 'A' }] }));
    const choice: EmbedChoice = {
      mode: 'script',
      widget: 'timeline',
      lang: 'en',
      theme: '',
      dataPlace: 'url',
      dataUrl: 'https://data.example/e.json',
      base: 'http://127.0.0.1:8000/dist/',
      title: '',
    };
    const code = (change: Partial<EmbedChoice>) => embedCode({ ...choice, ...change }, dataset, 1);
    expect(code({ measuringReserve: true }))
      .to.have.property('error')
      .that.matches(/Measuring the room/);
    const reserved = code({ reserve: '320:900 600:640' });
    expect(reserved).to.have.property('code').that.includes('src="https://data.example/e.json" reserve="320:900 600:640"></belarus-timeline>');
    // The tag is defined before the article below it is drawn: the script follows it, without defer.
    expect((reserved as { code: string }).code.split('\n')[1]).to.equal('<script src="http://127.0.0.1:8000/dist/belarus-timeline.min.js"></script>');
    // Data in the code arrives with the tag: there is nothing to wait for, and no room to keep.
    expect(code({ dataPlace: 'inline', reserve: '320:900' }))
      .to.have.property('code')
      .that.does.not.include('reserve=');
    expect(code({ mode: 'iframe', reserve: '320:900' }))
      .to.have.property('code')
      .that.does.not.include('reserve=');
  });

  it('a widget’s :host rules select the element standing in for the host', () => {
    expect(hostless(":host { a: b } :host([theme='dark']) .x, :host(:dir(rtl)) :where(p:not(svg, svg *)) {} ::slotted(span) {} :hostile {}")).to.equal(
      `.${HOST_CLASS} { a: b } .${HOST_CLASS}:is([theme='dark']) .x, .${HOST_CLASS}:is(:dir(rtl)) :where(p:not(svg, svg *)) {} > :is(span) {} :hostile {}`,
    );
  });
});
