// Screenshots and row heights of the SYNTHETIC 30-row table (test/indicators/newsroom.html) at
// phone, tablet and desktop widths, light and dark, saved in test-results/indicators/ to look at:
//   source /tmp/env.sh; node test/indicators/screenshots.mjs
// Prints the widget's height and the tallest and mean body row per width. The article's own table
// is saved beside it (article-<width>-<theme>.png), and the fixture with two broken rows in the
// producer's debug view (broken-<width>-<theme>.png).
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findBrowser } from '../../scripts/browser.mjs';

const WIDTHS = [360, 760, 1200, 1280];
const THEMES = ['light', 'dark'];
const DATA = ['newsroom', 'article', 'broken'];
const OUT = resolve('test-results/indicators');

await mkdir(OUT, { recursive: true });
const server = await startDevServer({
  config: { port: 0, nodeResolve: true, plugins: [esbuildPlugin({ ts: true, target: 'esnext', tsconfig: './tsconfig.json' })] },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const { port } = server.server.address();
const browser = await findBrowser();
const instance = await puppeteer.launch({ executablePath: browser.executablePath, env: browser.env, headless: true, args: CHROMIUM_ARGS });
try {
  for (const data of DATA)
    for (const width of WIDTHS) {
      for (const theme of THEMES) {
        const page = await instance.newPage();
        page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
        page.on(
          'console',
          (message) => message.type() === 'error' && !message.location().url?.endsWith('favicon.ico') && console.error(`console: ${message.text()}`),
        );
        page.on('requestfailed', (request) => console.error(`request failed: ${request.url()}`));
        await page.setViewport({ width, height: 800 });
        await page.goto(`http://localhost:${port}/test/indicators/newsroom.html?theme=${theme}&data=${data}`, { waitUntil: 'networkidle0' });
        await page.waitForFunction(() => document.querySelector('belarus-indicators')?.getAttribute('state') === 'ready');
        await page.evaluate(() => document.querySelector('belarus-indicators').updateComplete);
        const sizes = await page.evaluate(() => {
          const el = document.querySelector('belarus-indicators');
          const rows = [...el.shadowRoot.querySelectorAll('tbody tr')].map((tr) => tr.getBoundingClientRect().height);
          return { widget: el.getBoundingClientRect().height, rows: rows.length, max: Math.max(...rows), mean: rows.reduce((a, b) => a + b, 0) / rows.length };
        });
        if (theme === 'light' && data === 'newsroom') {
          console.log(
            `${width}px: widget ${Math.round(sizes.widget)} px, ${sizes.rows} rows, mean ${sizes.mean.toFixed(1)} px, tallest ${sizes.max.toFixed(1)} px`,
          );
        }
        if (width !== 1280) await page.screenshot({ path: `${OUT}/${data}-${width}-${theme}.png`, fullPage: true });
        await page.close();
      }
    }
} finally {
  await instance.close();
  await server.stop();
}
