// Opens a page in headless Chromium and saves a screenshot, the way a person checks a page:
//   node scripts/screenshot.mjs <url> <out.png> [--width 1024] [--height 800] [--dark] [--full]
//        [--reduced-motion] [--wait "css selector"]
// Prints the page's console errors and failed requests, and exits 1 if there were any.
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findBrowser } from './browser.mjs';

const [url, out] = process.argv.slice(2);
const flag = (name) => process.argv.includes(`--${name}`);
const option = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > -1 ? process.argv[index + 1] : fallback;
};
if (!url || !out) {
  console.error('usage: node scripts/screenshot.mjs <url> <out.png> [--width N] [--dark] [--full] [--wait selector]');
  process.exit(2);
}

const browser = await findBrowser();
const instance = await puppeteer.launch({ executablePath: browser.executablePath, env: browser.env, headless: true, args: CHROMIUM_ARGS });
const problems = [];
try {
  const page = await instance.newPage();
  page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
  await page.setViewport({ width: Number(option('width', 1024)), height: Number(option('height', 800)) });
  await page.emulateMediaFeatures([
    { name: 'prefers-color-scheme', value: flag('dark') ? 'dark' : 'light' },
    { name: 'prefers-reduced-motion', value: flag('reduced-motion') ? 'reduce' : 'no-preference' },
  ]);
  await page.goto(url, { waitUntil: 'networkidle0' });
  const wait = option('wait');
  if (wait) await page.waitForSelector(wait, { timeout: 10_000 });
  await new Promise((resolve) => setTimeout(resolve, 300));
  await page.screenshot({ path: out, fullPage: flag('full') });
  console.log(`saved ${out}`);
} finally {
  await instance.close();
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
