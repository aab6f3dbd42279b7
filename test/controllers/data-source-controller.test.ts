import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { DataErrorDetail } from '../../src/controllers/data-source-controller.js';
import '../fixtures/probe-element.js';
import type { ProbeElement } from '../fixtures/probe-element.js';

const text = (el: ProbeElement) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
const settled = (el: ProbeElement) => waitUntil(() => el.state !== 'loading', 'element never left loading', { timeout: 8000 });

describe('data source resolution', () => {
  it('renders the default dataset when given nothing', async () => {
    const el = await fixture<ProbeElement>(html`<probe-element></probe-element>`);
    expect(el.getAttribute('state')).to.equal('ready');
    expect(text(el)).to.include('President Trump sent me to free you all.');
    expect(text(el)).to.include('Data as of October 2025. Source: “Why Is the U.S. Suddenly Courting Belarus’s Autocratic Regime?”');
  });

  it('prefers the property over inline JSON, src and the default', async () => {
    const el = await fixture<ProbeElement>(html`<probe-element src="/faults/status/404" .data=${[{ text: 'From property', speaker: 'A' }]}>
      <script type="application/json">[{"text": "From inline", "speaker": "B"}]</script>
    </probe-element>`);
    expect(text(el)).to.include('From property');
    expect(text(el)).not.to.include('From inline');
  });

  it('prefers inline JSON over src', async () => {
    const el = await fixture<ProbeElement>(html`<probe-element src="/faults/status/404">
      <script type="application/json">{"meta": {"title": "Inline title"}, "quotes": [{"text": "From inline", "speaker": "B"}]}</script>
    </probe-element>`);
    expect(text(el)).to.include('Inline title');
    expect(text(el)).to.include('From inline — B');
  });

  it('reads inline JSON again when a script changes it', async () => {
    const el = await fixture<ProbeElement>(html`<probe-element>
      <script type="application/json">[{"text": "First", "speaker": "A"}]</script>
    </probe-element>`);
    expect(text(el)).to.include('First — A');
    el.querySelector('script')!.textContent = '[{"text": "Second", "speaker": "B"}]';
    await waitUntil(() => text(el).includes('Second — B'), 'the changed inline JSON was not shown');
    expect(text(el)).not.to.include('First');
  });

  it('reads inline JSON added after the element was upgraded', async () => {
    const el = await fixture<ProbeElement>(html`<probe-element src="/faults/status/404"></probe-element>`);
    const script = Object.assign(document.createElement('script'), { type: 'application/json', textContent: '[{"text": "Late", "speaker": "C"}]' });
    el.append(script);
    await waitUntil(() => text(el).includes('Late — C'), 'the inline JSON added later was not shown');
    expect(el.state).to.equal('ready');
  });

  it('loads CSV from src and reflects loading, then ready', async () => {
    const csv = encodeURIComponent('text,speaker\n"Hello, world",Ann\n');
    const el = await fixture<ProbeElement>(html`<probe-element src=${`/faults/slow?ms=200&ct=text/csv&body=${csv}`}></probe-element>`);
    expect(el.getAttribute('state')).to.equal('loading');
    expect(text(el)).to.include('Loading data…');
    await settled(el);
    expect(el.getAttribute('state')).to.equal('ready');
    expect(text(el)).to.include('Hello, world — Ann');
  });

  it('shows a calm accessible status, the error in the debug view, and fires belarus-data-error for a 404', async () => {
    const el = document.createElement('probe-element');
    el.src = '/faults/status/404';
    el.debug = true;
    const event = oneEvent(el, 'belarus-data-error');
    document.body.append(el);
    const { detail } = (await event) as CustomEvent<DataErrorDetail>;
    expect(detail.problems[0]).to.include({ code: 'http-status', value: '404 Not Found' });
    expect(detail.origin).to.equal('src');
    expect(el.state).to.equal('error');
    const message = el.shadowRoot!.querySelector('[part="error"][role="status"]')!;
    expect(message.textContent!.trim()).to.equal('This graphic is not available right now.');
    const debug = el.shadowRoot!.querySelector('[part="debug"]')!;
    expect(debug.textContent).to.include('The data could not be shown.');
    expect(debug.textContent).to.include('The server answered with an error (404 Not Found)');
    el.remove();
  });

  it('reports the same problems once, however often equal data is handed over again', async () => {
    const rows = () => [{ text: 'Kept', speaker: 'A' }, { text: 'No speaker' }];
    const el = await fixture<ProbeElement>(html`<probe-element .data=${rows()}></probe-element>`);
    let events = 0;
    el.addEventListener('belarus-data-error', () => events++);
    for (let i = 0; i < 5; i++) {
      el.data = rows();
      await el.updateComplete;
    }
    expect(events).to.equal(0);
    el.data = [{ text: 'Kept', speaker: 'A' }, { speaker: 'No text' }];
    await el.updateComplete;
    el.data = [{ text: 'Kept', speaker: 'A' }, { speaker: 'No text' }];
    await el.updateComplete;
    expect(events, 'a different problem is reported, once').to.equal(1);
    el.data = [{ text: 'Kept', speaker: 'A' }];
    await el.updateComplete;
    el.data = rows();
    await el.updateComplete;
    expect(events, 'a problem that comes back after good data is reported again').to.equal(2);
  });

  it('keeps the valid rows and lists the rejected ones in the debug view', async () => {
    const el = await fixture<ProbeElement>(html`<probe-element
      debug
      .data=${[{ text: 'Kept', speaker: 'A' }, { text: 'No speaker' }, { text: 'Bad link', speaker: 'C', sourceUrl: 'javascript:alert(1)' }]}
    ></probe-element>`);
    expect(el.state).to.equal('ready');
    expect(text(el)).to.include('Kept — A');
    expect(text(el)).to.include('Bad link — C');
    expect(text(el)).to.include('1 row could not be shown:');
    expect(text(el)).to.include('Row 2, field “speaker”: a required field is missing');
  });

  it('speaks the page language for its messages', async () => {
    const el = await fixture<ProbeElement>(html`<div lang="be"><probe-element .data=${[]}></probe-element></div>`);
    const probe = el.querySelector('probe-element')!;
    await probe.updateComplete;
    expect(text(probe)).to.include('Няма даных для паказу.');
  });

  it('lets a newer src win over a slower earlier one', async () => {
    const slow = `/faults/slow?ms=600&body=${encodeURIComponent('[{"text":"Old","speaker":"A"}]')}`;
    const fast = `/faults/slow?ms=10&body=${encodeURIComponent('[{"text":"New","speaker":"B"}]')}`;
    const el = await fixture<ProbeElement>(html`<probe-element src=${slow}></probe-element>`);
    el.src = fast;
    await settled(el);
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(text(el)).to.include('New — B');
    expect(text(el)).not.to.include('Old');
  });

  it('aborts its request when removed, and loads again when put back', async () => {
    const body = encodeURIComponent('[{"text":"Back again","speaker":"A"}]');
    const el = await fixture<ProbeElement>(html`<probe-element src=${`/faults/slow?ms=300&body=${body}`}></probe-element>`);
    const parent = el.parentElement!;
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(el.state).to.equal('loading');
    parent.append(el);
    await settled(el);
    expect(text(el)).to.include('Back again — A');
  });
});
