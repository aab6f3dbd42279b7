// The pre-rendered page (dist/static/demo.html): readable without JavaScript, hydrated in place
// with a slow script and no layout shift, the timeline's room closing when no script comes,
// markup from another version or edited by hand rendered anew.
import { DATASET, env, expect, figures, open, report, scriptsLate, shadowText, sleep, VERSION, waitReady, WIDGET_SCRIPTS } from './harness.mjs';

export async function staticWithoutJavaScript() {
  for (const width of [1280, 390]) {
    const { page, problems } = await open(env.plain, '/dist/static/demo.html', { javascript: false, width });
    const seen = await page.evaluate(() => {
      const root = (tag) => document.querySelector(tag)?.shadowRoot;
      const visible = (element) => element.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && element.getBoundingClientRect().height > 0;
      const quotes = root('belarus-quotes');
      return {
        defined: Boolean(customElements.get('belarus-quotes')),
        rows: Array.from(root('belarus-indicators')?.querySelectorAll('tbody tr') ?? []).filter(visible).length,
        events: Array.from(root('belarus-timeline')?.querySelectorAll('ol.events > li') ?? []).filter(visible).length,
        quotes: Array.from(quotes?.querySelectorAll('blockquote') ?? [])
          .filter(visible)
          .map((q) => q.textContent.trim()),
        controls: Array.from(quotes?.querySelectorAll('.controls button') ?? []).filter(visible).length,
      };
    });
    seen.gap = await page.evaluate(timelineGap);
    const tree = JSON.stringify(await page.accessibility.snapshot({ interestingOnly: false }));
    expect(!seen.defined, '[static, no JS] the tags got defined: JavaScript was not off');
    expect(seen.rows === DATASET.indicators.length, `[static, no JS ${width}] ${seen.rows} of ${DATASET.indicators.length} table rows visible`);
    expect(seen.events === DATASET.events.length, `[static, no JS ${width}] ${seen.events} of ${DATASET.events.length} events visible`);
    expect(seen.quotes.length === DATASET.quotes.length, `[static, no JS ${width}] ${seen.quotes.length} of ${DATASET.quotes.length} quotes visible`);
    expect(seen.controls === 0, `[static, no JS ${width}] ${seen.controls} carousel buttons shown that cannot work`);
    expect(seen.gap < 40, `[static, no JS ${width}] ${seen.gap}px of empty room above the events list`);
    expect(
      tree.includes('"role":"table"') && tree.includes(DATASET.indicators[0].indicator),
      `[static, no JS ${width}] the table is not in the accessibility tree`,
    );
    expect(tree.includes(DATASET.events[0].title), `[static, no JS ${width}] the events list is not in the accessibility tree`);
    report(`static, no JS ${width}`, problems);
    await page.screenshot({ path: `test-results/embed-static-nojs-${width}.png`, fullPage: true });
    await page.close();
  }
}

/** In the page: empty room between the timeline's legend and its list, in px. */
function timelineGap() {
  const root = document.querySelector('belarus-timeline').shadowRoot;
  return Math.round(root.querySelector('ol.events').getBoundingClientRect().top - root.querySelector('.legend').getBoundingClientRect().bottom);
}

/** JavaScript on, but the script never comes (a CMS removed it): the timeline's room closes. */
export async function staticScriptMissing() {
  const { page, problems } = await open(env.plain, '/dist/static/demo.html', { width: 1280, height: 3400, empty: WIDGET_SCRIPTS });
  const reserved = await page.evaluate(timelineGap);
  expect(reserved > 200, `[static, script missing] no room kept for the picture while the script loads (${reserved}px)`);
  const cdp = await page.createCDPSession();
  await cdp.send('Animation.enable');
  await cdp.send('Animation.setPlaybackRate', { playbackRate: 50 });
  await sleep(400);
  const closed = await page.evaluate(timelineGap);
  expect(closed < 40, `[static, script missing] the room stayed open (${closed}px)`);
  figures['static, script missing: room above the list'] = `${reserved}px while waiting, ${closed}px after 5 s`;
  report('static, script missing', problems);
  await page.close();
}

export async function staticWithJavaScript(server, label) {
  for (const width of [1280, 390]) {
    // The script arrives 600 ms late, so the browser paints the pre-rendered markup first, as on
    // a real connection; hydration then happens on screen, where a shift would count.
    // The viewport is as tall as the page, so a shift anywhere on it counts.
    const { page, problems } = await open(server, '/dist/static/demo.html', { width, height: 3400, delay: scriptsLate(600) });
    const notReady = await waitReady(page.mainFrame(), 3);
    expect(!notReady, `[${label} ${width}] widgets not ready: ${notReady}`);
    await sleep(300);
    const state = await page.evaluate(() => ({
      hydrated: Array.from(window.__embedCheck.before).map(([element, heading]) => heading !== null && heading === element.shadowRoot.querySelector('h2')),
      cls: window.__embedCheck.shifts.reduce((sum, value) => sum + value, 0),
      violations: window.__embedCheck.violations,
    }));
    expect(state.hydrated.length === 3 && state.hydrated.every(Boolean), `[${label} ${width}] not hydrated in place (re-rendered): ${state.hydrated}`);
    figures[`${label}: CLS at ${width}px (script 600 ms late)`] = state.cls.toFixed(4);
    expect(state.cls < 0.01, `[${label} ${width}] layout shift ${state.cls.toFixed(4)} while hydrating`);
    // Hydrated means working: a quote turns, a column sorts, an event is selected.
    await page.evaluate(() => {
      document.querySelector('belarus-quotes').shadowRoot.querySelector('button.next').click();
      document.querySelector('belarus-indicators').shadowRoot.querySelector('th button').click();
      document.querySelector('belarus-timeline').shadowRoot.querySelector('button.select')?.click();
    });
    await sleep(150);
    const after = await page.evaluate(() => ({
      quote: document.querySelector('belarus-quotes').index,
      sorted: document.querySelector('belarus-indicators').shadowRoot.querySelector('th[aria-sort]')?.getAttribute('aria-sort'),
      selected: document.querySelector('belarus-timeline').selected,
    }));
    expect(after.quote === 1 && after.sorted && after.selected, `[${label} ${width}] hydrated widgets do not respond: ${JSON.stringify(after)}`);
    report(`${label} ${width}`, problems);
    if (server === env.plain) await page.screenshot({ path: `test-results/embed-static-js-${width}.png`, fullPage: true });
    await page.close();
  }
}

export async function staticMismatch() {
  const quote = DATASET.quotes[0].text;
  // Markup from another version, with text that has since changed: rendered anew, quietly.
  const older = await open(env.plain, '/dist/static/demo.html', {
    rewrite: {
      '/demo.html': (html) => html.replaceAll(`data-prerendered="${VERSION}"`, 'data-prerendered="0.0.1"').replace(quote, 'Stale text from an older version.'),
    },
  });
  expect(!(await waitReady(older.page.mainFrame(), 3)), '[static, other version] widgets not ready');
  const olderText = await shadowText(older.page, 'belarus-quotes');
  expect(olderText.includes(quote) && !olderText.includes('Stale text'), '[static, other version] stale pre-rendered text stayed on screen');
  report('static, other version', older.problems);
  await older.page.close();
  // Same version, but templates that do not match (a hand-edited fragment): one warning, then fresh.
  const edited = await open(env.plain, '/dist/static/demo.html', {
    rewrite: { '/demo.html': (html) => html.replace(/<!--lit-part [^>]*-->/, '<!--lit-part AAAAAAAAAAA=-->') },
    allowWarning: /could not be hydrated/,
  });
  expect(!(await waitReady(edited.page.mainFrame(), 3)), '[static, edited markup] widgets not ready');
  const rows = await edited.page.evaluate(() => document.querySelector('belarus-indicators').shadowRoot.querySelectorAll('tbody tr').length);
  expect(rows === DATASET.indicators.length, `[static, edited markup] ${rows} rows after rendering anew`);
  const duplicated = await edited.page.evaluate(() => document.querySelector('belarus-indicators').shadowRoot.querySelectorAll('table').length);
  expect(duplicated === 1, `[static, edited markup] ${duplicated} tables (old markup left behind)`);
  report('static, edited markup', edited.problems);
  await edited.page.close();
}
