// A producer's view of problems, and a reader's. Readers get the rows that could be shown, a
// quiet note when some were left out, and one calm sentence when nothing can be shown; never a
// warning or an error report. The producer gets every problem (errors and warnings, with row,
// field, value and how to fix it) in the debug view (the `debug` attribute, or `?belarus-debug`
// in the address of the page or of the iframe the widget is in), in the console (one group per
// distinct set of problems) and in the belarus-data-error event.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../../src/define.js';
import type { DataErrorDetail } from '../../src/controllers/data-source-controller.js';
import { PROBLEM_CODES, type Problem } from '../../src/data/types.js';
import { LOCALES } from '../../src/format/locale.js';
import { CORE_STRINGS, describeProblem } from '../../src/format/strings.js';
import { debugRequested } from '../../src/widget/debug-query.js';
import type { WidgetElement } from '../../src/widget/widget-element.js';
import { expectAxeClean } from '../indicators/helpers.js';

type Widget = WidgetElement<'indicators' | 'events' | 'quotes'>;
const TAGS = ['belarus-indicators', 'belarus-timeline', 'belarus-quotes'] as const;
type Tag = (typeof TAGS)[number];

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(selector));
const textOf = (el: Element) => squash(el.shadowRoot!.textContent);

/** One row kept with a warning (its link is not http(s)), one row left out (a required field is missing). */
const WITH_PROBLEMS: Record<Tag, unknown[]> = {
  'belarus-indicators': [{ indicator: 'Kept', status: 'fine', sourceUrl: 'javascript:alert(1)' }, { indicator: 'No status' }],
  'belarus-timeline': [{ date: '2020', title: 'Kept', sourceUrl: 'javascript:alert(1)' }, { title: 'No date' }],
  'belarus-quotes': [{ text: 'Kept', speaker: 'A', sourceUrl: 'javascript:alert(1)' }, { text: 'No speaker' }],
};
const ONLY_A_WARNING: Record<Tag, unknown[]> = {
  'belarus-indicators': [{ indicator: 'Kept', status: 'fine', sourceUrl: 'javascript:alert(1)' }],
  'belarus-timeline': [{ date: '2020', title: 'Kept', sourceUrl: 'javascript:alert(1)' }],
  'belarus-quotes': [{ text: 'Kept', speaker: 'A', sourceUrl: 'javascript:alert(1)' }],
};

async function settled<T extends Widget>(el: T): Promise<T> {
  await waitUntil(() => el.state !== 'loading', `<${el.localName}> never left loading`, { timeout: 8000 });
  await el.updateComplete;
  return el;
}

/** Mounts `tag` with `data` (or `src`), in a column wide enough for the timeline's picture. */
async function mount(tag: Tag, options: { data?: unknown; src?: string; debug?: boolean; lang?: string; theme?: string } = {}): Promise<Widget> {
  const wrapper = await fixture<HTMLDivElement>(
    staticHtml`<div style="width: 800px"><${unsafeStatic(tag)} .data=${options.data} src=${options.src ?? ''} ?debug=${!!options.debug}
      lang=${options.lang ?? 'en'} theme=${options.theme ?? 'light'}></${unsafeStatic(tag)}></div>`,
  );
  const el = wrapper.firstElementChild as Widget;
  if (!options.src) el.removeAttribute('src');
  return settled(el);
}

/** Mounts and returns the widget with the problems its event reported. */
async function mountReporting(tag: Tag, options: Parameters<typeof mount>[1]): Promise<{ el: Widget; problems: Problem[] }> {
  const problems: Problem[] = [];
  const listen = (event: Event) => problems.push(...(event as CustomEvent<DataErrorDetail>).detail.problems);
  document.addEventListener('belarus-data-error', listen);
  try {
    const el = await mount(tag, options);
    await waitUntil(() => problems.length > 0, 'no belarus-data-error');
    return { el, problems };
  } finally {
    document.removeEventListener('belarus-data-error', listen);
  }
}

/** Runs `body` with `query` added to the page's address, then puts the address back. */
async function withQuery(query: string, body: () => Promise<void>): Promise<void> {
  const before = location.href;
  const url = new URL(location.href);
  url.search = `${url.search}&${query}`;
  history.replaceState(history.state, '', url);
  try {
    await body();
  } finally {
    history.replaceState(history.state, '', before);
  }
}

describe('what readers see of problems', () => {
  for (const tag of TAGS) {
    it(`<${tag}>: the rows it can show, a quiet note for the row left out, and no problem or warning`, async () => {
      const el = await mount(tag, { data: WITH_PROBLEMS[tag] });
      expect(el.state).to.equal('ready');
      expect(textOf(el)).to.include('Kept');
      expect(squash($(el, '[part="problems"]')?.textContent)).to.equal('1 row of the data is not shown.');
      for (const detail of ['Row 2', 'Row 1', 'javascript:', 'field', 'How to fix', 'could not be shown']) expect(textOf(el), detail).not.to.include(detail);
      expect($(el, '[part="debug"]')).to.equal(null);
    });

    it(`<${tag}>: nothing at all when every row was kept and only a link was dropped`, async () => {
      const el = await mount(tag, { data: ONLY_A_WARNING[tag] });
      expect($(el, '[part="problems"]')).to.equal(null);
      expect(textOf(el)).not.to.include('javascript:');
    });

    it(`<${tag}>: one calm status when nothing can be shown, with no server or error details`, async () => {
      const el = await mount(tag, { src: '/faults/status/404' });
      expect(el.state).to.equal('error');
      const message = $(el, '[part="error"]')!;
      expect(message.getAttribute('role')).to.equal('status');
      expect(squash(message.textContent)).to.equal('This graphic is not available right now.');
      expect(textOf(el)).not.to.match(/404|server|could not be shown/i);
    });
  }
});

describe('the producer’s debug view', () => {
  for (const tag of TAGS) {
    it(`<${tag} debug>: every error and warning, with row, field, value and how to fix it, in a labelled region`, async () => {
      const { el, problems } = await mountReporting(tag, { data: WITH_PROBLEMS[tag], debug: true });
      expect(problems.map((p) => p.severity).sort()).to.deep.equal(['error', 'warning']);
      const view = $(el, '[part="debug"]')!;
      expect(view.localName).to.equal('section');
      const name = view
        .getAttribute('aria-labelledby')!
        .split(' ')
        .map((id) => squash(el.shadowRoot!.getElementById(id)!.textContent))
        .join(' ');
      expect(name).to.equal('Data check (debug view) Data: the data property');
      const items = Array.from(view.querySelectorAll('ul[role="list"] > li')).map((li) => squash(li.textContent));
      expect(items).to.have.length(2);
      for (const problem of problems) {
        const item = items.find((text) => text.startsWith(describeProblem(problem, CORE_STRINGS.en)));
        expect(item, describeProblem(problem, CORE_STRINGS.en)).to.exist;
        expect(item).to.include(`How to fix: ${CORE_STRINGS.en.fixes[problem.code]}`);
      }
      expect(squash(view.textContent)).to.include('1 row could not be shown:');
      expect(squash(view.textContent)).to.include('1 warning: the data was used, but check it:');
      expect(items.join(' ')).to.include('(javascript:alert(1))');
      // The reader's note stays as it is beside the producer's view.
      expect(squash($(el, '[part="problems"]')!.textContent)).to.equal('1 row of the data is not shown.');
    });
  }

  it('gives the failure of a source that could not be used, below the reader’s calm status', async () => {
    const { el, problems } = await mountReporting('belarus-indicators', { src: '/faults/status/404', debug: true });
    expect(squash($(el, '[part="error"][role="status"]')!.textContent)).to.equal('This graphic is not available right now.');
    const view = squash($(el, '[part="debug"]')!.textContent);
    expect(view).to.include('Data: /faults/status/404');
    expect(view).to.include('The data could not be shown.');
    expect(view).to.include(describeProblem(problems[0], CORE_STRINGS.en));
    expect(view).to.include('(404 Not Found)');
    expect(view).to.include(`How to fix: ${CORE_STRINGS.en.fixes['http-status']}`);
  });

  it('lists every problem, not the first ten', async () => {
    const rows = [{ indicator: 'Kept', status: 'fine' }, ...Array.from({ length: 15 }, (_, i) => ({ indicator: `Missing ${i}` }))];
    const el = await mount('belarus-indicators', { data: rows, debug: true });
    expect($$(el, '[part="debug"] li')).to.have.length(15);
    expect(squash($(el, '[part="problems"]')!.textContent)).to.equal('15 rows of the data are not shown.');
  });

  it('says when the data has no problems, and goes away when the attribute does', async () => {
    const el = await mount('belarus-indicators', { data: [{ indicator: 'A', status: 'B' }], debug: true });
    expect(squash($(el, '[part="debug"]')!.textContent)).to.include('No problems found in the data.');
    el.debug = false;
    await el.updateComplete;
    expect($(el, '[part="debug"]')).to.equal(null);
  });

  it('speaks the widget’s language', async () => {
    const el = await mount('belarus-indicators', { data: WITH_PROBLEMS['belarus-indicators'], debug: true, lang: 'ru' });
    const view = squash($(el, '[part="debug"]')!.textContent);
    expect(view).to.include('Проверка данных');
    expect(view).to.include(`Как исправить: ${CORE_STRINGS.ru.fixes['missing-field']}`);
    expect(squash($(el, '[part="problems"]')!.textContent)).to.equal('Не показана 1 строка данных.');
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe with the view open, in every state (${theme})`, async () => {
      for (const tag of TAGS) await expectAxeClean(await mount(tag, { data: WITH_PROBLEMS[tag], debug: true, theme }));
      await expectAxeClean(await mount('belarus-indicators', { src: '/faults/status/404', debug: true, theme }));
      await expectAxeClean(await mount('belarus-quotes', { data: [{ text: 'A', speaker: 'B' }], debug: true, theme }));
    });
  }
});

describe('?belarus-debug in the address', () => {
  it('reads the query as producers write it', () => {
    expect(['?belarus-debug', '?belarus-debug=1', '?a=b&belarus-debug=true', '?belarus-debug='].map(debugRequested)).to.deep.equal([true, true, true, true]);
    expect(['', '?belarus-debug=0', '?belarus-debug=false', '?belarus-debug=off', '?debug'].map(debugRequested)).to.deep.equal([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('opens the view in every widget on the page', async () => {
    await withQuery('belarus-debug', async () => {
      for (const tag of TAGS) expect($(await mount(tag, { data: WITH_PROBLEMS[tag] }), '[part="debug"]'), tag).to.exist;
    });
    await withQuery('belarus-debug=1', async () => {
      expect($(await mount('belarus-indicators', { data: [] }), '[part="debug"]')).to.exist;
    });
    await withQuery('belarus-debug=0', async () => {
      expect($(await mount('belarus-indicators', { data: WITH_PROBLEMS['belarus-indicators'] }), '[part="debug"]')).to.equal(null);
    });
  });

  /** The widget inside an iframe showing test/debug/frame.html with `query`, once it has its data. */
  async function framed(query: string): Promise<Widget> {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="Embedded widget" style="width: 600px; height: 400px"></iframe>`);
    const loaded = oneEvent(frame, 'load');
    frame.src = new URL(`./frame.html${query}`, import.meta.url).href;
    await loaded;
    const widget = () => frame.contentDocument?.querySelector('belarus-quotes') as Widget | null;
    await waitUntil(() => widget()?.state === 'ready', 'the framed widget never became ready', { timeout: 10_000 });
    await widget()!.updateComplete;
    return widget()!;
  }

  it('inside an iframe embed, follows the frame’s own address, not the article’s', async () => {
    const asked = await framed('?widget=quotes&belarus-debug');
    expect(squash($(asked, '[part="debug"]')?.textContent)).to.include('Row 2, field “speaker”');
    await withQuery('belarus-debug', async () => {
      const notAsked = await framed('?widget=quotes');
      expect($(notAsked, '[part="debug"]')).to.equal(null);
      expect(squash($(notAsked, '[part="problems"]')!.textContent)).to.equal('1 row of the data is not shown.');
    });
  });
});

describe('problems in the console', () => {
  type Call = { method: 'groupCollapsed' | 'warn' | 'groupEnd'; text: string };
  let calls: Call[] = [];
  const original = { groupCollapsed: console.groupCollapsed, warn: console.warn, groupEnd: console.groupEnd };
  beforeEach(() => {
    calls = [];
    for (const method of ['groupCollapsed', 'warn', 'groupEnd'] as const) {
      console[method] = (...args: unknown[]) => void calls.push({ method, text: args.map(String).join(' ') });
    }
  });
  afterEach(() => Object.assign(console, original));
  const groups = () => calls.filter((call) => call.method === 'groupCollapsed');

  it('gets one group per distinct set of problems, naming the widget and the data source', async () => {
    const rows = () => WITH_PROBLEMS['belarus-indicators'];
    const el = await mount('belarus-indicators', { data: rows() });
    expect(groups()).to.have.length(1);
    expect(groups()[0].text).to.include('<belarus-indicators>');
    expect(groups()[0].text).to.include('the data property');
    expect(groups()[0].text).to.include('1 error, 1 warning');
    const lines = calls.filter((call) => call.method === 'warn').map((call) => call.text);
    expect(lines).to.have.length(2);
    expect(lines.some((line) => line.includes('Row 2, field “status”') && line.includes(`How to fix: ${CORE_STRINGS.en.fixes['missing-field']}`))).to.equal(
      true,
    );
    expect(calls[calls.length - 1].method).to.equal('groupEnd');
    for (let i = 0; i < 3; i++) {
      el.data = rows();
      await el.updateComplete;
    }
    expect(groups(), 'equal data again: no new group').to.have.length(1);
    el.data = [{ indicator: 'Other', status: 'x' }, { status: 'No indicator' }];
    await el.updateComplete;
    expect(groups(), 'a different set of problems').to.have.length(2);
  });

  it('names a src by its address, without the debug view being open', async () => {
    const el = await mount('belarus-timeline', { src: '/faults/status/404' });
    expect(el.state).to.equal('error');
    expect(groups()).to.have.length(1);
    expect(groups()[0].text).to.include('<belarus-timeline> data from "/faults/status/404"');
  });

  it('stays quiet for data without problems', async () => {
    await mount('belarus-quotes', { data: [{ text: 'A', speaker: 'B' }] });
    expect(calls).to.deep.equal([]);
  });
});

describe('how to fix, in every shipped language', () => {
  /** Their messages already say what to do ("save it as UTF-8", "write it in full"). */
  const SAYS_HOW = ['invalid-encoding', 'encoding-guessed', 'ambiguous-date', 'two-digit-year', 'ambiguous-number'];

  it('has a fix for every problem whose message does not say how, in each language', () => {
    expect(Object.keys(CORE_STRINGS.en.fixes).sort()).to.deep.equal(PROBLEM_CODES.filter((code) => !SAYS_HOW.includes(code)).sort());
    for (const lang of LOCALES) {
      expect(Object.keys(CORE_STRINGS[lang].fixes).sort(), lang).to.deep.equal(Object.keys(CORE_STRINGS.en.fixes).sort());
      expect(
        Object.values(CORE_STRINGS[lang].fixes).every((fix) => fix.trim().length > 10),
        lang,
      ).to.equal(true);
    }
  });
});
