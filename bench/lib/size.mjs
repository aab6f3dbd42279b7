// Sizes: gzip -9 and brotli (quality 11) of every classic script package.json's `sizeBudget`
// names (the all-in-one and the per-widget files, as dist ships them), of the peers' dist files,
// and a per-module breakdown of the all-in-one, rebuilt here with Rollup's JS API.
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { decodeMappings } from './vlq.mjs';

export const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
export const brotli = (bytes) =>
  brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  }).length;

export function measureBytes(bytes) {
  return { raw: bytes.length, gzip: gzip(bytes), brotli: brotli(bytes) };
}

export function measureFiles(root, files) {
  const parts = files.map((file) => ({ file, ...measureBytes(readFileSync(join(root, file))) }));
  const total = (key) => parts.reduce((sum, part) => sum + part[key], 0);
  return { files: parts, raw: total('raw'), gzip: total('gzip'), brotli: total('brotli') };
}

// Every file a page needs from each peer to do the job the harness gives it (names exact).
export const PEER_FILES = [
  {
    id: 'timelinejs',
    pkg: '@knight-lab/timelinejs',
    job: 'timeline',
    files: ['dist/js/timeline.js', 'dist/css/timeline.css', 'dist/js/locale/en.json'],
    note: 'en.json is fetched at run time (even for English); its CSS also requests three web fonts (not counted)',
  },
  { id: 'splide', pkg: '@splidejs/splide', job: 'carousel', files: ['dist/js/splide.min.js', 'dist/css/splide.min.css'] },
  { id: 'swiper', pkg: 'swiper', job: 'carousel', files: ['swiper-bundle.min.js', 'swiper-bundle.min.css'] },
  {
    id: 'embla',
    pkg: 'embla-carousel',
    job: 'carousel',
    files: ['embla-carousel.umd.js', '../embla-carousel-autoplay/embla-carousel-autoplay.umd.js'],
    note: 'no CSS shipped, no controls or accessibility plugin',
  },
  { id: 'gridjs', pkg: 'gridjs', job: 'table', files: ['dist/gridjs.umd.js', 'dist/theme/mermaid.min.css'] },
];

export function measurePeers(root) {
  return PEER_FILES.map((peer) => {
    const base = join('bench/node_modules', peer.pkg);
    const version = JSON.parse(readFileSync(join(root, base, 'package.json'), 'utf8')).version;
    const files = peer.files.map((file) => join(base, file).split(sep).join('/'));
    return { ...peer, version, ...measureFiles(root, files) };
  });
}

/** An entry module made of `code` (the classic scripts' entries are not files either). */
const virtualEntry = (id, code) => ({
  name: 'bench-entry',
  resolveId: (source) => (source === id ? source : null),
  load: (source) => (source === id ? code : null),
});

/** Per-widget scripts carry English only and load other languages on demand, as scripts/build-scripts.mjs builds them. */
const languagesOnDemand = (root) => ({
  name: 'bench-languages-on-demand',
  async resolveId(source, importer) {
    const resolved = await this.resolve(source, importer, { skipSelf: true });
    return resolved?.id === join(root, 'src/locales/bundled.ts') ? join(root, 'src/locales/on-demand.ts') : null;
  },
});

/**
 * What a classic script carries, as one entry: the runtime (hydration, the library's API; see
 * src/embed/runtime.ts) and `defines` (the all-in-one: src/define.ts, every tag; a widget's file:
 * src/<widget>/define.ts).
 */
function classicEntry(root, defines) {
  const path = (file) => JSON.stringify(join(root, file));
  return [`export * from ${path('src/embed/runtime.ts')};`, ...defines.map((file) => `export * from ${path(file)};`)].join('\n');
}

/**
 * Builds one single-file IIFE into bench/results/tmp/size/ with the plugins of the classic
 * scripts (scripts/rollup-plugins.mjs, ASCII-only, minified). dist's scripts are joined from
 * separately built parts (scripts/build-scripts.mjs); this is one Rollup build of the same
 * modules, so Rollup can say which module each byte comes from and who imports it.
 * Returns code, map, modules and who imports whom.
 */
export async function buildSingleFile(root, { defines, name, global, onDemand = false }) {
  const { rollup } = await import('rollup');
  const { basePlugins, minify, minifyTemplates } = await import(pathToFileURL(join(root, 'scripts/rollup-plugins.mjs')).href);
  const { default: asciiOnly } = await import(pathToFileURL(join(root, 'scripts/rollup-ascii-only.mjs')).href);
  const entry = `\0bench-${name}`;
  const outDir = join(root, 'bench/results/tmp/size');
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `${name}.min.js`);
  // Records who imports whom, so the breakdown can say which of our files pull a package in.
  const importers = new Map();
  const graph = {
    name: 'bench-import-graph',
    buildEnd() {
      for (const id of this.getModuleIds()) importers.set(id, [...(this.getModuleInfo(id)?.importers ?? [])]);
    },
  };
  const plugins = [
    virtualEntry(entry, classicEntry(root, defines)),
    ...(onDemand ? [languagesOnDemand(root)] : []),
    ...basePlugins(),
    minifyTemplates(),
    asciiOnly(),
    minify(),
    graph,
  ];
  const bundle = await rollup({ input: entry, plugins, onwarn: () => {} });
  try {
    const { output: chunks } = await bundle.write({ file, format: 'iife', name: global, sourcemap: true });
    const chunk = chunks.find((item) => item.type === 'chunk');
    const input = ['src/embed/runtime.ts', ...defines].join(' + ');
    return { file: relative(root, file).split(sep).join('/'), input, code: chunk.code, map: chunk.map, modules: chunk.modules, importers };
  } finally {
    await bundle.close();
  }
}

/** Groups a module id: a package name for node_modules, the folder for src/, the file for data/. */
export function moduleGroup(root, id) {
  const clean = id.replace(/^\0/, '').replace(/\?.*$/, '');
  const path = relative(root, clean).split(sep).join('/');
  const inModules = path.lastIndexOf('node_modules/');
  if (inModules > -1) {
    const rest = path.slice(inModules + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (path.startsWith('src/')) {
    const parts = path.split('/');
    return parts.length > 2 ? `src/${parts[1]}/` : 'src/ (entry points)';
  }
  return path;
}

/**
 * Minified bytes per source file, from the bundle's source map: every generated character is
 * counted for the source of the mapping segment it falls in. Characters before a line's first
 * segment, or in unmapped segments, count as "(unmapped)".
 */
function attributeMinified(root, code, map, mapFile) {
  const bySource = new Map();
  const lines = code.split('\n');
  const decoded = decodeMappings(map.mappings);
  const sources = map.sources.map((source) => resolve(dirname(mapFile), map.sourceRoot ?? '', source));
  const add = (key, text) => {
    const entry = bySource.get(key) ?? { bytes: 0, text: [] };
    entry.bytes += Buffer.byteLength(text);
    entry.text.push(text);
    bySource.set(key, entry);
  };
  // A line without a segment at its start continues the token of the line before (a template
  // literal with newlines, such as a css`` block), so the owner carries over lines.
  let owner = '(unmapped)';
  lines.forEach((line, index) => {
    const segments = decoded[index] ?? [];
    let cursor = 0;
    for (const segment of segments) {
      if (segment[0] > cursor) add(owner, line.slice(cursor, segment[0]));
      cursor = segment[0];
      owner = segment.length >= 4 ? sources[segment[1]] : '(unmapped)';
    }
    add(owner, line.slice(cursor) + (index < lines.length - 1 ? '\n' : ''));
  });
  return bySource;
}

/**
 * Per-module breakdown of a bundle: Rollup's renderedLength (after tree-shaking, before
 * minification) and the gzip of each module's rendered code alone; the minified bytes the source
 * map attributes to it, and the gzip of those minified fragments alone. Gzip of a part alone is
 * larger than its share in the whole (no shared dictionary), so the column sums exceed the total.
 */
export function moduleBreakdown(root, built) {
  const minified = attributeMinified(root, built.code, built.map, join(root, built.file));
  const texts = new Map();
  const rows = Object.entries(built.modules)
    .filter(([, info]) => info.renderedLength > 0)
    .map(([id, info]) => {
      const clean = id.replace(/^\0/, '').replace(/\?.*$/, '');
      const fragments = minified.get(clean);
      const minText = fragments ? fragments.text.join('') : '';
      minified.delete(clean);
      const group = moduleGroup(root, id);
      texts.set(group, (texts.get(group) ?? '') + minText);
      return {
        module: relative(root, clean).split(sep).join('/'),
        group,
        renderedBytes: info.renderedLength,
        renderedGzip: info.code ? gzip(Buffer.from(info.code)) : 0,
        minifiedBytes: fragments?.bytes ?? 0,
        minifiedGzip: minText ? gzip(Buffer.from(minText)) : 0,
      };
    })
    .sort((a, b) => b.minifiedBytes - a.minifiedBytes || b.renderedBytes - a.renderedBytes);
  const unattributedMinifiedBytes = [...minified.values()].reduce((sum, entry) => sum + entry.bytes, 0);
  const totalMinified = Buffer.byteLength(built.code);
  const totalGzip = gzip(Buffer.from(built.code));
  const groups = new Map();
  for (const row of rows) {
    const group = groups.get(row.group) ?? { group: row.group, modules: 0, renderedBytes: 0, minifiedBytes: 0 };
    group.modules++;
    group.renderedBytes += row.renderedBytes;
    group.minifiedBytes += row.minifiedBytes;
    groups.set(row.group, group);
  }
  /** Our source files that import a package group, directly or through other packages. */
  const pulledInBy = (groupName) => {
    const found = new Set();
    const seen = new Set();
    const queue = Object.keys(built.modules).filter((id) => moduleGroup(root, id) === groupName);
    while (queue.length) {
      const id = queue.shift();
      if (seen.has(id)) continue;
      seen.add(id);
      for (const importer of built.importers?.get(id) ?? []) {
        const group = moduleGroup(root, importer);
        if (group.startsWith('src/')) found.add(relative(root, importer).split(sep).join('/'));
        else queue.push(importer);
      }
    }
    return [...found].sort();
  };
  const groupRows = [...groups.values()]
    .map((group) => {
      const text = texts.get(group.group) ?? '';
      return {
        ...group,
        pulledInBy: group.group.startsWith('src/') || group.group.startsWith('data/') ? [] : pulledInBy(group.group),
        // The group's minified code gzipped on its own (an upper bound of what it adds).
        minifiedGzip: text ? gzip(Buffer.from(text)) : 0,
        shareOfMinified: group.minifiedBytes / totalMinified,
        // Its share of the bundle's gzip bytes, estimated from its share of the minified bytes.
        estimatedGzip: Math.round((group.minifiedBytes / totalMinified) * totalGzip),
      };
    })
    .sort((a, b) => b.minifiedBytes - a.minifiedBytes);
  return { modules: rows, groups: groupRows, unattributedMinifiedBytes, totalMinified, totalGzip };
}

export const WIDGET_ENTRIES = [
  { id: 'indicators', define: 'src/indicators/define.ts', global: 'BelarusWidgets' },
  { id: 'timeline', define: 'src/timeline/define.ts', global: 'BelarusWidgets' },
  { id: 'quotes', define: 'src/quotes/define.ts', global: 'BelarusWidgets' },
];

/** The widget a classic script's name is for (`dist/belarus-quotes.min.js` -> quotes), or null for the all-in-one. */
export const widgetOfFile = (file) => WIDGET_ENTRIES.find((entry) => file.endsWith(`/belarus-${entry.id}.min.js`))?.id ?? null;

/**
 * Everything about size. `budgets` is package.json's `sizeBudget` (file -> maxGzipBytes,
 * goalGzipBytes, goal); each of its files is measured in the run's copy of dist (`snapshot`,
 * see snapshotDist in pages.mjs) and reported under its dist name. A per-widget file the build
 * does not ship is built here from the same sources (`shipped: false`, named in the report).
 */
export async function measureSizes(root, { budgets, snapshot }) {
  const files = [];
  for (const [file, budget] of Object.entries(budgets)) {
    const copy = join(snapshot, file.split('/').pop());
    const widget = widgetOfFile(file);
    const entry = { file, widget, maxGzipBytes: budget.maxGzipBytes, goalGzipBytes: budget.goalGzipBytes, goal: budget.goal };
    if (existsSync(join(root, copy))) {
      files.push({ ...entry, shipped: true, measured: file, ...measureBytes(readFileSync(join(root, copy))) });
    } else if (widget) {
      const spec = WIDGET_ENTRIES.find((item) => item.id === widget);
      const built = await buildSingleFile(root, { defines: [spec.define], name: widget, global: spec.global, onDemand: true });
      files.push({ ...entry, shipped: false, measured: built.file, input: built.input, ...measureBytes(Buffer.from(built.code)) });
    } else {
      throw new Error(`${file} (package.json sizeBudget) is not in dist: run npm run build`);
    }
  }
  const full = await buildSingleFile(root, { defines: ['src/define.ts'], name: 'belarus-widgets', global: 'BelarusWidgets' });
  return {
    files,
    rebuilt: { file: full.file, input: full.input, ...measureBytes(Buffer.from(full.code)) },
    peers: measurePeers(root),
    breakdown: moduleBreakdown(root, full),
  };
}
