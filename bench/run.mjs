#!/usr/bin/env node
// `npm run bench` (from the project root): measures belarus-widgets beside the peers doing the
// same jobs and writes bench/results/results.md and results.json. Steps:
//   1. install the bench's own dependencies (the peers) if missing: npm ci --prefix bench
//   2. build the library if dist/belarus-widgets.min.js is missing: npm run build
//   3. size: gzip -9 / brotli of the classic scripts in package.json's sizeBudget, peers;
//      per-module breakdown
//   4. in headless Chromium: render time, spreadsheet rows (parse), scale, layout shift, memory
//   5. the report, opening with the goals (lib/goals.mjs) met or not
// Options: --quick (few repetitions, for trying the harness), --reps N (render and spreadsheet
//          repetitions), --only size,render,parse,scale,cls,memory (a subset), --build (run
//          `npm run build` first even if dist exists; without it an old dist is measured and the
//          report says so),
//          --report (only rewrite results.md from the existing results.json).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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
const only = new Set((option('only', 'size,render,parse,scale,cls,memory') ?? '').split(','));
const config = {
  renderReps: Number(option('reps', quick ? 2 : 9)),
  parseReps: Number(option('reps', quick ? 2 : 9)),
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
const { SNAPSHOT, snapshotDist, writeData } = await import('./lib/pages.mjs');
const { startBenchServer } = await import('./lib/server.mjs');
const { launch } = await import('./lib/browser.mjs');
const { measureRender } = await import('./lib/render.mjs');
const { measureParse } = await import('./lib/parse.mjs');
const { measureScale } = await import('./lib/scale.mjs');
const { measureCls } = await import('./lib/cls.mjs');
const { measureMemory } = await import('./lib/memory.mjs');
const { writeReport } = await import('./lib/report.mjs');

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
// Each classic script's stop-growth budget and goal: { "dist/<file>": { maxGzipBytes, goalGzipBytes, goal } }.
const budgets = pkg.sizeBudget ?? {};
if (!Object.values(budgets).every((entry) => Number.isFinite(entry?.goalGzipBytes) && Number.isFinite(entry?.maxGzipBytes))) {
  throw new Error('package.json sizeBudget must map each dist file to { maxGzipBytes, goalGzipBytes, goal }');
}
/** Rows per page of our table (its default), so Grid.js pages the same way. */
const tablePageSize = Number(/DEFAULT_PAGE_SIZE\s*=\s*(\d+)/.exec(readFileSync(join(ROOT, 'src/indicators/model.ts'), 'utf8'))?.[1] ?? 20);

/** The newest modification time (ms) of any file under `dir`. */
function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** The checked-out commit (short), or null outside a git checkout. */
const gitCommit = (() => {
  const result = spawnSync('git', ['rev-parse', '--short=7', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
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

// Every measurement uses this copy of dist's scripts, whatever happens to dist/ during the run.
results.snapshot = snapshotDist(ROOT);
results.distOlderThanSources = newestMtime(join(ROOT, 'src')) > statSync(join(ROOT, 'dist/belarus-widgets.min.js')).mtimeMs;

// 3. Size.
if (only.has('size')) {
  log('size: the classic scripts, the peers, and a rebuild for the per-module breakdown');
  results.size = await measureSizes(ROOT, { budgets, snapshot: SNAPSHOT });
  for (const file of results.size.files) log(`size: ${file.file} ${file.gzip} B gzip (goal ${file.goalGzipBytes} B)${file.shipped ? '' : ' (built here)'}`);
}

// 4. Browser measurements.
const browserParts = ['render', 'parse', 'scale', 'cls', 'memory'].filter((part) => only.has(part));
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
    if (only.has('parse')) {
      results.parse = await measureParse(ROOT, { ...context, reps: config.parseReps });
      results.errors.push(...results.parse.errors);
      results.retries.push(...results.parse.retries);
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
