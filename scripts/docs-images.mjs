// Takes the README's picture of each widget (docs/images/<widget>.png): the built per-widget
// script on a plain page, 720 px wide, light theme, the article's data. Run after `npm run build`.
import { mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findBrowser } from './browser.mjs';
import { serve } from './serve.mjs';
import { WIDGETS } from './widgets.mjs';

const server = await serve({ port: 0 });
const browser = await findBrowser();
const instance = await puppeteer.launch({ executablePath: browser.executablePath, env: browser.env, headless: true, args: CHROMIUM_ARGS });
mkdirSync('docs/images', { recursive: true });
try {
  for (const widget of WIDGETS) {
    const page = await instance.newPage();
    await page.setViewport({ width: 760, height: 900, deviceScaleFactor: 1 });
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (!request.url().endsWith('/docs-image.html')) return void request.continue();
      request.respond({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="en"><meta charset="utf-8"><title>${widget}</title>
<style>body { margin: 0; padding: 20px; font: 16px/1.5 Georgia, serif; background: #fff; } belarus-${widget} { max-width: 720px; }</style>
<script src="/dist/belarus-${widget}.min.js" defer></script>
<belarus-${widget} theme="light"></belarus-${widget}>`,
      });
    });
    await page.goto(`${server.url}/docs-image.html`, { waitUntil: 'networkidle0' });
    await page.waitForFunction((tag) => document.querySelector(tag)?.getAttribute('state') === 'ready', {}, `belarus-${widget}`);
    await page.evaluate(() => document.fonts.ready);
    const element = await page.$(`belarus-${widget}`);
    await element.screenshot({ path: `docs/images/${widget}.png` });
    await page.close();
    console.log(`docs/images/${widget}.png`);
  }
} finally {
  await instance.close();
  await server.close();
}
