// Loads every story of the static Storybook build (storybook-static/) in headless Chromium and
// fails on any console error, uncaught exception, failed request, or axe violation (WCAG 2.2 A/AA
// rules, target-size included) inside the story root. Run after `npm run build-storybook`.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findBrowser } from './browser.mjs';

const ROOT = join(process.cwd(), 'storybook-static');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.csv': 'text/csv',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

const server = createServer((request, response) => {
  const path = normalize(join(ROOT, decodeURIComponent(new URL(request.url, 'http://x').pathname)));
  // Browsers ask for it on every page; a static host without one answers 404, which is no story's fault.
  if (path === join(ROOT, 'favicon.ico')) return void response.writeHead(204).end();
  try {
    const body = readFileSync(path.endsWith('/') ? join(path, 'index.html') : path);
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const index = JSON.parse(readFileSync(join(ROOT, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
// Stories that show a failing request on purpose declare it: parameters are not in index.json,
// so the convention is the tag `expected-request-failure`.
const expectsFailure = (story) => (story.tags ?? []).includes('expected-request-failure');

const browser = await findBrowser();
const instance = await puppeteer.launch({ executablePath: browser.executablePath, env: browser.env, headless: true, args: CHROMIUM_ARGS });
const failures = [];
try {
  const page = await instance.newPage();
  await page.setViewport({ width: 1100, height: 900 });
  for (const story of stories) {
    const problems = [];
    const onConsole = (message) => message.type() === 'error' && problems.push(`console error: ${message.text()}`);
    const onError = (error) => problems.push(`uncaught: ${error.message}`);
    const onFailed = (request) => problems.push(`request failed: ${request.url()}`);
    const onResponse = (response) => response.status() >= 400 && problems.push(`HTTP ${response.status()} ${response.url()}`);
    page.on('console', onConsole);
    page.on('pageerror', onError);
    page.on('requestfailed', onFailed);
    page.on('response', onResponse);
    await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'networkidle0', timeout: 30_000 });
    await page
      .waitForFunction(
        () =>
          [...document.querySelectorAll('#storybook-root *')]
            .filter((el) => el.localName.startsWith('belarus-'))
            .every((el) => el.getAttribute('state') !== 'loading'),
        { timeout: 10_000 },
      )
      .catch(() => {});
    await page.addScriptTag({ content: AXE });
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run('#storybook-root', {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
        rules: { 'target-size': { enabled: true }, region: { enabled: false } },
        resultTypes: ['violations'],
      });
      return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
    });
    problems.push(...violations.map((v) => `axe ${v}`));
    page.off('console', onConsole).off('pageerror', onError).off('requestfailed', onFailed).off('response', onResponse);
    const real = expectsFailure(story) ? problems.filter((p) => p.startsWith('axe') || p.startsWith('uncaught')) : problems;
    if (real.length) failures.push(`${story.id}\n    ${real.join('\n    ')}`);
    else console.log(`ok  ${story.id}`);
  }
} finally {
  await instance.close();
  server.close();
}
if (failures.length) {
  console.error(`\n${failures.length} of ${stories.length} stories failed:\n${failures.join('\n')}`);
  process.exit(1);
}
console.log(`\nAll ${stories.length} stories load without errors or axe violations.`);
