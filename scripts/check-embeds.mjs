// Every way of embedding the widgets, checked on served pages in headless Chromium, the way a
// newsroom's pages meet them (run after `npm run build`):
//
//   script   the classic script pasted twice (plus once more without defer) in one article;
//            a host with a news theme's global CSS reset, and one that unsets every property;
//            tags a CMS wrapped in <p> (with <br>, slotted title, inline JSON)
//   iframe   dist/embed.html in three frames with the resizer: the heights they post (all three
//            formats), as the column narrows and the data changes; a resizer that loads late;
//            pym.js asking for the height; wrong parameters
//   static   the pre-rendered page without JavaScript (content readable) and with a slow script
//            (hydrated in place, layout shift measured); markup from another version or with
//            templates that do not match (rendered anew, never frozen)
//   hydration  the three fragments on one page, taken over by the classic script and by the
//            npm modules in a Vite app (belarus-widgets/hydrate.js + define.js; also with Lit
//            evaluated first; define.js alone renders anew, once): same nodes, no shift, one Lit
//   CSP      the pages above served with `default-src 'self'; script-src 'self'; style-src
//            'self'; require-trusted-types-for 'script'; trusted-types lit-html`, interacted
//            with: zero violations (and a control that shows the policy is enforced)
//   npm      the package as `npm pack` makes it, installed into examples/npm-consumer, type-
//            checked, bundled by esbuild (tree-shaking probes) and rendered; publint on the tarball
//   CLI      `belarus-widgets embed` exit codes and escaping; its snippets pasted into a page
//
// Fails (exit 1) with the list of what went wrong; prints the figures either way. The sections
// live in test/embed/served/. `node scripts/check-embeds.mjs npm hydration` runs only the
// sections named.
import { strictCsp } from '../test/embed/served/csp.mjs';
import { failures, figures, notes, start, stop, env } from '../test/embed/served/harness.mjs';
import { iframes } from '../test/embed/served/iframe.mjs';
import { hydration } from '../test/embed/served/hydration.mjs';
import { generator, npmPackage, sizes } from '../test/embed/served/package.mjs';
import { scriptPlacement } from '../test/embed/served/placement.mjs';
import { cssReset, paragraphWrapped, scriptTwice } from '../test/embed/served/script.mjs';
import { staticMismatch, staticScriptMissing, staticWithJavaScript, staticWithoutJavaScript } from '../test/embed/served/static.mjs';

const started = performance.now();
const only = process.argv.slice(2);
await start();
/** The packed package, once the npm section has built the example consumer from it. */
let tarball = false;
const sections = [
  ['script twice', scriptTwice],
  ['script placement', scriptPlacement],
  ['css reset', cssReset],
  ['p-wrapped', paragraphWrapped],
  ['iframe', iframes],
  ['static without JS', staticWithoutJavaScript],
  ['static with JS', () => staticWithJavaScript(env.plain, 'static')],
  ['static, script missing', staticScriptMissing],
  ['static mismatch', staticMismatch],
  ['cli', generator],
  ['npm', async () => (tarball = await npmPackage())],
  ['hydration', () => hydration(tarball)],
  ['CSP', () => strictCsp(Boolean(tarball))],
  ['static under CSP', () => staticWithJavaScript(env.strict, 'static under CSP')],
].filter(([name]) => !only.length || only.includes(name));
try {
  for (const [name, run] of sections) {
    try {
      await run();
    } catch (error) {
      failures.push(`[${name}] ${error.stack ?? error}`);
    }
  }
  sizes();
} finally {
  await stop();
}

console.log('Embed figures:');
for (const [name, value] of Object.entries(figures)) console.log(`  ${name}: ${value}`);
for (const note of notes) console.log(`  note: ${note}`);
if (failures.length) {
  console.error(`\nEmbed checks failed:\n${failures.map((f) => `  ${f}`).join('\n')}`);
  process.exit(1);
}
console.log(`Embed checks passed in ${((performance.now() - started) / 1000).toFixed(1)} s; screenshots in test-results/.`);
