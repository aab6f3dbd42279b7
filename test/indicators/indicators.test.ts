import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode } from '@web/test-runner-commands';
import type { DataErrorDetail } from '../../src/controllers/data-source-controller.js';
import { $, $$, bodyRows, hasCdp, headers, itWithCdp, mount, settled, squash, textOf, type BelarusIndicators } from './helpers.js';

type AxNode = { role: string; name: string; children?: AxNode[] };
// The whole page: a snapshot rooted at the host keeps only its first node (the host itself is generic).
const snapshot = async () => (await a11ySnapshot({})) as unknown as AxNode;
const find = (tree: AxNode, test: (node: AxNode) => boolean) => findAccessibilityNode(tree as never, test as never) as AxNode | null;

const ARTICLE_ROWS = [
  [
    'Political prisoners released',
    '52 (Oct 2025) Note: The article reports the release “in recent weeks” and gives no exact date; October 2025 is the date of its figures.',
  ],
  ['U.S. sanctions on Belarus', 'Still largely in place'],
  ['Belarus’s role in Ukraine war', 'Active logistical & military support for Russia'],
  ['Last U.S. ambassador to Minsk', 'Recalled in 2020; post remains vacant'],
  ['Freedom House rating', '“Not Free” – Score: 12/100'],
];

describe('<belarus-indicators> with the article data', () => {
  let el: BelarusIndicators;
  beforeEach(async () => {
    el = await mount(html`<belarus-indicators></belarus-indicators>`);
  });

  it('shows the five "By the Numbers" rows word for word, in the article order', () => {
    expect(el.getAttribute('state')).to.equal('ready');
    expect(bodyRows(el)).to.deep.equal(ARTICLE_ROWS);
  });

  it('is a real table: caption, column headers and row headers with scopes', () => {
    const table = $<HTMLTableElement>(el, 'table')!;
    expect(squash(table.caption!.textContent)).to.equal('By the Numbers: U.S.-Belarus Relations, column headers with buttons are sortable');
    expect(headers(el)).to.deep.equal(['Indicator', 'Status (as of October 2025)']);
    expect($$(el, 'thead th').every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
    expect($$(el, 'tbody th').every((th) => th.getAttribute('scope') === 'row')).to.equal(true);
  });

  itWithCdp('exposes the headline, the sort buttons and the caption text to assistive technology', async () => {
    const tree = await snapshot();
    expect(find(tree, (n) => n.role === 'heading' && n.name === 'By the Numbers: U.S.-Belarus Relations')).not.to.equal(null);
    expect(find(tree, (n) => n.role === 'button' && n.name === 'Indicator')).not.to.equal(null);
    expect(find(tree, (n) => n.role === 'button' && n.name === 'Status (as of October 2025)')).not.to.equal(null);
    expect(find(tree, (n) => n.name === 'column headers with buttons are sortable')).not.to.equal(null);
  });

  it('puts the source line, with its as-of date, below the table', () => {
    expect(squash($(el, '[part="footer"] .source')!.textContent)).to.equal(
      'Data as of October 2025. Sources: Freedom House; “Why Is the U.S. Suddenly Courting Belarus’s Autocratic Regime?”',
    );
  });

  it('puts the headline above the dek, and the notes below, when the dataset has them', async () => {
    const data = {
      meta: { title: 'Headline', dek: 'The dek.', notes: 'The notes.', byline: 'By a reporter' },
      indicators: [{ indicator: 'A', status: 'B' }],
    };
    const withFurniture = await mount(html`<belarus-indicators .data=${data}></belarus-indicators>`);
    const text = textOf(withFurniture);
    expect(text.indexOf('Headline')).to.be.lessThan(text.indexOf('The dek.'));
    expect(text.indexOf('The dek.')).to.be.lessThan(text.indexOf('The notes.'));
    expect(squash($(withFurniture, '[part="footer"] .notes')!.textContent)).to.equal('The notes.');
    expect(squash($(withFurniture, '[part="footer"] .byline')!.textContent)).to.equal('By a reporter');
  });

  it('draws Freedom House 12 as a bar on a 0-100 scale, named by its text equivalent', async () => {
    const bar = $(el, '[part="bar"] svg')!;
    expect(bar.getAttribute('role')).to.equal('img');
    expect(bar.getAttribute('aria-label')).to.equal('12 out of 100 points');
    expect(bar.querySelector('.fill')!.getAttribute('width')).to.equal('24');
    expect($$(el, '[part="bar"] .scale span').map((s) => s.textContent)).to.deep.equal(['0', '100']);
    if (hasCdp) expect(find(await snapshot(), (n) => n.role === 'image' && n.name === '12 out of 100 points')).not.to.equal(null);
  });

  it('draws 52 released prisoners as 52 marks, named by their text equivalent', async () => {
    const units = $(el, '[part="units"] svg')!;
    expect(units.getAttribute('aria-label')).to.equal('52 prisoners, one mark each');
    expect(units.querySelector('path')!.getAttribute('d')!.match(/M/g)).to.have.length(52);
    if (hasCdp) expect(find(await snapshot(), (n) => n.role === 'image' && n.name === '52 prisoners, one mark each')).not.to.equal(null);
    expect($$(el, 'tbody tr')[1].querySelector('svg')).to.equal(null);
  });

  it('offers no filter or pages for five rows, and "Download the data" as CSV and JSON', () => {
    expect($(el, '[part="filter"]')).to.equal(null);
    expect($(el, '[part="pagination"]')).to.equal(null);
    expect($$(el, '[part="download"] button').map((b) => squash(b.textContent))).to.deep.equal(['Download the data as CSV', 'Download the data as JSON']);
  });
});

describe('<belarus-indicators> with other data', () => {
  it('loads a CSV table from src', async () => {
    const el = await mount(html`<belarus-indicators src="/data/indicators.csv"></belarus-indicators>`);
    expect(el.getAttribute('state')).to.equal('ready');
    expect(bodyRows(el)).to.deep.equal(ARTICLE_ROWS);
    expect(squash($(el, 'h2')!.textContent)).to.equal('By the numbers');
    expect(headers(el)[1]).to.equal('Status (as of October 2025)');
  });

  it('adds an "As of" column with <time> when rows are dated differently', async () => {
    const data = [
      { indicator: 'A', status: 'one', asOf: '2020' },
      { indicator: 'B', status: 'two', asOf: '2022-02-24' },
      { indicator: 'C', status: 'three' },
    ];
    const el = await mount(html`<belarus-indicators .data=${data}></belarus-indicators>`);
    expect(headers(el)).to.deep.equal(['Indicator', 'Status', 'As of']);
    expect(bodyRows(el)).to.deep.equal([
      ['A', 'one', '2020'],
      ['B', 'two', 'Feb. 24, 2022'],
      ['C', 'three', ''],
    ]);
    expect($$(el, 'time').map((t) => t.getAttribute('datetime'))).to.deep.equal(['2020', '2022-02-24']);
  });

  it('shows notes and links row sources, and treats every field as text', async () => {
    const data = {
      meta: { title: 'Test table', source: { name: 'Test source', url: 'https://example.org/source' } },
      indicators: [
        { indicator: '<img src=x onerror="window.hacked=1">', status: '<b>bold?</b>', note: 'A note.', sourceUrl: 'https://example.org/a' },
        { indicator: 'Bad link', status: 'x', sourceUrl: 'javascript:alert(1)' },
      ],
    };
    const el = await mount(html`<belarus-indicators .data=${data}></belarus-indicators>`);
    expect(bodyRows(el)[0]).to.deep.equal(['<img src=x onerror="window.hacked=1">', '<b>bold?</b> Note: A note. Source']);
    expect($(el, 'tbody img, tbody b')).to.equal(null);
    const links = $$<HTMLAnchorElement>(el, 'a');
    expect(links.map((a) => [squash(a.textContent), a.getAttribute('href')])).to.deep.equal([
      ['Source: <img src=x onerror="window.hacked=1">', 'https://example.org/a'],
      ['Test source', 'https://example.org/source'],
    ]);
  });

  it('lets slots replace the headline, dek and notes; the caption follows the headline slot', async () => {
    const el = await mount(html`<belarus-indicators>
      <span slot="title">Our own headline</span><span slot="dek">Our dek</span><span slot="notes">Our notes</span>
    </belarus-indicators>`);
    const assigned = (name: string) => squash($<HTMLSlotElement>(el, `slot[name="${name}"]`)!.assignedNodes()[0].textContent);
    expect(assigned('title')).to.equal('Our own headline');
    expect(assigned('dek')).to.equal('Our dek');
    expect(assigned('notes')).to.equal('Our notes');
    expect(squash($(el, 'caption')!.textContent)).to.match(/^Our own headline,/);
  });

  it('speaks Russian and Belarusian, from its own lang or the page', async () => {
    const ru = await mount(html`<belarus-indicators lang="ru"></belarus-indicators>`);
    expect(headers(ru)).to.deep.equal(['Показатель', 'Статус (по состоянию на октябрь 2025 г.)']);
    expect($(ru, '[part="units"] svg')!.getAttribute('aria-label')).to.equal('52 (prisoners), по одной отметке на единицу');
    expect(squash($(ru, '[part="download"] button')!.textContent)).to.equal('Скачать данные в формате CSV');
    const wrapper = await fixture(html`<div lang="be-BY"><belarus-indicators></belarus-indicators></div>`);
    const be = await settled(wrapper.querySelector('belarus-indicators')!);
    // Belarusian dates come from the project's table in every browser (Firefox's own data abbreviates to "кас").
    expect(headers(be)[0]).to.equal('Паказчык');
    expect(headers(be)[1]).to.equal('Стан на кастрычнік 2025 г.');
    expect($(be, '[part="bar"] svg')!.getAttribute('aria-label')).to.equal('12 з 100 (points)');
    expect(squash($(be, 'caption')!.textContent)).to.contain('слупкі з кнопкамі ў загалоўках можна сартаваць');
  });
});

describe('<belarus-indicators> states', () => {
  it('shows loading with the headline while a slow src arrives, then the table', async () => {
    const body = encodeURIComponent('indicator,status\nSlow row,arrived');
    const el = await fixture<BelarusIndicators>(html`<belarus-indicators src=${`/faults/slow?ms=300&ct=text/csv&body=${body}`}></belarus-indicators>`);
    expect(el.getAttribute('state')).to.equal('loading');
    expect(squash($(el, '[role="status"]')!.textContent)).to.equal('Loading data…');
    expect(squash($(el, 'h2')!.textContent)).to.equal('By the numbers');
    await settled(el);
    expect(bodyRows(el)).to.deep.equal([['Slow row', 'arrived']]);
  });

  it('shows a calm polite status, names the failure in the debug view, and fires belarus-data-error', async () => {
    const el = document.createElement('belarus-indicators');
    el.src = '/faults/status/500';
    el.debug = true;
    const event = oneEvent(el, 'belarus-data-error');
    document.body.append(el);
    const { detail } = (await event) as CustomEvent<DataErrorDetail>;
    await settled(el);
    expect(detail.problems[0].code).to.equal('http-status');
    expect(el.getAttribute('state')).to.equal('error');
    expect(squash($(el, '[part="error"][role="status"]')!.textContent)).to.equal('This graphic is not available right now.');
    expect(squash($(el, '[part="debug"]')!.textContent)).to.contain(
      'The data could not be shown. The server answered with an error (500 Internal Server Error)',
    );
    expect($(el, 'table')).to.equal(null);
    el.remove();
  });

  it('says so when there are no rows', async () => {
    const el = await mount(html`<belarus-indicators .data=${[]}></belarus-indicators>`);
    expect(el.getAttribute('state')).to.equal('ready');
    expect(squash($(el, '[part="status"]')!.textContent)).to.equal('There is no data to show.');
    expect($(el, 'table')).to.equal(null);
  });

  it('keeps the valid rows, says one was left out, and lists the rejected ones with row and field in the debug view', async () => {
    const data = [{ indicator: 'Kept', status: 'fine' }, { indicator: 'No status' }, { indicator: 'Bad number', status: 'x', value: 'lots' }];
    const el = await mount(html`<belarus-indicators debug .data=${data}></belarus-indicators>`);
    // A bad number only loses its drawing; the row itself is still true and is kept.
    expect(bodyRows(el)).to.deep.equal([
      ['Kept', 'fine'],
      ['Bad number', 'x'],
    ]);
    expect(squash($(el, '[part="problems"]')!.textContent)).to.equal('1 row of the data is not shown.');
    const problems = squash($(el, '[part="debug"]')!.textContent);
    expect(problems).to.contain('1 row could not be shown:');
    expect(problems).to.contain('Row 2, field “status”: a required field is missing');
  });
});
