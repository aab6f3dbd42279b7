// The widget's own attributes decide what a spreadsheet means: `lang` reads thousands separators
// and decimal commas, `date-format` reads slash dates. What the reader sees is asserted.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { BelarusIndicators } from '../../src/indicators/indicators.js';
import type { BelarusTimeline } from '../../src/timeline/timeline.js';

const csv = (body: string) => `/faults/slow?ms=1&ct=text/csv&body=${encodeURIComponent(body)}`;
const settled = (el: HTMLElement & { state: string }) => waitUntil(() => el.state !== 'loading', 'never left loading', { timeout: 8000 });
const listText = (el: BelarusTimeline) => el.shadowRoot!.querySelector('ol')!.textContent!.replace(/\s+/g, ' ');

describe('a widget reads a spreadsheet by its own attributes', () => {
  it('reads 1.500 as fifteen hundred on a German widget, and reports both readings where no language decides', async () => {
    const body = 'indicator,status,value\nProtesters,"1.500 people",1.500\n';
    const german = await fixture<BelarusIndicators>(html`<belarus-indicators lang="de" src=${csv(body)}></belarus-indicators>`);
    await settled(german);
    const problems: unknown[] = [];
    const wrapper = await fixture(
      html`<div lang=""><belarus-indicators src=${csv(body)} @belarus-data-error=${(e: CustomEvent) => problems.push(...e.detail.problems)}></belarus-indicators></div>`,
    );
    const unknown = wrapper.querySelector('belarus-indicators')!;
    await settled(unknown);
    const cellText = (el: BelarusIndicators) => el.shadowRoot!.querySelector('tbody')!.textContent!.replace(/\s+/g, ' ');
    expect(cellText(german)).to.match(/1[.\u00a0 ]?500/);
    expect(german.state).to.equal('ready');
    expect(problems.map((p) => (p as { severity: string }).severity)).to.include('warning');
  });

  it('reads 3/4/2021 as 3 April with date-format="DMY" and as March 4 with "MDY"', async () => {
    const body = 'date,title\n3/4/2021,Synthetic event\n';
    const dmy = await fixture<BelarusTimeline>(html`<belarus-timeline lang="en" date-format="DMY" src=${csv(body)}></belarus-timeline>`);
    const mdy = await fixture<BelarusTimeline>(html`<belarus-timeline lang="en" date-format="mdy" src=${csv(body)}></belarus-timeline>`);
    await Promise.all([settled(dmy), settled(mdy)]);
    expect(listText(dmy)).to.include('April 3, 2021');
    expect(listText(mdy)).to.include('March 4, 2021');
  });

  it('refuses an ambiguous slash date without a date format, naming both readings', async () => {
    // The producer's debug view names the problem; readers get a calm status.
    const el = await fixture<BelarusTimeline>(html`<belarus-timeline debug lang="en" src=${csv('date,title\n3/4/2021,Synthetic event\n')}></belarus-timeline>`);
    await settled(el);
    expect(el.state).to.equal('error');
    const shown = el.shadowRoot!.querySelector('[part="debug"]')!.textContent!;
    expect(shown).to.include('3/4/2021');
  });

  it('reads the same file again when date-format changes, without fetching it again', async () => {
    const el = await fixture<BelarusTimeline>(html`<belarus-timeline lang="en" src=${csv('date,title\n3/4/2021,Synthetic event\n')}></belarus-timeline>`);
    await settled(el);
    expect(el.state).to.equal('error');
    const fetched = performance.getEntriesByType('resource').length;
    el.dateFormat = 'DMY';
    await waitUntil(() => el.state === 'ready', 'the date format was not applied');
    expect(listText(el)).to.include('April 3, 2021');
    expect(performance.getEntriesByType('resource').length).to.equal(fetched);
  });
});
