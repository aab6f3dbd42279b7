// Sizes: gzip -9 and brotli (quality 11) of the single-file bundle, of per-widget single-file
// bundles built here with Rollup's JS API (same plugins as the root rollup.config.mjs), of the
// peers' dist files, and a per-module breakdown of the full bundle.
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
    id: 'timelinejs', pkg: '@knight-lab/timelinejs', job: 'timeline',
    files: ['dist/js/timeline.js', 'dist/css/timeline.css', 'dist/js/locale/en.json'],
    note: 'en.json is fetched at run time (even for English); its CSS also requests three web fonts (not counted)',
  },
  { id: 'splide', pkg: '@splidejs/splide', job: 'carousel', files: ['dist/js/splide.min.js', 'dist/css/splide.min.css'] },
  { id: 'swiper', pkg: 'swiper', job: 'carousel', files: ['swiper-bundle.min.js', 'swiper-bundle.min.css'] },
  {
    id: 'embla', pkg: 'embla-carousel', job: 'carousel',
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

/**
 * The root config's entry for dist/belarus-widgets.min.js, with fresh plugin instances (a query
 * string re-evaluates the config module): its input, plugins and output options.
 */
async function singleFileConfig(root, tag) {
  const url = `${pathToFileURL(join(root, 'rollup.config.mjs')).href}?bench=${tag}-${Date.now()}`;
  const configs = [(await import(url)).default].flat();
  const single = configs.find((config) => [config.output].flat().some((output) => output?.file?.endsWith('belarus-widgets.min.js')));
  if (!single) throw new Error('rollup.config.mjs has no output dist/belarus-widgets.min.js to copy the plugins from');
  const output = [single.output].flat().find((item) => item.file.endsWith('belarus-widgets.min.js'));
  return { input: single.input, plugins: single.plugins, output };
}

/**
 * Builds one single-file IIFE bundle into bench/results/tmp/size/ with the plugins and output
 * options of the root config's single-file build; `input` defaults to that build's own entry.
 * Returns code, map, modules and who imports whom.
 */
export async function buildSingleFile(root, { input, name, global }) {
  const { rollup } = await import('rollup');
  const config = await singleFileConfig(root, name);
  const { plugins, output } = config;
  input ??= config.input;
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
  const bundle = await rollup({ input: join(root, input), plugins: [...plugins, graph], onwarn: () => {} });
  try {
    const options = { ...output, file, format: 'iife', name: global, sourcemap: true };
    const { output: chunks } = await bundle.write(options);
    const chunk = chunks.find((item) => item.type === 'chunk');
    return { file: relative(root, file).split(sep).join('/'), input: String(input), code: chunk.code, map: chunk.map, modules: chunk.modules, importers };
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
  { id: 'indicators', input: 'src/indicators/define.ts', global: 'BelarusIndicators' },
  { id: 'timeline', input: 'src/timeline/define.ts', global: 'BelarusTimeline' },
  { id: 'quotes', input: 'src/quotes/define.ts', global: 'BelarusQuotes' },
];

/**
 * Everything about size. `bundle` is the run's copy of dist/belarus-widgets.min.js (see
 * snapshotBundle in pages.mjs); it is reported under its dist name.
 */
export async function measureSizes(root, { budget, bundle }) {
  const dist = 'dist/belarus-widgets.min.js';
  if (!existsSync(join(root, bundle))) throw new Error(`${bundle} is missing`);
  const distCode = readFileSync(join(root, bundle));
  const ours = { file: dist, ...measureBytes(distCode) };
  const full = await buildSingleFile(root, { name: 'belarus-widgets', global: 'BelarusWidgets' });
  const rebuilt = { ...measureBytes(Buffer.from(full.code)), matchesDist: Buffer.from(full.code).equals(distCode) };
  const widgets = [];
  for (const entry of WIDGET_ENTRIES) {
    const built = await buildSingleFile(root, { input: entry.input, name: entry.id, global: entry.global });
    widgets.push({ id: entry.id, input: entry.input, file: built.file, ...measureBytes(Buffer.from(built.code)) });
  }
  return {
    ours: { ...ours, budget, withinBudget: ours.gzip <= budget },
    rebuilt: { file: full.file, input: full.input, ...rebuilt },
    widgets,
    peers: measurePeers(root),
    breakdown: moduleBreakdown(root, full),
  };
}
