// The harness of the builder's browser checks (scripts/check-builder.mjs): the project root
// served twice (plainly, and with the strict CSP of docs/csp.md as a header), one Chromium, the
// builder opened as a producer opens it, fresh article pages made of a snippet, downloads
// caught on disk, axe, and the tally of failures and figures.
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findBrowser } from '../../scripts/browser.mjs';
import { serve } from '../../scripts/serve.mjs';

export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
export const RESULTS = 'test-results/builder';
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const failures = [];
export const figures = {};
export const env = {};

export function check(ok, message) {
  if (!ok) failures.push(typeof message === 'function' ? message() : message);
  return ok;
}

export async function start() {
  env.plain = await serve({ port: 0 });
  env.strict = await serve({ port: 0, headers: { 'content-security-policy': STRICT_CSP } });
  const chromium = await findBrowser();
  env.browser = await puppeteer.launch({ executablePath: chromium.executablePath, env: chromium.env, headless: true, args: CHROMIUM_ARGS });
  env.downloads = mkdtempSync(join(tmpdir(), 'builder-downloads-'));
  mkdirSync(RESULTS, { recursive: true });
}

export async function stop() {
  await env.browser?.close();
  await env.plain?.close();
  await env.strict?.close();
}

/** Records what a reader's console would show, and CSP violations (the listener is added by the browser, not the page). */
function watch(page, problems, { javascript = true } = {}) {
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  page.on('response', (response) => response.status() >= 400 && problems.push(`HTTP ${response.status()}: ${response.url()}`));
  if (!javascript) return page.setJavaScriptEnabled(false);
  return page.evaluateOnNewDocument(() => {
    const violations = [];
    const shifts = [];
    Object.defineProperty(window, '__violations', { value: violations });
    Object.defineProperty(window, '__shifts', { value: shifts });
    document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.effectiveDirective} ${event.blockedURI}`), true);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** Opens the builder at /builder/ as `npm start` serves it. */
export async function openBuilder({ server = env.strict, width = 1280, height = 900, scheme = 'light' } = {}) {
  const page = await env.browser.newPage({ type: 'window' });
  const problems = [];
  await watch(page, problems);
  await page.setViewport({ width, height });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  await page.goto(`${server.url}/builder/`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => customElements.get('belarus-builder') && document.querySelector('belarus-builder').shadowRoot);
  return { page, problems, server };
}

/** A control by its accessible name (the builder's contract for tests), through shadow roots. */
export const byName = (page, name) => page.waitForSelector(`::-p-aria(${JSON.stringify(name)})`, { timeout: 5000 });

/**
 * The form control a `<label>` with this text names. Chromium's accessibility tree names a file
 * input's inner button, which the query above does not return, so "Data file" is found this way.
 */
export async function byLabel(page, text) {
  const control = await inBuilderHandle(
    page,
    (root, wanted) => Array.from(root.querySelectorAll('label')).find((label) => label.textContent.trim() === wanted)?.control ?? null,
    text,
  );
  if (!control.asElement()) throw new Error(`no control labelled “${text}”`);
  return control.asElement();
}

/** The names in the page's accessibility tree (what a screen reader can reach). */
export async function accessibleNames(page) {
  const names = new Set();
  const walk = (node) => {
    if (node.name) names.add(node.name.replace(/\s+/g, ' ').trim());
    node.children?.forEach(walk);
  };
  walk(await page.accessibility.snapshot({ interestingOnly: false }));
  return names;
}

async function inBuilderHandle(page, fn, ...args) {
  const root = await page.evaluateHandle(() => document.querySelector('belarus-builder').shadowRoot);
  try {
    return await page.evaluateHandle(fn, root, ...args);
  } finally {
    await root.dispose();
  }
}

/** Runs `fn(root, ...args)` in the page, `root` being the builder's shadow root. */
export async function inBuilder(page, fn, ...args) {
  const root = await page.evaluateHandle(() => document.querySelector('belarus-builder').shadowRoot);
  try {
    return await page.evaluate(fn, root, ...args);
  } finally {
    await root.dispose();
  }
}

/** Waits until the preview widget is `ready`; returns its state otherwise. */
export async function previewReady(page, timeout = 10_000) {
  return page
    .waitForFunction(() => document.querySelector('belarus-builder').shadowRoot.querySelector('#preview-widget')?.getAttribute('state') === 'ready', {
      timeout,
    })
    .then(() => null)
    .catch(() =>
      inBuilder(
        page,
        (root) => `${root.querySelector('#preview-widget')?.getAttribute('state') ?? 'no preview'}; ${root.querySelector('#status')?.textContent}`,
      ),
    );
}

/** The texts of the rows a widget shows (table row headers, event titles, quotes), in its order. */
export function shownRows(host) {
  const root = host?.shadowRoot;
  if (!root) return [];
  const selector = { 'belarus-indicators': 'tbody th', 'belarus-timeline': 'ol.events .entry-title', 'belarus-quotes': 'blockquote' }[host.localName];
  // Every quote, shown or waiting its turn in the carousel; of the others, what is on screen.
  const visible = (element) =>
    host.localName === 'belarus-quotes' || (element.checkVisibility({ visibilityProperty: true }) && element.getBoundingClientRect().height > 0);
  return Array.from(root.querySelectorAll(selector))
    .filter(visible)
    .map((element) => element.textContent.replace(/\s+/g, ' ').trim());
}

export async function previewRows(page) {
  const preview = await page.evaluateHandle(() => document.querySelector('belarus-builder').shadowRoot.querySelector('#preview-widget'));
  try {
    return await page.evaluate(shownRows, preview);
  } finally {
    await preview.dispose();
  }
}

/** The rows the first widget of an article page shows. */
export const articleRows = (frame) => frame.$eval('belarus-indicators, belarus-timeline, belarus-quotes', shownRows);

/** Waits while the builder renders the static HTML or measures the room the widget needs. */
export const codeSettled = (page) =>
  page.waitForFunction(() => !/Rendering|Measuring/.test(document.querySelector('belarus-builder').shadowRoot.querySelector('#embed-code-note').textContent));

/** Chooses an embed mode and returns the code shown, or the note that says why there is none. */
export async function embedFor(page, mode) {
  await (await byName(page, mode)).click();
  await codeSettled(page);
  return inBuilder(page, (root) => ({ code: root.querySelector('#embed-code').value, note: root.querySelector('#embed-code-note').textContent.trim() }));
}

/** Types into a field as a person does (select what is there, then the new text). */
export async function typeInto(page, name, text) {
  const field = await byName(page, name);
  await field.click({ count: 3 });
  await field.evaluate((element) => element.select?.());
  await page.keyboard.press('Backspace');
  await page.keyboard.sendCharacter(text);
}

/**
 * A fresh article page holding `snippet`, served from `server`'s origin (so the snippet's
 * script and files load as they would on a newsroom's page) with the strict CSP as a header.
 * `scriptDelay` holds the widget scripts (belarus-*.min.js) back, as a slow connection would; `dataDelay` the
 * data files (under /data/), as a slow data host would.
 */
export async function articlePage(server, snippet, { javascript = true, width = 800, scriptDelay = 0, dataDelay = 0 } = {}) {
  const page = await env.browser.newPage({ type: 'window' });
  const problems = [];
  await watch(page, problems, { javascript });
  const path = '/test/builder/article.html';
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    // A slow connection: the markup is painted before the script arrives.
    if (scriptDelay && /\/belarus-[a-z]+\.min\.js$/.test(pathname)) return void setTimeout(() => request.continue(), scriptDelay);
    if (dataDelay && pathname.startsWith('/data/')) return void setTimeout(() => request.continue(), dataDelay);
    if (pathname !== path) return void request.continue();
    const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An article</title></head><body><main><h1>An article</h1><p>Text before the embed.</p>\n${snippet}\n<p>Text after it.</p></main></body></html>`;
    request.respond({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': STRICT_CSP }, body });
  });
  await page.setViewport({ width, height: 900 });
  await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle0' });
  return { page, problems };
}

/** Waits for every widget of `frame` to be ready; returns the states otherwise. */
export function widgetsReady(frame, timeout = 10_000) {
  const tags = 'belarus-indicators, belarus-timeline, belarus-quotes';
  return frame
    .waitForFunction(
      (t) => {
        const all = Array.from(document.querySelectorAll(t));
        return all.length > 0 && all.every((element) => element.getAttribute('state') === 'ready');
      },
      { timeout },
      tags,
    )
    .then(() => null)
    .catch(() =>
      frame.evaluate(
        (t) =>
          Array.from(document.querySelectorAll(t))
            .map((e) => `${e.localName}: ${e.getAttribute('state')}`)
            .join(', ') || 'no widget',
        tags,
      ),
    );
}

export const violations = (page) => page.evaluate(() => window.__violations ?? []);

/** axe's WCAG 2.2 AA and best-practice rules on the page, through shadow roots. */
export async function axeViolations(page) {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const results = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      rules: { 'target-size': { enabled: true } },
      resultTypes: ['violations'],
    });
    return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
  });
}

/**
 * Clicks a download button and waits for the file on disk. Resolves with its name and bytes.
 * The browser saves under the download's id; the name is the one the page gave.
 */
export async function download(page, buttonName) {
  const session = await env.browser.target().createCDPSession();
  await session.send('Browser.setDownloadBehavior', { behavior: 'allowAndName', downloadPath: env.downloads, eventsEnabled: true });
  const names = new Map();
  const done = new Promise((resolve, reject) => {
    session.on('Browser.downloadWillBegin', (event) => names.set(event.guid, event.suggestedFilename));
    session.on('Browser.downloadProgress', (event) => {
      if (event.state === 'completed') resolve(event.guid);
      if (event.state === 'canceled') reject(new Error(`download canceled: ${names.get(event.guid)}`));
    });
  });
  await (await byName(page, buttonName)).click();
  const guid = await Promise.race([done, new Promise((_, reject) => setTimeout(() => reject(new Error(`no download after clicking ${buttonName}`)), 15_000))]);
  await session.detach();
  return { name: names.get(guid), bytes: readFileSync(join(env.downloads, guid)) };
}
