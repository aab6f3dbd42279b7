// The builder page (dist/builder/, at /builder/ of scripts/serve.mjs), driven in headless
// Chromium the way a producer uses it (run after `npm run build`; `npm test` does):
//
//   paste      cells copied from a sheet pasted in: preview ready, problems counted in the live
//              status, a problem's row shown and focused; the script snippet in a fresh article
//              page (strict CSP, the built script) shows the same rows
//   file       a Google Sheets CSV uploaded: the date order chosen, headline and a category
//              label edited into meta; the snippet shows the same rows and headline
//   url        a published CSV's address: script-by-URL and iframe snippets show the same rows
//   static     the static HTML of the producer's data: readable with JavaScript off, the same
//              rows once the script runs
//   downloads  JSON and CSV read back to the embedded data; PNG and SVG decode as images of the
//              widget's size; under a CSP without img-src data: the PNG says why
//   a11y       the names the tests rely on, axe in light and dark, screenshots at 1280 and 390 px
//
// Fails (exit 1) with the list of what went wrong; prints the figures either way. The sections
// live in test/builder/; `node scripts/check-builder.mjs paste static` runs only those named.
import { accessible } from '../test/builder/a11y.mjs';
import { downloads } from '../test/builder/downloads.mjs';
import { uploaded } from '../test/builder/file.mjs';
import { failures, figures, RESULTS, start, stop } from '../test/builder/harness.mjs';
import { pasted } from '../test/builder/paste.mjs';
import { staticHtml } from '../test/builder/static.mjs';
import { fromUrl } from '../test/builder/url.mjs';

const started = performance.now();
const only = process.argv.slice(2);
const sections = [
  ['paste', pasted],
  ['file', uploaded],
  ['url', fromUrl],
  ['static', staticHtml],
  ['downloads', downloads],
  ['a11y', accessible],
].filter(([name]) => !only.length || only.includes(name));
await start();
try {
  for (const [name, run] of sections) {
    const at = performance.now();
    try {
      await run();
    } catch (error) {
      failures.push(`[${name}] ${error.stack ?? error}`);
    }
    console.log(`  ${name}: ${((performance.now() - at) / 1000).toFixed(1)} s`);
  }
} finally {
  await stop();
}

for (const [name, value] of Object.entries(figures)) console.log(`  ${name}: ${value}`);
if (failures.length) {
  console.error(`\nBuilder checks failed:\n${failures.map((f) => `  ${f}`).join('\n')}`);
  process.exit(1);
}
console.log(`Builder checks passed in ${((performance.now() - started) / 1000).toFixed(1)} s; screenshots in ${RESULTS}/.`);
