// <belarus-timeline> content: the article's events as readers get them, in order and at their
// precision, the open spans, categories and languages, and every state.
import { expect, html, oneEvent } from '@open-wc/testing';
import { $, $$, entries, expectAccessible, mount, mountAt, settled, squash, type BelarusTimeline } from './helpers.js';

const ARTICLE_ORDER = [
  ['2020', 'Fraudulent election and suppression of protests', 'Politics'],
  ['2020 – present', 'U.S. and EU sanctions', 'Sanctions'],
  ['2020 – present', 'U.S. ambassador recalled', 'Diplomacy'],
  ['2022', 'Invasion of Ukraine staged in part from Belarus', 'War'],
  ['2025', 'Trump administration initiates a diplomatic thaw', 'Diplomacy'],
  ['2025', '52 political prisoners freed', 'Human rights'],
];

describe('<belarus-timeline> content', () => {
  it('lists the article events in chronological order, dated at their precision', async () => {
    const el = await mount(html`<belarus-timeline></belarus-timeline>`);
    expect(entries(el).map((e) => [e.when, e.title, e.category])).to.deep.equal(ARTICLE_ORDER);
    expect(entries(el)[5].description).to.equal(
      'Trump envoy John Coale appeared unannounced on a rural road near the Lithuanian border to personally escort 52 freed political prisoners to safety. The article dates this only as “in recent weeks”; its figures are as of October 2025.',
    );
    expect(squash(el.shadowRoot!.textContent)).not.to.match(/January|Jan 1|1 January/);
  });

  it('is an ordered list of <time datetime> entries named for what it is', async () => {
    const el = await mount(html`<belarus-timeline></belarus-timeline>`);
    const list = $(el, 'ol')!;
    expect(list.getAttribute('aria-label')).to.equal('Events in chronological order');
    const times = $$(el, 'ol > li > time[datetime]');
    expect(times.map((t) => `${t.getAttribute('datetime')}=${t.textContent}`)).to.deep.equal([
      '2020=2020',
      '2020=2020',
      '2020=2020',
      '2022=2022',
      '2025=2025',
      '2025=2025',
    ]);
    expect($$(el, 'ol > li').every((li) => li.querySelector('h3 > button'))).to.equal(true);
  });

  it('draws the open-ended spans to the right edge with an arrow, and says "present"', async () => {
    const el = await mount(html`<belarus-timeline></belarus-timeline>`);
    const arrows = $$<SVGPathElement>(el, 'svg.picture .mark .arrow');
    expect(arrows.map((a) => a.closest('[data-index]')!.getAttribute('data-index'))).to.deep.equal(['1', '2']);
    const axis = $<SVGLineElement>(el, 'svg.picture .axis .domain')!;
    const edge = axis.getBBox().x + axis.getBBox().width;
    for (const arrow of arrows) expect(arrow.getBBox().x).to.be.closeTo(edge, 1);
    expect($$(el, 'li.open').map((li) => li.querySelector('h3')!.textContent!.trim())).to.deep.equal(['U.S. and EU sanctions', 'U.S. ambassador recalled']);
  });

  it('names each category with text and a distinct marker shape in the legend', async () => {
    const el = await mount(html`<belarus-timeline></belarus-timeline>`);
    const legend = $(el, 'ul.legend')!;
    expect(legend.getAttribute('aria-label')).to.equal('Categories');
    expect($$(el, 'ul.legend li').map((li) => squash(li.textContent))).to.deep.equal(['Politics', 'Sanctions', 'Diplomacy', 'War', 'Human rights']);
    const shapes = $$(el, 'ul.legend li path').map((p) => p.getAttribute('d'));
    expect(new Set(shapes).size).to.equal(5);
  });

  it('speaks Russian and Belarusian, and marks the English data as English', async () => {
    const ru = await mount(html`<belarus-timeline lang="ru"></belarus-timeline>`);
    expect(entries(ru)[1].when).to.match(/^с 2020( г\.)? по настоящее время$/);
    expect(entries(ru).map((e) => e.category)).to.deep.equal(['Политика', 'Санкции', 'Дипломатия', 'Война', 'Дипломатия', 'Права человека']);
    expect(entries(ru)[5].when).to.equal('2025');
    expect($(ru, 'ol')!.getAttribute('aria-label')).to.equal('События в хронологическом порядке');
    expect($(ru, 'ol h3')!.getAttribute('lang')).to.equal('en');
    const be = await mount(html`<div lang="be-BY"><belarus-timeline></belarus-timeline></div>`);
    expect(entries(be)[2].when).to.match(/^з 2020.* па цяперашні час$/);
    expect(entries(be)[5].when).to.equal('2025');
    expect($$(be, 'ul.legend li').map((li) => squash(li.textContent))).to.include('Правы чалавека');
    expect(squash($(be, '.detail')!.textContent)).to.equal('Выберыце падзею на шкале або ў спісе, каб прачытаць падрабязнасці.');
    const en = await mount(html`<belarus-timeline></belarus-timeline>`);
    expect($(en, 'ol h3')!.hasAttribute('lang')).to.equal(false);
  });

  it('shows unknown categories as given, source links only for http(s), data as text', async () => {
    const el = await mount(html`<belarus-timeline
      .data=${[
        { id: 'a', date: '2021-03-04', title: '<img src=x onerror=alert(1)>', category: 'Economy', sourceUrl: 'https://example.org/a' },
        { id: 'b', date: '2021-05', title: 'Second', sourceUrl: 'javascript:alert(1)' },
      ]}
    ></belarus-timeline>`);
    expect(entries(el).map((e) => [e.when, e.title, e.category])).to.deep.equal([
      ['March 4, 2021', '<img src=x onerror=alert(1)>', 'Economy'],
      ['May 2021', 'Second', ''],
    ]);
    expect($$(el, 'img')).to.have.length(0);
    const links = $$<HTMLAnchorElement>(el, 'ol a');
    expect(links.map((a) => [a.href, squash(a.textContent)])).to.deep.equal([['https://example.org/a', 'Source: <img src=x onerror=alert(1)>']]);
    expect($$(el, 'ul.legend li').map((li) => squash(li.textContent))).to.deep.equal(['Economy', 'No category']);
  });
});

describe('<belarus-timeline> states', () => {
  const states: Array<[string, () => Promise<BelarusTimeline>, RegExp]> = [
    ['ready', () => mount(html`<belarus-timeline></belarus-timeline>`), /Fraudulent election/],
    ['empty', () => mount(html`<belarus-timeline .data=${[]}></belarus-timeline>`), /There is no data to show\./],
    // The producer's debug view holds the failure and the rows left out; readers get a calm status or a note.
    ['error', () => mount(html`<belarus-timeline debug src="/faults/status/404"></belarus-timeline>`), /The data could not be shown\..*404/],
    [
      'partial',
      () =>
        mount(
          html`<belarus-timeline debug .data=${[
            { date: '2020', title: 'Kept' },
            { date: '2020-13', title: 'Bad' },
          ]}></belarus-timeline>`,
        ),
      /Kept.*1 row could not be shown:.*Row 2, field “date”/,
    ],
    ['narrow', () => mountAt(320, html`<belarus-timeline></belarus-timeline>`), /Fraudulent election/],
  ];

  it('shows loading, then the events, from a CSV src', async () => {
    const el = document.createElement('belarus-timeline');
    el.src = `/faults/slow?ms=1500&ct=text/csv&body=${encodeURIComponent('date,end,title\n2020,present,From CSV\n')}`;
    document.body.append(el);
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('loading');
    expect(squash($(el, '[role="status"]')!.textContent)).to.equal('Loading data…');
    await expectAccessible(el);
    el.theme = 'dark';
    await el.updateComplete;
    await expectAccessible(el);
    expect(el.getAttribute('state'), 'still loading while axe ran').to.equal('loading');
    await settled(el);
    expect(entries(el).map((e) => [e.when, e.title])).to.deep.equal([['2020 – present', 'From CSV']]);
    el.remove();
  });

  it('reports a failed src with belarus-data-error and a polite status', async () => {
    const el = document.createElement('belarus-timeline');
    el.src = '/faults/status/500';
    const event = oneEvent(el, 'belarus-data-error');
    document.body.append(el);
    const { detail } = await event;
    expect(detail.problems[0].code).to.equal('http-status');
    await settled(el);
    expect($(el, '[part="error"][role="status"]')).to.exist;
    expect($(el, '[role="alert"]')).to.equal(null);
    el.remove();
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const [name, make, text] of states) {
      it(`is ${name} and passes axe in the ${theme} theme`, async () => {
        const el = await make();
        el.theme = theme;
        await el.updateComplete;
        expect(squash(el.shadowRoot!.textContent)).to.match(text);
        await expectAccessible(el);
      });
    }
  }
});
