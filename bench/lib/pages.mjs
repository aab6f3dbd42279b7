// Writes the benchmark's data files and harness pages into bench/results/tmp/ (git-ignored).
// Every page has the same shape and no inline script:
//   stage.css + the library's CSS (in <head>, loaded before anything is timed)
//   data script (window.BENCH_DATA) -> harness.js (start mark) -> library -> mount script
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { syntheticEvents, syntheticIndicators, toTimelineJs } from '../data/synthetic.mjs';

const NM = '/bench/node_modules';

/**
 * The build under test: a copy of dist's classic scripts (the all-in-one
 * dist/belarus-widgets.min.js, the per-widget dist/belarus-<widget>.min.js and the languages they
 * load, with their maps) taken when the run starts (snapshotDist), so a rebuild during the run
 * cannot change or remove them mid-way, and every part of the run measures the same bytes.
 */
export const SNAPSHOT = 'bench/results/tmp/dist';
export const BUNDLE = `${SNAPSHOT}/belarus-widgets.min.js`;

/** The run's copy of a widget's own classic script (it may not exist: see scriptOf). */
export const widgetScript = (widget) => `${SNAPSHOT}/${TAGS[widget]}.min.js`;

export function snapshotDist(root) {
  // A file an earlier build shipped and this one does not must not be measured.
  rmSync(join(root, SNAPSHOT), { recursive: true, force: true });
  mkdirSync(join(root, SNAPSHOT, 'static'), { recursive: true });
  for (const name of readdirSync(join(root, 'dist')).filter((file) => /^belarus-[a-z-]+\.min\.js(\.map)?$/.test(file))) {
    copyFileSync(join(root, 'dist', name), join(root, SNAPSHOT, name));
  }
  // The pre-rendered embeds (Declarative Shadow DOM fragments and their CSS), if the build makes them.
  const staticDir = join(root, 'dist/static');
  if (existsSync(staticDir)) {
    for (const name of readdirSync(staticDir).filter((file) => /^belarus-[a-z]+\.(html|css)$/.test(file))) {
      copyFileSync(join(staticDir, name), join(root, SNAPSHOT, 'static', name));
    }
  }
  return { bundle: BUNDLE, widgets: Object.fromEntries(Object.keys(TAGS).map((widget) => [widget, existsSync(join(root, widgetScript(widget)))])) };
}

/**
 * The script a page of ours loads for `widget`: its own file when the build ships one (what a
 * page with one widget embeds), else the all-in-one.
 */
export function scriptOf(root, widget) {
  const own = widgetScript(widget);
  return existsSync(join(root, own)) ? own : BUNDLE;
}

/** The pre-rendered fragment of a widget in the run's copy of dist/static/, or null. */
export function prerenderedFragment(root, widget) {
  const file = join(root, SNAPSHOT, 'static', `${TAGS[widget]}.html`);
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

export const LIBS = {
  // Ours loads the widget's script (scriptOf), chosen per page.
  ours: { pkg: null, label: 'belarus-widgets', scripts: [], css: [], mount: 'mount-ours.js' },
  control: { pkg: null, label: 'control (no widget)', scripts: [], css: [], mount: 'mount-control.js' },
  timelinejs: {
    pkg: '@knight-lab/timelinejs',
    label: 'TimelineJS',
    scripts: [`${NM}/@knight-lab/timelinejs/dist/js/timeline.js`],
    css: [`${NM}/@knight-lab/timelinejs/dist/css/timeline.css`],
    mount: 'mount-timelinejs.js',
    stageClass: 'fixed-height',
  },
  splide: {
    pkg: '@splidejs/splide',
    label: 'Splide',
    scripts: [`${NM}/@splidejs/splide/dist/js/splide.min.js`],
    css: [`${NM}/@splidejs/splide/dist/css/splide.min.css`],
    helpers: ['build-slides.js'],
    mount: 'mount-splide.js',
  },
  swiper: {
    pkg: 'swiper',
    label: 'Swiper',
    scripts: [`${NM}/swiper/swiper-bundle.min.js`],
    css: [`${NM}/swiper/swiper-bundle.min.css`],
    helpers: ['build-slides.js'],
    mount: 'mount-swiper.js',
  },
  embla: {
    pkg: 'embla-carousel',
    label: 'Embla + Autoplay',
    scripts: [`${NM}/embla-carousel/embla-carousel.umd.js`, `${NM}/embla-carousel-autoplay/embla-carousel-autoplay.umd.js`],
    css: [],
    helpers: ['build-slides.js'],
    mount: 'mount-embla.js',
  },
  gridjs: {
    pkg: 'gridjs',
    label: 'Grid.js',
    scripts: [`${NM}/gridjs/dist/gridjs.umd.js`],
    css: [`${NM}/gridjs/dist/theme/mermaid.min.css`],
    mount: 'mount-gridjs.js',
  },
};

export const TAGS = { timeline: 'belarus-timeline', quotes: 'belarus-quotes', indicators: 'belarus-indicators' };

/** Installed version of a peer package (read from bench/node_modules). */
export function peerVersion(root, pkg) {
  if (!pkg) return null;
  return JSON.parse(readFileSync(join(root, 'bench/node_modules', pkg, 'package.json'), 'utf8')).version;
}

/**
 * Writes every data file: the article's dataset as it is, its events in TimelineJS format, and the
 * synthetic sets (labelled synthetic in their meta and rows). Returns name -> URL path.
 */
export function writeData(root, { events = [500, 5000], rows = [10_000] } = {}) {
  const dir = join(root, 'bench/results/tmp/data');
  mkdirSync(dir, { recursive: true });
  const article = JSON.parse(readFileSync(join(root, 'data/us-belarus-relations.json'), 'utf8'));
  const sets = { article, 'article-timelinejs': toTimelineJs(article) };
  for (const count of events) {
    const synthetic = syntheticEvents(count);
    sets[`events-${count}`] = synthetic;
    sets[`events-${count}-timelinejs`] = toTimelineJs(synthetic);
  }
  for (const count of rows) sets[`rows-${count}`] = syntheticIndicators(count);
  const paths = {};
  for (const [name, value] of Object.entries(sets)) {
    const banner = name.startsWith('article')
      ? '// The article dataset (data/us-belarus-relations.json).'
      : '// SYNTHETIC benchmark data (bench/data/synthetic.mjs). Not real.';
    writeFileSync(join(dir, `${name}.js`), `${banner}\nwindow.BENCH_DATA = ${JSON.stringify(value)};\n`);
    paths[name] = `/bench/results/tmp/data/${name}.js`;
  }
  return paths;
}

const htmlAttributes = (attributes) =>
  Object.entries(attributes)
    .map(([key, value]) => ` data-${key}="${escapeHtml(typeof value === 'string' ? value : JSON.stringify(value))}"`)
    .join('');

const escapeHtml = (text) => String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/**
 * One harness page: `lib` (a key of LIBS) showing `data` (a key from writeData; none for a page
 * that loads its data itself) as `widget`. `extra` adds scripts after the mount script
 * (interaction steps); `mount` replaces the library's mount script; `attributes` become `data-*`
 * attributes of <html> (e.g. `props` for our element, `page-size` for Grid.js).
 */
export function writePage(root, { name, lib, widget, data, extra = [], attributes = {}, mount }) {
  const spec = LIBS[lib];
  const dir = join(root, 'bench/results/tmp/pages');
  mkdirSync(dir, { recursive: true });
  const css = ['/bench/pages/stage.css', ...spec.css].map((href) => `<link rel="stylesheet" href="${href}">`);
  const libraryScripts = lib === 'ours' ? [`/${scriptOf(root, widget)}`] : spec.scripts;
  const scripts = [
    ...(data ? [`<script src="/bench/results/tmp/data/${data}.js"></script>`] : []),
    '<script src="/bench/pages/harness.js"></script>',
    ...libraryScripts.map((src) => `<script src="${src}" data-bench-lib></script>`),
    ...(spec.helpers ?? []).map((file) => `<script src="/bench/pages/${file}"></script>`),
    `<script src="/bench/pages/${mount ?? spec.mount}"></script>`,
    ...extra.map((file) => `<script src="/bench/pages/${file}"></script>`),
  ];
  const html = `<!doctype html>
<html lang="en" data-lib="${lib}" data-tag="${TAGS[widget] ?? ''}"${htmlAttributes(attributes)}>
<head>
<meta charset="utf-8">
<title>bench: ${escapeHtml(name)}</title>
${css.join('\n')}
</head>
<body>
<div id="stage" class="${spec.stageClass ?? ''}"></div>
${scripts.join('\n')}
</body>
</html>
`;
  writeFileSync(join(dir, `${name}.html`), html);
  return `/bench/results/tmp/pages/${name}.html`;
}

const FILLER =
  'Filler paragraph of the benchmark page, standing in for article text around the embed. ' +
  'It is here so that a widget that grows when its data arrives pushes visible text down, ' +
  'which the browser reports as a layout shift.';

/** An article-like page: a paragraph of filler, the embed, eight more; scripts in <head> or at the end. */
function writeArticlePage(root, { name, tag, head = [], embed, end = [] }) {
  const dir = join(root, 'bench/results/tmp/pages');
  mkdirSync(dir, { recursive: true });
  const html = `<!doctype html>
<html lang="en" data-lib="ours" data-tag="${tag}">
<head>
<meta charset="utf-8">
<title>bench: ${escapeHtml(name)}</title>
<link rel="stylesheet" href="/bench/pages/stage.css">
${head.join('\n')}
</head>
<body>
<div id="stage" class="article">
<p>${FILLER}</p>
${embed}
${`<p>${FILLER}</p>\n`.repeat(8)}</div>
${end.join('\n')}
</body>
</html>
`;
  writeFileSync(join(dir, `${name}.html`), html);
  return `/bench/results/tmp/pages/${name}.html`;
}

/**
 * Layout-shift page: the widget with `src` behind a delay between filler paragraphs. The library
 * loads as the demo page loads it (`defer` in <head>).
 */
export const CLS_SRC = '/data/us-belarus-relations.json';

export function writeClsPage(root, { name, widget, delayMs, src = CLS_SRC, props = {} }) {
  const tag = TAGS[widget];
  const attributes = Object.entries(props)
    .map(([key, value]) => (value === true ? ` ${key}` : ` ${key}="${escapeHtml(value)}"`))
    .join('');
  return writeArticlePage(root, {
    name,
    tag,
    head: [
      '<script src="/bench/pages/harness.js"></script>',
      `<script src="/${scriptOf(root, widget)}" defer data-bench-lib></script>`,
      '<script src="/bench/pages/cls.js" defer></script>',
    ],
    embed: `<${tag} src="/slow/${delayMs}${src}"${attributes}></${tag}>`,
  });
}

/**
 * The snippet the embed generator prints for `widget` reading the bundled dataset from `src`,
 * with the room reserved as `--reserve bundled` writes it (the heights the build measured).
 */
export function generatedSnippet(root, widget, src) {
  const args = [join(root, 'bin/belarus-widgets.mjs'), 'embed', widget, '--src', src, '--reserve', 'bundled'];
  const run = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  if (run.status !== 0 || !/\sreserve="[^"]+"/.test(run.stdout ?? '')) {
    throw new Error(`the generator wrote no reserve (exit ${run.status}): ${(run.stderr ?? '').trim()}`);
  }
  return run.stdout.trim();
}

/** The package's public CDN URLs of a snippet, pointed at the run's copy of dist/. */
const toRunCopy = (snippet) => snippet.replace(/https?:\/\/[^"'\s]*?belarus-widgets@[^/"'\s]*\/dist\//g, `/${SNAPSHOT}/`);

/**
 * Layout-shift page for a generator's snippet (tag and script as printed, the script pointed at
 * the run's copy of the bundle), between the same filler paragraphs.
 */
export function writeSnippetClsPage(root, { name, widget, snippet }) {
  return writeArticlePage(root, {
    name,
    tag: TAGS[widget],
    head: ['<script src="/bench/pages/harness.js"></script>', '<script src="/bench/pages/cls.js" defer></script>'],
    embed: toRunCopy(snippet),
  });
}

/**
 * Layout-shift page for a pre-rendered embed: the fragment from dist/static/ exactly as a
 * newsroom pastes it (shadow root in the HTML, its stylesheet linked, the bundle deferred),
 * between the same filler paragraphs, with the fragment's package URLs pointed at the run's copy.
 */
export function writePrerenderedClsPage(root, { name, widget, fragment }) {
  return writeArticlePage(root, {
    name,
    tag: TAGS[widget],
    head: ['<script src="/bench/pages/harness.js"></script>'],
    embed: toRunCopy(fragment),
    end: ['<script src="/bench/pages/cls.js" defer></script>'],
  });
}

/** Memory page: the bundle, the article data and the cycle driver; nothing mounted yet. */
export function writeMemoryPage(root, { name, widget, data = 'article', props = {} }) {
  const dir = join(root, 'bench/results/tmp/pages');
  mkdirSync(dir, { recursive: true });
  const html = `<!doctype html>
<html lang="en" data-lib="ours" data-tag="${TAGS[widget]}"${htmlAttributes({ props })}>
<head>
<meta charset="utf-8">
<title>bench: ${escapeHtml(name)}</title>
<link rel="stylesheet" href="/bench/pages/stage.css">
</head>
<body>
<div id="stage"></div>
<script src="/bench/results/tmp/data/${data}.js"></script>
<script src="/bench/pages/harness.js"></script>
<script src="/${scriptOf(root, widget)}" data-bench-lib></script>
<script src="/bench/pages/memory.js"></script>
</body>
</html>
`;
  writeFileSync(join(dir, `${name}.html`), html);
  return `/bench/results/tmp/pages/${name}.html`;
}
