// Licence notices for the single-file scripts (run by `npm run build:js`, after Rollup). The
// classic scripts bundle Lit and d3 modules, whose licences (BSD-3-Clause, ISC) ask that their
// notices travel with every copy. Terser drops all comments, so after the build this:
//   - finds the packages each script bundles (from its source map's `sources`),
//   - writes their licence texts to dist/THIRD-PARTY-LICENSES.txt,
//   - puts a one-line `/*! … */` banner naming them (and that file) on top of each script, and
//     moves the source map down one line to match.
// Running it twice changes nothing.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SCRIPTS = [
  'dist/belarus-widgets.min.js',
  'dist/belarus-indicators.min.js',
  'dist/belarus-timeline.min.js',
  'dist/belarus-quotes.min.js',
  'dist/embed.js',
  'dist/resizer.js',
  'dist/builder/builder.js',
];
const NOTICES = 'THIRD-PARTY-LICENSES.txt';
const { name, version, license } = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8'));
const MARK = `/*! ${name} `;

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** The npm packages whose modules a script's source map lists, in order of first appearance. */
function bundledPackages(mapPath) {
  const found = new Set();
  const map = readJson(mapPath);
  // An index map (scripts/build-scripts.mjs joins parts) lists its sources per section.
  const sources = map.sections ? map.sections.flatMap((section) => section.map.sources) : map.sources;
  for (const source of sources) {
    const match = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source);
    if (match) found.add(match[1]);
  }
  return [...found];
}

/** A package's licence, its holder (from the licence's copyright line) and the full text. */
function licenceOf(pkg) {
  const dir = `${ROOT}node_modules/${pkg}/`;
  const manifest = readJson(`${dir}package.json`);
  const file = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'LICENCE', 'license'].find((candidate) => existsSync(dir + candidate));
  if (!file) throw new Error(`${pkg} ships no licence file; add its notice by hand.`);
  const text = readFileSync(dir + file, 'utf8').trim();
  const copyright = /^\s*Copyright[^\n]*/im.exec(text)?.[0].trim() ?? '';
  const holder = copyright
    .replace(/^Copyright\s*(\(c\)\s*)?[\d\s,\u2013-]*/i, '')
    .replace(/\.?\s*All rights reserved\.?$/i, '')
    .trim();
  return { pkg, version: manifest.version, license: manifest.license, holder, text };
}

/** Lit's and d3's packages go by their project's name in the banner (the file lists each). */
const PROJECTS = [
  [/^(lit|lit-html|lit-element|@lit\/.*|@lit-labs\/.*)$/, 'Lit'],
  [/^(d3-.*|internmap)$/, 'd3'],
];
const projectOf = (pkg) => PROJECTS.find(([pattern]) => pattern.test(pkg))?.[1] ?? pkg;

/** `Lit (BSD-3-Clause, Google LLC), d3 (ISC, Mike Bostock)` */
function summary(licences) {
  const named = new Set(licences.map(({ pkg, license: spdx, holder }) => `${projectOf(pkg)} (${spdx}, ${holder})`));
  return [...named].join(', ');
}

const all = new Map();
for (const script of SCRIPTS) {
  const path = ROOT + script;
  const mapPath = `${path}.map`;
  const code = readFileSync(path, 'utf8');
  const licences = bundledPackages(mapPath).map(licenceOf);
  for (const licence of licences) all.set(licence.pkg, licence);
  const includes = licences.length ? ` | includes ${summary(licences)}; licences in ${NOTICES}` : '';
  const banner = `${MARK}${version} | ${license}${includes} */`;
  if (code.startsWith(MARK)) {
    // Built already: replace the banner (a rebuild of one script must not stack two).
    writeFileSync(path, `${banner}\n${code.slice(code.indexOf('\n') + 1)}`);
    continue;
  }
  writeFileSync(path, `${banner}\n${code}`);
  const map = readJson(mapPath);
  if (map.sections) for (const section of map.sections) section.offset.line += 1;
  else map.mappings = `;${map.mappings}`;
  writeFileSync(mapPath, JSON.stringify(map));
}

const sections = [...all.values()].map(({ pkg, version: v, license: spdx, text }) => `${pkg}@${v} (${spdx})\n\n${text}`);
writeFileSync(
  `${ROOT}dist/${NOTICES}`,
  `Third-party code bundled in ${SCRIPTS.map((s) => s.replace('dist/', '')).join(', ')} of ${name} ${version}.\n\n` +
    `${sections.join(`\n\n${'-'.repeat(72)}\n\n`)}\n`,
);
console.log(`licence notices: ${SCRIPTS.length} scripts, ${all.size} packages -> dist/${NOTICES}`);
