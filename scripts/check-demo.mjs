// The demo page, checked the way a reader meets it: served from the built files, opened in
// headless Chromium at desktop and phone widths, light and dark. Fails on any console error,
// uncaught exception or failed request, and unless all three widgets reach state="ready" with
// their content on screen. Screenshots go to test-results/ for a human look.
import { mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findBrowser } from './browser.mjs';
import { serve } from './serve.mjs';
import { TAGS } from './widgets.mjs';

const VIEWS = [
  { name: 'desktop-light', width: 1280, scheme: 'light' },
  { name: 'phone-dark', width: 320, scheme: 'dark' },
];

const server = await serve({ port: 0 });
const browser = await findBrowser();
const instance = await puppeteer.launch({ executablePath: browser.executablePath, env: browser.env, headless: true, args: CHROMIUM_ARGS });
mkdirSync('test-results', { recursive: true });
const failures = [];
try {
  for (const view of VIEWS) {
    const page = await instance.newPage();
    const problems = [];
    page.on('console', (message) => message.type() === 'error' && problems.push(`console error: ${message.text()}`));
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
    page.on('response', (response) => response.status() >= 400 && problems.push(`HTTP ${response.status()}: ${response.url()}`));
    await page.setViewport({ width: view.width, height: 900 });
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: view.scheme }]);
    await page.goto(`${server.url}/demo/`, { waitUntil: 'networkidle0' });
    const states = await page
      .waitForFunction((tags) => tags.every((tag) => document.querySelector(tag)?.getAttribute('state') === 'ready'), { timeout: 10_000 }, TAGS)
      .then(() => null)
      .catch(async () => page.evaluate((tags) => tags.map((tag) => `${tag}: ${document.querySelector(tag)?.getAttribute('state')}`), TAGS));
    if (states) problems.push(`widgets not ready: ${states.join(', ')}`);
    const texts = await page.evaluate((tags) => tags.map((tag) => document.querySelector(tag)?.shadowRoot?.textContent ?? ''), TAGS);
    const expected = ['Freedom House rating', 'U.S. ambassador recalled', 'President Trump sent me to free you all.'];
    expected.forEach((text, i) => {
      if (!texts[i].includes(text)) problems.push(`${TAGS[i]} does not show “${text}”`);
    });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (overflow > 0) problems.push(`page scrolls sideways by ${overflow}px at ${view.width}px`);
    await page.screenshot({ path: `test-results/demo-${view.name}.png`, fullPage: true });
    for (const problem of problems) failures.push(`[${view.name}] ${problem}`);
    await page.close();
  }
} finally {
  await instance.close();
  await server.close();
}

if (failures.length) {
  console.error(`Demo page check failed:\n${failures.join('\n')}`);
  process.exit(1);
}
console.log(`Demo page check passed (${VIEWS.map((v) => v.name).join(', ')}); screenshots in test-results/.`);
