// Saves screenshots of <belarus-timeline> under test-results/timeline/ to look at (not a test:
// run it by hand, `node test/timeline/screenshots.mjs`). Serves the sources like
// measure-render.mjs; each shot is one widget in a container of the given width, light and dark:
// the SYNTHETIC 60-event newsroom fixture (test/timeline/newsroom-fixture.ts) at 360, 760 and
// 1200 px, with one of its years opened at 760 px, and the article's default dataset.
import { mkdir } from 'node:fs/promises';
import { serveSourcesWithBrowser } from '../support/source-browser.mjs';

const OUT = 'test-results/timeline';
const SHOTS = [
  ...[360, 760, 1200].map((width) => ({ name: `newsroom-${width}`, query: `data=newsroom&width=${width}` })),
  { name: 'newsroom-760-2019-opened', query: 'data=newsroom&width=760&open=2019' },
  ...[360, 760, 1200].map((width) => ({ name: `article-${width}`, query: `width=${width}` })),
  { name: 'article-760-selected', query: 'width=760&select=thaw' },
];

await mkdir(OUT, { recursive: true });
const { base, browser: instance, close } = await serveSourcesWithBrowser();
const only = process.argv[2];
try {
  const page = await instance.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  for (const shot of SHOTS.filter((s) => !only || s.name.includes(only))) {
    for (const theme of ['light', 'dark']) {
      const width = Number(/width=(\d+)/.exec(shot.query)[1]);
      await page.setViewport({ width: width + 32, height: 900 });
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: theme }]);
      await page.goto(`${base}/test/timeline/screenshots.html?${shot.query}&theme=${theme}`, { waitUntil: 'networkidle0' });
      await page.evaluate(() => window.ready);
      // The first 900 px (the picture and the start of the list), and the whole page.
      for (const [suffix, fullPage] of [
        ['', false],
        ['-full', true],
      ]) {
        const path = `${OUT}/${shot.name}-${theme}${suffix}.png`;
        await page.screenshot({ path, fullPage });
        console.log(`saved ${path}`);
      }
    }
  }
} finally {
  await close();
}
