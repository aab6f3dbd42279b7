// belarus-widgets/react rendered on the server and hydrated in the browser, as Next.js and other
// React frameworks do it: the app is rendered to HTML with react-dom/server in Node, served with
// its client bundle (esbuild), and hydrated with hydrateRoot in headless Chromium. Run with
// `node --test test/react/` (sources, no build needed).
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdirSync, readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findBrowser } from '../../scripts/browser.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUT = `${ROOT}.cache/react-hydration/`;
const DATASET = JSON.parse(readFileSync(`${ROOT}data/us-belarus-relations.json`, 'utf8'));
const TIMEOUT = 15_000;

let server;
let browser;
let page;
let appText;
const consoleErrors = [];

/** Everything the page records before any script of the app runs. */
function instrument() {
  globalThis.__handled = [];
  globalThis.__recoverable = [];
  // What each widget showed the first time it said `ready`: a widget that rendered the bundled
  // dataset before the app's data arrived would show it here, even if only for one frame.
  globalThis.__firstReady = {};
  new MutationObserver((records) => {
    for (const { target } of records) {
      if (target.getAttribute('state') === 'ready' && !(target.id in globalThis.__firstReady)) {
        globalThis.__firstReady[target.id] = target.shadowRoot?.textContent ?? '';
      }
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['state'] });
}

before(async () => {
  mkdirSync(OUT, { recursive: true });
  const common = { bundle: true, format: 'esm', jsx: 'automatic', absWorkingDir: ROOT, logLevel: 'silent', target: 'es2022' };
  // Node resolves react, lit and @lit/react itself (their "node" builds), as a server framework does.
  await build({ ...common, entryPoints: ['test/react/server.jsx'], platform: 'node', packages: 'external', outfile: `${OUT}server.mjs` });
  await build({
    ...common,
    entryPoints: ['test/react/client.jsx'],
    platform: 'browser',
    outfile: `${OUT}client.js`,
    define: { 'process.env.NODE_ENV': '"development"' },
  });
  const { render, APP_TEXT } = await import(pathToFileURL(`${OUT}server.mjs`).href);
  appText = APP_TEXT;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SSR</title>
<script type="module" src="/client.js"></script></head><body><div id="root">${render()}</div></body></html>`;
  const client = readFileSync(`${OUT}client.js`);
  server = createServer((request, response) => {
    if (request.url === '/') response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    else if (request.url === '/client.js') response.writeHead(200, { 'content-type': 'text/javascript' }).end(client);
    else response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));

  const chromium = await findBrowser();
  browser = await puppeteer.launch({ executablePath: chromium.executablePath, env: chromium.env, headless: true, args: CHROMIUM_ARGS });
  page = await browser.newPage();
  page.on('console', (message) => {
    // The 404 of the missing file is the point of one widget; anything else is a failure.
    if (message.type() === 'error' && !/404/.test(message.text())) consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  await page.evaluateOnNewDocument(instrument);
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
});

const shadowText = (id) => page.evaluate((i) => document.getElementById(i).shadowRoot?.textContent ?? '', id);
const waitFor = (fn, ...args) => page.waitForFunction(fn, { timeout: TIMEOUT }, ...args);

test('the server sends the tags without rendering or touching the DOM', async () => {
  const { render } = await import(pathToFileURL(`${OUT}server.mjs`).href);
  const html = render();
  assert.match(html, /<belarus-timeline id="timeline"><\/belarus-timeline>/);
  assert.doesNotMatch(html, /\[object Object\]/);
});

test('after hydration the widgets show the app’s data, never the bundled dataset', async () => {
  await waitFor(() => ['timeline', 'indicators', 'quotes'].every((id) => document.getElementById(id)?.getAttribute('state') === 'ready'));
  const timeline = await shadowText('timeline');
  assert.ok(timeline.includes(appText.timelineTitle) && timeline.includes(appText.event), timeline.slice(0, 300));
  assert.ok((await shadowText('indicators')).includes(appText.indicator));
  assert.ok((await shadowText('quotes')).includes(appText.quote));

  const defaults = [DATASET.events[0].title, DATASET.indicators[0].indicator, DATASET.quotes[0].text.slice(0, 40)];
  const firstReady = await page.evaluate(() => globalThis.__firstReady);
  for (const id of ['timeline', 'indicators', 'quotes']) {
    for (const text of defaults) assert.ok(!firstReady[id].includes(text), `${id} first rendered the bundled dataset (“${text}”)`);
  }
  assert.ok(firstReady.timeline.includes(appText.event), 'the timeline’s first ready render is the app’s data');
  // Props that are attributes too arrive as well.
  assert.equal(await page.$eval('#timeline', (el) => el.getAttribute('theme')), 'dark');
  assert.equal(await page.$eval('#indicators', (el) => el.getAttribute('sort-by')), 'indicator');
});

test('a src that answers 404 reaches onDataError, and handlers that set state do not loop', async () => {
  await waitFor(() => document.getElementById('missing')?.getAttribute('state') === 'error');
  await waitFor(() => document.getElementById('counts')?.textContent === '1 1');
  // Let every render the handlers caused run out: React's commit, then each widget's update.
  await page.evaluate(async () => {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await Promise.all(Array.from(document.querySelectorAll('main > *')).map((el) => el.updateComplete));
    }
  });
  const handled = await page.evaluate(() => globalThis.__handled);
  assert.equal(handled.filter((h) => h.name === 'missing').length, 1, JSON.stringify(handled));
  assert.equal(handled.filter((h) => h.name === 'bad-row').length, 1, JSON.stringify(handled));
  assert.deepEqual(
    handled.find((h) => h.name === 'missing'),
    { name: 'missing', code: 'http-status', origin: 'src' },
  );
  assert.deepEqual(
    handled.find((h) => h.name === 'bad-row'),
    { name: 'bad-row', code: 'invalid-date', origin: 'property' },
  );
  assert.equal(await page.$eval('#counts', (el) => el.textContent), '1 1');
  // The valid rows of the broken data are shown.
  assert.ok((await shadowText('bad-row')).includes(appText.event));
});

test('hydration matched: no console errors, no recoverable hydration errors', async () => {
  assert.deepEqual(await page.evaluate(() => globalThis.__recoverable), []);
  assert.deepEqual(consoleErrors, []);
});
