// The built files, checked as they ship (run after `npm run build`; `npm test` does):
//
//   bytes    every script and stylesheet in dist/ is pure ASCII, so a page in another encoding
//            cannot garble them
//   markup   the pre-rendered HTML (dist/static/, and parts.json in every language) is valid
//            HTML with well-formed SVG and no legacy attributes
//   static   each pre-rendered fragment on an article page, without JavaScript and with its
//            script: content, accessibility tree, axe, hydration in place
//   charset  a windows-1251 page that loads belarus-widgets.min.js sent without a charset
//   scripts  the per-widget scripts alone, together with the all-in-one under a strict CSP, and
//            the languages they load on demand
//
// The browser tests of the tags run against the built script too: web-test-runner.dist.config.mjs.
// Prints the time of each part; fails (exit 1) with the list of what went wrong. The checks live
// in test/built/. `node scripts/check-dist.mjs static charset` runs only the parts named.
import { start, stop } from '../test/embed/served/harness.mjs';
import { asciiFiles } from '../test/built/ascii.mjs';
import { windows1251Page } from '../test/built/charset.mjs';
import { fragments } from '../test/built/fragments.mjs';
import { staticHtml } from '../test/built/static-html.mjs';
import { check, tally } from '../test/built/tally.mjs';
import { widgetScripts } from '../test/built/widget-scripts.mjs';

const started = performance.now();
const only = process.argv.slice(2);
const parts = [
  ['bytes', asciiFiles],
  ['markup', staticHtml],
  ['static', fragments],
  ['charset', windows1251Page],
  ['scripts', widgetScripts],
].filter(([name]) => !only.length || only.includes(name));
await start();
try {
  for (const [name, run] of parts) {
    const before = { at: performance.now(), count: tally.passed + tally.failed };
    try {
      await run();
    } catch (error) {
      check(false, `[${name}] ${error.stack ?? error}`);
    }
    const seconds = ((performance.now() - before.at) / 1000).toFixed(1);
    console.log(`  ${name}: ${tally.passed + tally.failed - before.count} checks in ${seconds} s`);
  }
} finally {
  await stop();
}

if (tally.failures.length) console.error(`\nBuilt-file checks failed:\n${tally.failures.map((f) => `  ${f}`).join('\n')}\n`);
console.log(`Built files checked in ${((performance.now() - started) / 1000).toFixed(1)} s; screenshots in test-results/.`);
console.log(`dist: ${tally.passed} passed, ${tally.failed} failed`);
process.exit(tally.failed ? 1 : 0);
