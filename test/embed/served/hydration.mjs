// The three pre-rendered fragments (dist/static/) on one article page, taken over by each way of
// loading the widgets:
//
//   classic script   the fragments' own <script defer> (dist/belarus-widgets.min.js)
//   npm modules      a Vite app (hydrate-app/) with the packed package installed, three ways:
//                    hydrate.js then define.js (as the README asks); the same in an app whose
//                    bundle evaluates Lit first; define.js alone (no hydration)
//
// Each script arrives 300 ms late, so the markup is painted first. Hydrated means: every node
// the shadow roots had before the script ran is still in them, state="ready", no layout shift at
// 390 px (at 1280 px, where the timeline adds its picture into room the static stylesheet
// estimates, under 0.01 as on the demo page), a clean console, one Lit on the page (with npm the
// app's, shared), Lit's hydration hook not left on the page, and a carousel that turns when the
// mouse presses its next button. Without hydrate.js the widgets render anew, but once: no second
// copy beside the server's, and no shift either.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { pack } from '../../../examples/npm-consumer/build.mjs';
import { DATASET, env, expect, figures, open, report, TAGS, VERSION } from './harness.mjs';

const APP = fileURLToPath(new URL('hydrate-app/', import.meta.url));
const OUT = '.cache/hydrate-app';
const APP_PAGES = ['hydrate', 'lit-first', 'define-only'];

/** Runs in the page right after the fragments are parsed, before any script of the widgets. */
const MARK = `<script>window.__serverNodes = Object.fromEntries(${JSON.stringify(TAGS)}.map((tag) => [tag, Array.from(document.querySelector(tag).shadowRoot.querySelectorAll('*'))]));</script>`;

/** The shipped fragments, with their CDN URLs pointing at this server's dist/. */
async function fragments() {
  const { defaultBase } = await import(new URL('../../../dist/embed/snippet.js', import.meta.url));
  const base = defaultBase(VERSION);
  return TAGS.map((tag) => readFileSync(`dist/static/${tag}.html`, 'utf8').replaceAll(base, '/dist/')).join('');
}

/** Installs the tarball into the app as npm would (its dependencies resolve from the repository's node_modules). */
function install(tarball) {
  const target = `${APP}node_modules/belarus-widgets`;
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', target, '--strip-components=1']);
}

/** Builds one page of the app with Vite; says so and returns false when it does not build. */
async function buildPage(name) {
  try {
    await build({
      root: APP,
      base: './',
      configFile: false,
      logLevel: 'silent',
      build: { outDir: `${process.cwd()}/${OUT}/${name}`, emptyOutDir: true, rolldownOptions: { input: `${APP}${name}.html` } },
    });
    return true;
  } catch (error) {
    return expect(false, `[hydration, npm ${name}] the Vite app does not build: ${error.message}`);
  }
}

/** In the page: what became of each widget's server nodes, and what the page holds. */
function outcome(tags) {
  const widgets = tags.map((tag) => {
    const element = document.querySelector(tag);
    const root = element.shadowRoot;
    const before = window.__serverNodes[tag];
    return {
      tag,
      state: element.state,
      kept: before.filter((node) => node.getRootNode() === root).length,
      before: before.length,
      copies: root.querySelectorAll('[part~="base"]').length,
    };
  });
  return {
    widgets,
    shift: window.__embedCheck.shifts.reduce((sum, value) => sum + value, 0),
    lits: [window.litHtmlVersions?.length, window.litElementVersions?.length],
    hookLeft: 'litElementHydrateSupport' in globalThis,
  };
}

async function takenOver(label, path, markup, { width, delay, hydrates, shiftLimit }) {
  const ending = path.slice(path.lastIndexOf('/'));
  const { page, problems } = await open(env.plain, path, {
    width,
    height: 3400,
    delay: { [delay]: 300 },
    waitUntil: 'load',
    rewrite: { [ending]: (html) => html.replace('<!-- fragments -->', `${markup}${MARK}`) },
  });
  try {
    await page.waitForFunction((tags) => tags.every((tag) => customElements.get(tag)), { timeout: 10_000 }, TAGS);
    await page.evaluate(async (tags) => {
      await Promise.all(tags.map((tag) => document.querySelector(tag).updateComplete));
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    }, TAGS);
    const seen = await page.evaluate(outcome, TAGS);
    for (const { tag, state, kept, before, copies } of seen.widgets) {
      expect(state === 'ready', `[${label}] <${tag}> is ${state}, not ready`);
      expect(copies === 1, `[${label}] <${tag}> shows ${copies} copies of its content`);
      if (hydrates) expect(kept === before, `[${label}] <${tag}> kept ${kept} of the ${before} server nodes (re-rendered, not hydrated in place)`);
    }
    expect(seen.shift <= shiftLimit, `[${label}] layout shift ${seen.shift.toFixed(5)} while the script took over`);
    figures[`${label}: layout shift`] =
      `${seen.shift.toFixed(5)}${hydrates ? '' : ` (rendered anew: ${seen.widgets.map((w) => w.kept).join('/')} server nodes kept)`}`;
    expect(
      seen.lits.every((count) => count === 1),
      `[${label}] Lit copies on the page (lit-html, lit-element): ${seen.lits}`,
    );
    expect(!seen.hookLeft, `[${label}] Lit's hydration hook was left on the page`);
    // Interactive afterwards: the mouse presses the carousel's next button.
    const next = await page.evaluateHandle(() => document.querySelector('belarus-quotes').shadowRoot.querySelector('button.next'));
    await next.click();
    const turned = await page
      .waitForFunction(
        (text) => {
          const quotes = document.querySelector('belarus-quotes');
          return quotes.index === 1 && quotes.shadowRoot.querySelector('.slide:not([inert])')?.textContent.includes(text);
        },
        { timeout: 5_000 },
        DATASET.quotes[1].text,
      )
      .then(
        () => true,
        () => false,
      );
    expect(turned, `[${label}] the carousel did not turn when its next button was pressed`);
    await page.screenshot({ path: `test-results/embed-${label.replace(/[^a-z0-9]+/gi, '-')}.png` });
  } catch (error) {
    expect(false, `[${label}] ${error.message}`);
  }
  report(label, problems);
  await page.close();
}

export async function hydration(tarball) {
  install(tarball || pack().tarball);
  const built = [];
  for (const name of APP_PAGES) if (await buildPage(name)) built.push(name);
  const markup = await fragments();
  const withoutScripts = markup.replace(/<script [^>]*><\/script>/g, '');
  const classic = { path: '/test/embed/served/hydrate-app/classic.html', markup, delay: '/belarus-widgets.min.js', hydrates: true };
  const npm = (name) => ({ path: `/${OUT}/${name}/${name}.html`, markup: withoutScripts, delay: '.js', hydrates: name !== 'define-only' });
  // At 390 px a shift must be none at all; at 1280 px the timeline's picture is added after
  // hydration, into room the static stylesheet estimates (see scripts/prerender.mjs).
  const runs = [
    ['classic script', classic, 390, 0],
    ...built.map((name) => [`npm ${name}`, npm(name), 390, 0]),
    ['classic script', classic, 1280, 0.01],
    ...built.filter((name) => name === 'hydrate').map((name) => [`npm ${name}`, npm(name), 1280, 0.01]),
  ];
  for (const [name, { path, markup: html, ...options }, width, shiftLimit] of runs) {
    await takenOver(`hydration, ${name} ${width}`, path, html, { ...options, width, shiftLimit });
  }
}
