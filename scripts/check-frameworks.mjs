// The package as framework apps use it (run after `npm run build`): packs the repository
// (`npm pack` into a temporary folder), installs the tarball into each app of examples/ (its own
// lock file: `npm ci`, then the tarball by path with `--no-save`, so nothing committed changes),
// type-checks and builds it, serves it, and opens it in headless Chromium:
//
//   react-vite   React 19 + Vite, the components of belarus-widgets/react, client-rendered;
//                strict tsc (skipLibCheck false) over the JSX typings check file
//   next-app     Next.js App Router: a Server Component page rendered on the server (the HTML
//                must carry the tags) and hydrated in the browser
//   vue-vite     Vue 3 + Vite, the plain tags, vue-tsc with belarus-widgets/vue
//   svelte-vite  Svelte 5 + Vite, the plain tags, svelte-check with belarus-widgets/svelte
//
// Every app gives the three widgets its own data and one widget a `src` that answers 404, and
// shows the problems its handler received. The check: each widget is `ready` with the app's data
// (none shows the bundled dataset), the 404 reached the app's handler, and the console is clean.
// Screenshots go to test-results/frameworks-<app>.png. Prints the time of each step.
//
//   node scripts/check-frameworks.mjs [--only react-vite,next-app] [--tarball path.tgz]
import { execFileSync, spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findBrowser } from './browser.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATASET = JSON.parse(readFileSync(`${ROOT}data/us-belarus-relations.json`, 'utf8'));
const TIMEOUT = 30_000;

/** What every example app shows (each app has these strings in its own source). */
const APP_TEXT = {
  'belarus-timeline': ['Newsroom timeline (example app)', 'Example app event'],
  'belarus-indicators': ['Example app indicator'],
  'belarus-quotes': ['A quote from the example app.'],
};
const DEFAULT_TEXT = [DATASET.events[0].title, DATASET.indicators[0].indicator, DATASET.quotes[0].text.slice(0, 40)];

const EXAMPLES = {
  'react-vite': { typecheck: ['npx', 'tsc', '-p', 'tsconfig.json'], build: ['npx', 'vite', 'build'], serve: 'static' },
  'next-app': { build: ['npx', 'next', 'build'], serve: 'next' },
  'vue-vite': { typecheck: ['npx', 'vue-tsc', '-p', 'tsconfig.json'], build: ['npx', 'vite', 'build'], serve: 'static' },
  'svelte-vite': {
    typecheck: ['npx', 'svelte-check', '--fail-on-warnings', '--tsconfig', './tsconfig.json'],
    build: ['npx', 'vite', 'build'],
    serve: 'static',
  },
};

const { values: options } = parseArgs({ options: { only: { type: 'string' }, tarball: { type: 'string' } } });
const names = options.only ? options.only.split(',') : Object.keys(EXAMPLES);
const failures = [];
const timings = [];
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };

function step(label, fn) {
  const started = performance.now();
  const done = (value) => {
    timings.push([label, (performance.now() - started) / 1000]);
    return value;
  };
  const result = fn();
  return result instanceof Promise ? result.then(done) : done(result);
}

function run(command, cwd) {
  try {
    execFileSync(command[0], command.slice(1), { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    throw new Error(`${command.join(' ')} (in ${cwd}) failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`.trim(), { cause: error });
  }
}

function pack() {
  if (options.tarball) return options.tarball;
  if (!existsSync(`${ROOT}dist/react/index.js`)) throw new Error('dist/ is not built (or has no React entry): run npm run build first.');
  const destination = mkdtempSync(join(tmpdir(), 'belarus-widgets-pack-'));
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', destination], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [report] = JSON.parse(out.slice(out.indexOf('[')));
  return join(destination, report.filename);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** Serves a built app's folder; everything else (the app's missing data file) is a 404. */
function serveStatic(dir) {
  const server = createServer((request, response) => {
    const pathname = new URL(request.url, 'http://localhost').pathname;
    let path = normalize(join(dir, decodeURIComponent(pathname)));
    if (!path.startsWith(dir)) return void response.writeHead(403).end();
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) return void response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(response);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() })),
  );
}

/** `next start` on a free port; resolves once it answers. */
async function serveNext(dir) {
  const port = await new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address();
      probe.close(() => resolve(free));
    });
  });
  const child = spawn('npx', ['next', 'start', '-H', '127.0.0.1', '-p', String(port)], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}/`;
  const close = () => {
    try {
      process.kill(-child.pid);
    } catch {
      // already gone
    }
  };
  // Next prints "Ready" once it listens.
  const ready = await new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), TIMEOUT);
    const look = () => /Ready/.test(output) && (clearTimeout(timer), resolve(true));
    child.stdout.on('data', look);
    child.on('exit', () => (clearTimeout(timer), resolve(false)));
  });
  if (ready) return { url, close };
  close();
  throw new Error(`next start did not answer in ${TIMEOUT / 1000} s: ${output}`);
}

async function checkPage(browser, name, url) {
  const problems = [];
  const page = await browser.newPage();
  await page.setViewport({ width: 900, height: 1400 });
  page.on('console', (message) => {
    if (message.type() === 'error' && !/404/.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(url);
  try {
    await page.waitForFunction(
      () =>
        Array.from(document.querySelectorAll('belarus-timeline, belarus-indicators, belarus-quotes:not(#missing)')).every(
          (el) => el.getAttribute('state') === 'ready',
        ) &&
        document.querySelector('#missing')?.getAttribute('state') === 'error' &&
        /http-status/.test(document.querySelector('#problems')?.textContent ?? ''),
      { timeout: TIMEOUT },
    );
  } catch {
    problems.push('the widgets did not all become ready (or the missing file did not reach the handler)');
  }
  const shown = await page.evaluate(() =>
    Array.from(document.querySelectorAll('belarus-timeline, belarus-indicators, belarus-quotes:not(#missing)')).map((el) => ({
      tag: el.localName,
      state: el.getAttribute('state'),
      text: el.shadowRoot?.textContent ?? '',
    })),
  );
  for (const tag of Object.keys(APP_TEXT)) if (!shown.some((widget) => widget.tag === tag)) problems.push(`no <${tag}> on the page`);
  for (const { tag, state, text } of shown) {
    for (const expected of APP_TEXT[tag]) if (!text.includes(expected)) problems.push(`<${tag}> (${state}) does not show “${expected}”`);
    for (const bundled of DEFAULT_TEXT) if (text.includes(bundled)) problems.push(`<${tag}> shows the bundled dataset (“${bundled}”)`);
  }
  const reported = await page.evaluate(() => document.querySelector('#problems')?.textContent);
  if (!/http-status/.test(reported ?? '')) problems.push(`the app's error handler got: ${reported}`);
  mkdirSync(`${ROOT}test-results`, { recursive: true });
  await page.screenshot({ path: `${ROOT}test-results/frameworks-${name}.png`, fullPage: true });
  await page.close();
  return problems;
}

const started = performance.now();
let browser;
try {
  const tarball = step('npm pack', pack);
  const chromium = await findBrowser();
  browser = await puppeteer.launch({ executablePath: chromium.executablePath, env: chromium.env, headless: true, args: CHROMIUM_ARGS });
  for (const name of names) {
    const example = EXAMPLES[name];
    const dir = `${ROOT}examples/${name}/`;
    try {
      step(`${name}: npm ci`, () => run(['npm', 'ci'], dir));
      step(`${name}: install the tarball`, () => run(['npm', 'install', '--no-save', tarball], dir));
      if (example.typecheck) step(`${name}: typecheck`, () => run(example.typecheck, dir));
      rmSync(`${dir}dist`, { recursive: true, force: true });
      step(`${name}: build`, () => run(example.build, dir));
      const server = await step(`${name}: serve`, () => (example.serve === 'next' ? serveNext(dir) : serveStatic(`${dir}dist`)));
      try {
        if (example.serve === 'next') {
          const html = await (await fetch(server.url)).text();
          for (const tag of Object.keys(APP_TEXT)) if (!html.includes(`<${tag}`)) failures.push(`[${name}] the server's HTML has no <${tag}>`);
        }
        const problems = await step(`${name}: page`, () => checkPage(browser, name, server.url));
        failures.push(...problems.map((problem) => `[${name}] ${problem}`));
      } finally {
        server.close();
      }
    } catch (error) {
      failures.push(`[${name}] ${error.message}`);
    }
  }
} finally {
  await browser?.close();
}

console.log('Framework check timings:');
for (const [label, seconds] of timings) console.log(`  ${label}: ${seconds.toFixed(1)} s`);
const total = ((performance.now() - started) / 1000).toFixed(1);
if (failures.length) {
  console.error(`\nFramework checks failed (${total} s):\n${failures.map((failure) => `  ${failure}`).join('\n')}`);
  process.exit(1);
}
console.log(`Framework checks passed in ${total} s (${names.join(', ')}); screenshots in test-results/.`);
