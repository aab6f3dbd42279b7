#!/usr/bin/env node
// `npm run bench` (from the project root): measures belarus-widgets beside the peers doing the
// same jobs and writes bench/results/results.md and results.json. Steps:
//   1. install the bench's own dependencies (the peers) if missing: npm ci --prefix bench
//   2. build the library if dist/belarus-widgets.min.js is missing: npm run build
//   3. size: gzip -9 / brotli of the bundle, per-widget bundles, peers; per-module breakdown
//   4. in headless Chromium: render time, scale, layout shift, memory
// Options: --quick (few repetitions, for trying the harness), --reps N (render repetitions),
//          --only size,render,scale,cls,memory (a subset), --build (run `npm run build` first even
//          if dist exists; without it a stale dist is measured and the report says so),
//          --report (only rewrite results.md from the existing results.json).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem, platform, release } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(ROOT);

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index > -1 ? args[index + 1] : fallback;
};
const quick = args.includes('--quick');
const only = new Set((option('only', 'size,render,scale,cls,memory') ?? '').split(','));
const config = {
  renderReps: Number(option('reps', quick ? 2 : 9)),
  scaleReps: quick ? 1 : 5,
  peerTimelineScaleReps: quick ? 1 : 2,
  clsReps: quick ? 1 : 3,
  clsDelayMs: 1500,
  memoryCycles: { first: 10, total: quick ? 100 : 1000 },
};

const started = Date.now();

if (args.includes('--report')) {
  const { writeReport } = await import('./lib/report.mjs');
  const saved = JSON.parse(readFileSync(join(ROOT, 'bench/results/results.json'), 'utf8'));
  writeFileSync(join(ROOT, 'bench/results/results.md'), writeReport(saved));
  console.log('rewrote bench/results/results.md from bench/results/results.json');
  process.exit(0);
}
const log = (message) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(command, commandArgs) {
  const result = spawnSync(command, commandArgs, { cwd: ROOT, stdio: 'inherit', env: process.env });
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed (exit ${result.status})`);
}

// 1. The bench's dependencies (its own lock file; no install scripts run).
const PEERS = ['@knight-lab/timelinejs', '@splidejs/splide', 'swiper', 'embla-carousel', 'embla-carousel-autoplay', 'gridjs'];
if (PEERS.some((pkg) => !existsSync(join(ROOT, 'bench/node_modules', pkg, 'package.json')))) {
  log('installing the bench dependencies: npm ci --prefix bench');
  run(npm, ['ci', '--prefix', 'bench', '--ignore-scripts', '--no-audit', '--no-fund']);
}

// 2. The build under test.
if (args.includes('--build') || !existsSync(join(ROOT, 'dist/belarus-widgets.min.js'))) {
  log(args.includes('--build') ? 'building: npm run build' : 'dist/belarus-widgets.min.js is missing: npm run build');
  run(npm, ['run', 'build']);
}

const { measureSizes } = await import('./lib/size.mjs');
const { snapshotBundle, writeData } = await import('./lib/pages.mjs');
const { startBenchServer } = await import('./lib/server.mjs');
const { launch } = await import('./lib/browser.mjs');
const { measureRender } = await import('./lib/render.mjs');
const { measureScale } = await import('./lib/scale.mjs');
const { measureCls } = await import('./lib/cls.mjs');
const { measureMemory } = await import('./lib/memory.mjs');
const { writeReport } = await import('./lib/report.mjs');

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
// Claims are judged against the 25 KB goal, not the stop-growth budget CI enforces.
const budget = pkg.sizeBudget?.targetGzipBytes ?? pkg.sizeBudget?.gzipBytes ?? 25_600;
/** Rows per page of our table (its default), so Grid.js pages the same way. */
const tablePageSize = Number(/DEFAULT_PAGE_SIZE\s*=\s*(\d+)/.exec(readFileSync(join(ROOT, 'src/indicators/model.ts'), 'utf8'))?.[1] ?? 20);

/** The checked-out commit, read from .git (HEAD, the ref file or packed-refs), or null. */
const gitCommit = (() => {
  try {
    const dotGit = join(ROOT, '.git');
    const head = readFileSync(join(dotGit, 'HEAD'), 'utf8').trim();
    if (!head.startsWith('ref: ')) return head.slice(0, 7);
    const ref = head.slice(5);
    if (existsSync(join(dotGit, ref))) return readFileSync(join(dotGit, ref), 'utf8').trim().slice(0, 7);
    const packed = readFileSync(join(dotGit, 'packed-refs'), 'utf8').split('\n').find((line) => line.endsWith(` ${ref}`));
    return packed ? packed.slice(0, 7) : null;
  } catch {
    return null;
  }
})();

const results = {
  generatedAt: new Date().toISOString(),
  commit: gitCommit,
  version: pkg.version,
  config: { ...config, quick, tablePageSize },
  conditions: {
    node: process.version,
    platform: `${platform()} ${release()}`,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Number((totalmem() / 2 ** 30).toFixed(1)),
    freeMemoryGiBAtStart: Number((freemem() / 2 ** 30).toFixed(1)),
    loadAverageAtStart: loadavg().map((value) => Number(value.toFixed(2))),
  },
  errors: [],
  retries: [],
};

// Every measurement uses this copy of the bundle, whatever happens to dist/ during the run.
const bundle = snapshotBundle(ROOT);

// 3. Size.
if (only.has('size')) {
  log('size: building per-widget bundles with the root Rollup plugins');
  results.size = await measureSizes(ROOT, { budget, bundle });
  log(`size: bundle ${results.size.ours.gzip} B gzip (budget ${budget} B)`);
}

// 4. Browser measurements.
const browserParts = ['render', 'scale', 'cls', 'memory'].filter((part) => only.has(part));
if (browserParts.length) {
  writeData(ROOT, { events: [500, 5000], rows: [10_000] });
  const server = await startBenchServer();
  const { browser, version, origin } = await launch();
  results.conditions.browser = `${version} (${origin})`;
  results.conditions.viewport = '1000x800, deviceScaleFactor 1, headless';
  const context = { browser, baseUrl: server.url, log, tablePageSize };
  try {
    if (only.has('render')) {
      results.render = await measureRender(ROOT, { ...context, reps: config.renderReps });
      results.errors.push(...results.render.errors);
      results.retries.push(...results.render.retries);
    }
    if (only.has('scale')) {
      results.scale = await measureScale(ROOT, { ...context, reps: config.scaleReps, peerTimelineReps: config.peerTimelineScaleReps });
      results.errors.push(...results.scale.errors);
      results.retries.push(...results.scale.retries);
    }
    if (only.has('cls')) {
      results.cls = await measureCls(ROOT, { ...context, reps: config.clsReps, delayMs: config.clsDelayMs });
      results.errors.push(...results.cls.errors);
      results.retries.push(...results.cls.retries);
    }
    if (only.has('memory')) {
      results.memory = await measureMemory(ROOT, { ...context, cycles: config.memoryCycles });
      results.errors.push(...results.memory.errors);
      results.retries.push(...results.memory.retries);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

results.conditions.loadAverageAtEnd = loadavg().map((value) => Number(value.toFixed(2)));
results.durationSeconds = Math.round((Date.now() - started) / 1000);

mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
const markdown = writeReport(results);
writeFileSync(join(ROOT, 'bench/results/results.json'), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(join(ROOT, 'bench/results/results.md'), markdown);
console.log(`\n${markdown}`);
log(`wrote bench/results/results.md and bench/results/results.json in ${results.durationSeconds} s`);
if (results.errors.length) {
  console.error(`${results.errors.length} measurement(s) failed:`);
  for (const error of results.errors) console.error(`  ${error.case} ${error.side ?? ''}: ${error.error.split('\n')[0]}`);
  process.exit(1);
}
