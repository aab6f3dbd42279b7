// Measures <belarus-timeline> with many SYNTHETIC events in headless Chromium (not a test: run
// it by hand, `node test/timeline/measure-render.mjs [runs]`). Serves the sources with Lit in
// production mode and reports the median of each figure:
//   update        - from setting `.data` until the element's update completed (validate + model
//                   + layout + render, script only);
//   render        - the same until the next frame has been produced (plus style, layout, paint);
//   End key       - from pressing End in the list until the last event is focused on its page;
//   resize        - from changing the container width until the new layout is drawn.
import { serveSourcesWithBrowser } from '../support/source-browser.mjs';

const runs = Number(process.argv[2] ?? 5);
const { base, browser: instance, close } = await serveSourcesWithBrowser();
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

try {
  const page = await instance.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  for (const count of [6, 1000, 5000, 10000]) {
    const figures = { update: [], render: [], end: [], resize: [] };
    for (let run = 0; run < runs; run++) {
      await page.goto(`${base}/test/timeline/measure-render.html`, { waitUntil: 'networkidle0' });
      const result = await page.evaluate((n) => window.measure(n), count);
      for (const key of Object.keys(figures)) figures[key].push(result[key]);
    }
    const line = Object.entries(figures)
      .map(([key, values]) => `${key} ${median(values).toFixed(0)} ms`)
      .join(', ');
    console.log(`${String(count).padStart(5)} synthetic events (1,280 px wide): ${line}`);
  }
} finally {
  await close();
}
