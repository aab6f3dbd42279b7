// Measures the room each widget needs at each width with the bundled dataset, in every shipped
// language, for `npx belarus-widgets embed <widget> --src … --reserve bundled`: writes
// dist/static/reserve.json. Run after `rollup -c`: it loads dist/belarus-widgets.min.js in
// headless Chromium on a page set in 16px system-ui, sans-serif (the type of the benchmark's
// article page and of the builder), renders a copy of each widget at each width of
// RESERVE_WIDTHS and reads its height (src/embed/measure-reserve.ts, which the builder uses too).
//
// Without a Chromium it writes nothing and says so; the generator then refuses `--reserve
// bundled` with the reason, rather than writing heights nobody measured.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findBrowser } from './browser.mjs';
import { serve } from './serve.mjs';
import { TAGS } from './widgets.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = `${ROOT}dist/static/reserve.json`;
const FONT = '16px system-ui, sans-serif';

const started = performance.now();
let chromium;
try {
  chromium = await findBrowser();
} catch (error) {
  console.warn(`measure-reserve: ${OUT.slice(ROOT.length)} not written, no browser to measure in:\n${error.message}`);
  process.exit(0);
}

// The measuring code as the builder runs it, for the page.
const measuring = await build({
  entryPoints: [`${ROOT}src/embed/measure-reserve.ts`],
  bundle: true,
  format: 'iife',
  globalName: 'measuring',
  write: false,
  target: 'es2022',
  logLevel: 'silent',
});
// The generator's own writer of the attribute.
const { formatReserve } = await import(`${ROOT}dist/embed/snippet.js`);

let widths;
const server = await serve({ port: 0 });
const browser = await puppeteer.launch({ executablePath: chromium.executablePath, env: chromium.env, headless: true, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => ['error', 'warn'].includes(message.type()) && problems.push(message.text()));
  await page.setViewport({ width: 1280, height: 800 });
  await page.setContent(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>measure-reserve</title></head><body></body></html>`);
  await page.evaluate((font) => {
    document.documentElement.style.font = font;
    document.body.style.margin = '0';
  }, FONT);
  await page.addScriptTag({ url: `${server.url}/dist/belarus-widgets.min.js` });
  await page.addScriptTag({ content: measuring.outputFiles[0].text });
  const measured = await page.evaluate(async (tags) => {
    const { LOCALES } = window.BelarusWidgets;
    const { RESERVE_WIDTHS, measureReserve } = window.measuring;
    // Every widget in every language at once: they settle in the same frames.
    const groups = tags.flatMap((tag) =>
      LOCALES.map((lang) => {
        const copies = RESERVE_WIDTHS.map((width) => {
          const box = document.body.appendChild(document.createElement('div'));
          box.style.width = `${width}px`;
          const element = box.appendChild(document.createElement(tag));
          element.lang = lang;
          return element;
        });
        return { tag, lang, copies };
      }),
    );
    const reserve = {};
    for (const { tag, lang, copies, entries } of await Promise.all(groups.map(async (group) => ({ ...group, entries: await measureReserve(group.copies) })))) {
      if (!entries) throw new Error(`<${tag} lang="${lang}"> did not render its data: ${copies.map((copy) => copy.getAttribute('state')).join(', ')}`);
      (reserve[tag] ??= {})[lang] = entries;
    }
    return { widths: RESERVE_WIDTHS, reserve };
  }, TAGS);
  if (problems.length) throw new Error(`measure-reserve: the page reported problems:\n${problems.join('\n')}`);
  const reserve = Object.fromEntries(
    Object.entries(measured.reserve).map(([tag, byLang]) => [
      tag,
      Object.fromEntries(Object.entries(byLang).map(([lang, entries]) => [lang, formatReserve(entries)])),
    ]),
  );
  const { version } = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8'));
  const file = { version, measured: `${(await browser.version()).replace('Headless', '')}, ${FONT}, the bundled dataset`, widths: measured.widths, reserve };
  writeFileSync(OUT, `${JSON.stringify(file, null, 2)}\n`);
  widths = file.widths.length;
} finally {
  await browser.close();
  await server.close();
}
console.log(
  `measure-reserve: ${TAGS.length} widgets x ${widths} widths in every language to dist/static/reserve.json in ${Math.round(performance.now() - started)} ms`,
);
