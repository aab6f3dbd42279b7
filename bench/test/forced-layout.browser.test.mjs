// The forced-layout detection on real traces from headless Chromium: the same page with and
// without a layout its script forces.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch } from '../lib/browser.mjs';
import { startBenchServer } from '../lib/server.mjs';
import { traceRenderAlone } from '../lib/trace.mjs';

let server;
let browser;
before(async () => {
  server = await startBenchServer();
  ({ browser } = await launch());
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const PAGE = '/bench/test/fixtures/forced-layout.html';

test('a layout the script forces is found, and named by the script that forced it', async () => {
  const { forced } = await traceRenderAlone(browser, `${server.url}${PAGE}?force`);
  assert.equal(forced.layouts, 1);
  assert.match(forced.where.find((item) => item.kind === 'layout').at, /forced-layout\.js/);
});

test('the same page laid out by the browser in its own frame has no forced layout', async () => {
  const { forced, layout } = await traceRenderAlone(browser, `${server.url}${PAGE}`);
  assert.equal(forced.layouts, 0);
  assert.equal(forced.styles, 0);
  assert.ok(layout > 0, 'the page was laid out');
});
