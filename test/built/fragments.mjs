// Each pre-rendered fragment in dist/static/ as a newsroom pastes it into an article
// (test/built/fragment-page.html), with its asset URLs pointed at this server's dist/:
//
//   no JavaScript      the declarative shadow DOM alone: its stylesheet applied, the data
//                      readable, everything shown also in the accessibility tree, SVG shapes
//                      drawn as written
//   script removed     (a CMS that strips scripts) the same, and axe clean
//   with its script    (the fragment's own <script defer>, held back 300 ms so the markup is
//                      painted first) hydrated in place, the same content, axe clean, no
//                      console errors or warnings, and working controls
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { DATASET, env, open, VERSION, waitReady } from '../embed/served/harness.mjs';
import { check } from './tally.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PAGE = '/test/built/fragment-page.html';
const WIDGETS = ['indicators', 'timeline', 'quotes'];

/** The elements that carry each widget's data, and the data they must show. */
const CONTENT = {
  indicators: { selector: 'tbody th', texts: DATASET.indicators.map((row) => row.indicator) },
  timeline: { selector: 'ol.events h3', texts: DATASET.events.map((event) => event.title) },
  quotes: { selector: 'blockquote', texts: DATASET.quotes.map((quote) => quote.text) },
};

/** In the page: what a reader sees of the widget. */
function seen(tag, selector) {
  const host = document.querySelector(tag);
  const root = host.shadowRoot;
  const squash = (text) => (text ?? '').replace(/\s+/g, ' ').trim();
  const visible = (element) => element.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && element.getBoundingClientRect().height > 0;
  const shapes = 'rect, path, line, circle, ellipse, polygon, polyline';
  return {
    attached: Boolean(root),
    styled: Array.from(root?.querySelectorAll('link[rel="stylesheet"]') ?? []).some((link) => (link.sheet?.cssRules.length ?? 0) > 0),
    headline: squash(root?.querySelector('h2')?.textContent),
    content: Array.from(root?.querySelectorAll(selector) ?? [])
      .filter(visible)
      .map((element) => squash(element.textContent)),
    nestedShapes: Array.from(root?.querySelectorAll(shapes) ?? []).filter((shape) => shape.parentElement.closest(shapes)).length,
    buttons: Array.from(root?.querySelectorAll('button') ?? []).filter(visible).length,
  };
}

/** The names in the page's accessibility tree (what a screen reader can reach), squashed. */
async function accessibleNames(page) {
  const names = [];
  const walk = (node) => {
    if (node.name) names.push(node.name.replace(/\s+/g, ' ').trim());
    node.children?.forEach(walk);
  };
  walk(await page.accessibility.snapshot({ interestingOnly: false }));
  return names;
}

async function axeViolations(page) {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const results = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      rules: { 'target-size': { enabled: true }, 'td-has-header': { enabled: true } },
      resultTypes: ['violations'],
    });
    return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
  });
}

/** Checks what every mode shares: attached, styled, the data shown and reachable, and axe clean where axe can run. */
async function readable(page, widget, label, { shown, axe = true } = {}) {
  const tag = `belarus-${widget}`;
  const { selector, texts } = CONTENT[widget];
  const state = await page.evaluate(seen, tag, selector);
  check(state.attached, `[${label}] no shadow root: the declarative shadow DOM was not attached`);
  check(state.styled, `[${label}] the widget's stylesheet did not apply`);
  check(state.headline.length > 0, `[${label}] no headline`);
  // All of the data in any order (the widget sorts it), or the first `shown` items.
  const expected = shown ? texts.slice(0, shown) : [...texts].sort();
  const content = shown ? state.content : [...state.content].sort();
  check(JSON.stringify(content) === JSON.stringify(expected), () => `[${label}] shows ${JSON.stringify(state.content)}, expected ${JSON.stringify(expected)}`);
  check(state.nestedShapes === 0, `[${label}] ${state.nestedShapes} SVG shapes nested inside other shapes (not drawn)`);
  const names = await accessibleNames(page);
  const unreachable = [state.headline, ...state.content].filter((text) => !names.some((name) => name.includes(text)));
  check(unreachable.length === 0, () => `[${label}] shown but not in the accessibility tree: ${JSON.stringify(unreachable)}`);
  if (axe) {
    const violations = await axeViolations(page);
    check(violations.length === 0, () => `[${label}] axe: ${violations.join('; ')}`);
  }
  return state;
}

/** The fragment as shipped, with its CDN URLs pointing at this server's dist/. */
function fragment(widget, base) {
  const text = readFileSync(`dist/static/belarus-${widget}.html`, 'utf8');
  check(text.includes(base), `[static ${widget}] the fragment does not load its assets from ${base}`);
  return text.replaceAll(base, '/dist/');
}

const withoutScript = (markup) => markup.replace(/<script [^>]*><\/script>/, '');

export async function fragments() {
  const { defaultBase } = await import(new URL('../../dist/embed/snippet.js', import.meta.url));
  const base = defaultBase(VERSION);
  for (const widget of WIDGETS) {
    const tag = `belarus-${widget}`;
    const markup = fragment(widget, base);
    const page = (html) => ({ [PAGE]: (text) => text.replace('<!-- fragment -->', html) });
    // Until a script makes it a carousel, a pre-rendered carousel with scripting on shows its first quote.
    const first = widget === 'quotes' ? 1 : undefined;

    // axe cannot run where scripts are off (its promises never settle), so it runs on the next page.
    let label = `static ${widget}, no JavaScript`;
    const plain = await open(env.plain, PAGE, { javascript: false, rewrite: page(markup) });
    const unscripted = await readable(plain.page, widget, label, { axe: false });
    if (widget === 'quotes') check(unscripted.buttons === 0, `[${label}] ${unscripted.buttons} carousel buttons shown that cannot work`);
    check(plain.problems.length === 0, () => `[${label}] ${plain.problems.join('; ')}`);
    await plain.page.screenshot({ path: `test-results/dist-static-${widget}-nojs.png`, fullPage: true });
    await plain.page.close();

    label = `static ${widget}, script removed by the CMS`;
    const stripped = await open(env.plain, PAGE, { rewrite: page(withoutScript(markup)) });
    check(!(await stripped.page.evaluate((t) => customElements.get(t))), `[${label}] the tag got defined without a script`);
    await readable(stripped.page, widget, label, { shown: first });
    check(stripped.problems.length === 0, () => `[${label}] ${stripped.problems.join('; ')}`);
    await stripped.page.close();

    label = `static ${widget}, with its script`;
    const live = await open(env.plain, PAGE, { rewrite: page(markup), delay: { '/belarus-widgets.min.js': 300 } });
    const notReady = await waitReady(live.page.mainFrame(), 1);
    check(!notReady, `[${label}] not ready: ${notReady}`);
    const inPlace = await live.page.evaluate((t) => {
      const element = document.querySelector(t);
      const heading = window.__embedCheck.before.get(element);
      return Boolean(heading) && heading === element.shadowRoot.querySelector('h2');
    }, tag);
    check(inPlace, `[${label}] re-rendered instead of hydrated in place`);
    const inert = await live.page.evaluate((t) => {
      const root = document.querySelector(t).shadowRoot;
      return { standIns: root.querySelectorAll('[data-inert]').length, slides: root.querySelectorAll('.slide[inert]').length };
    }, tag);
    const hidden = widget === 'quotes' ? DATASET.quotes.length - 1 : 0;
    check(inert.standIns === 0 && inert.slides === hidden, `[${label}] ${inert.slides} inert slides (expected ${hidden}), ${inert.standIns} data-inert left`);
    await readable(live.page, widget, label, { shown: first });
    check(await live.page.evaluate(worked, tag), `[${label}] the hydrated widget does not respond to its controls`);
    check(live.problems.length === 0, () => `[${label}] ${live.problems.join('; ')}`);
    await live.page.screenshot({ path: `test-results/dist-static-${widget}-script.png`, fullPage: true });
    await live.page.close();
  }
}

/** In the page: uses the widget's main control and tells whether it answered. */
async function worked(tag) {
  const host = document.querySelector(tag);
  const root = host.shadowRoot;
  if (tag === 'belarus-quotes') root.querySelector('button.next').click();
  if (tag === 'belarus-indicators') root.querySelector('th button').click();
  if (tag === 'belarus-timeline') root.querySelector('button.select').click();
  await host.updateComplete;
  if (tag === 'belarus-quotes') return host.index === 1;
  if (tag === 'belarus-indicators') return Boolean(root.querySelector('th[aria-sort]'));
  return host.selected !== undefined;
}
