// The classic scripts (run by `npm run build:js`, after Rollup's own config):
//
//   dist/belarus-widgets.min.js      all three widgets and every shipped language, works alone
//   dist/belarus-<widget>.min.js     one widget, English; other languages load on demand from
//   dist/belarus-locale-<lang>.min.js   (one file per shipped language but English)
//
// Every file is made of parts, each a minified IIFE built by Rollup:
//   - the runtime: Lit, hydration support, the data pipeline, formats, the base class and the
//     public API (src/embed/runtime.ts), i.e. every module more than one widget needs;
//   - one part per widget (its define module, with the runtime's modules left out) and one per
//     language (src/locales/<lang>.ts).
// The runtime runs once per version on a page, whichever file brings it first, and puts its
// modules on the global `BelarusWidgets`, under a symbol of its version; the widget and language parts take theirs from there. So a page
// that loads the quotes script, the timeline script and the all-in-one has one Lit, one Trusted
// Types policy, one set of string tables (`registerLocale` reaches every widget), one
// registration per tag.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import asciiOnly from './rollup-ascii-only.mjs';
import { basePlugins, minify, minifyTemplates } from './rollup-plugins.mjs';
import { WIDGETS } from './widgets.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'));
const LANGUAGES = ['ru', 'be', 'uk', 'pl', 'lt'];

/**
 * Where the runtime's modules live: under a symbol of its version on the one global,
 * `BelarusWidgets` (a page gets no other name; another version keeps its own modules).
 */
const RUNTIME_KEY = `Symbol.for(${JSON.stringify(`belarus-widgets@${version}`)})`;
const RUNTIME = `globalThis.BelarusWidgets[${RUNTIME_KEY}]`;
const src = (path) => resolve(ROOT, 'src', path);
/**
 * How parts and the runtime name a shared module: a short key per module id, handed out in build
 * order (the same sources build the same keys; parts only meet a runtime of their own version).
 */
const keys = new Map();
const keyOf = (id) => {
  if (!keys.has(id)) keys.set(id, keys.size.toString(36));
  return keys.get(id);
};

/** The classic scripts load languages on demand instead of carrying them all (see src/locales/). */
const languagesOnDemand = {
  name: 'languages-on-demand',
  async resolveId(source, importer) {
    const resolved = await this.resolve(source, importer, { skipSelf: true });
    return resolved?.id === src('locales/bundled.ts') ? src('locales/on-demand.ts') : null;
  },
};

const plugins = () => [languagesOnDemand, ...basePlugins(), minifyTemplates(), asciiOnly(), minify()];

/** The module ids an entry pulls in. */
async function modulesOf(input) {
  const bundle = await rollup({ input, plugins: [languagesOnDemand, ...basePlugins()], onwarn: () => {} });
  const ids = bundle.cache.modules.map((module) => module.id);
  await bundle.close();
  return ids;
}

/** An entry made of `code`, whose imports name modules by path. */
const virtualEntry = (id, code) => ({
  name: `entry-${id}`,
  resolveId: (source, importer) => (source === id || (importer === id && isAbsolute(source)) ? source : null),
  load: (source) => (source === id ? code : null),
});

/**
 * One part: an IIFE whose `shared` imports come from the runtime global. A widget's part adds its
 * class to `BelarusWidgets` (`exports`); a language's has no exports, and is also a valid module
 * (no top-level `this`), since it may be imported.
 */
async function buildPart(input, shared, { exports = true, entryCode } = {}) {
  const bundle = await rollup({
    input,
    plugins: [...(entryCode ? [virtualEntry(input, entryCode)] : []), ...plugins()],
    external: (id, _importer, isResolved) => isResolved && shared.has(id),
    // External ids stay absolute paths, so the parts and the runtime name modules alike.
    makeAbsoluteExternalsRelative: false,
  });
  const { output } = await bundle.generate({
    format: 'iife',
    ...(exports ? { name: 'BelarusWidgets', extend: true } : {}),
    sourcemap: true,
    globals: (id) => `${RUNTIME}.modules.m${keyOf(id)}`,
  });
  await bundle.close();
  const [chunk] = output;
  return { code: chunk.code.trimEnd(), map: chunk.map, imports: chunk.importedBindings };
}

/** The runtime: the public API as `BelarusWidgets`, and every binding a part imports on RUNTIME. */
async function buildRuntime(imports) {
  const lines = [`export * from ${JSON.stringify(src('embed/runtime.ts'))};`];
  const modules = [];
  [...imports].forEach(([id, names], index) => {
    const local = (name) => `m${index}_${name === '*' ? 'all' : name}`;
    const named = [...names].filter((name) => name !== '*');
    if (names.has('*')) lines.push(`import * as ${local('*')} from ${JSON.stringify(id)};`);
    if (named.length) lines.push(`import { ${named.map((name) => `${name} as ${local(name)}`).join(', ')} } from ${JSON.stringify(id)};`);
    const value = names.has('*') ? local('*') : `{ ${named.map((name) => `${JSON.stringify(name)}: ${local(name)}`).join(', ')} }`;
    modules.push(`m${keyOf(id)}: ${value}`);
  });
  lines.push(`globalThis.BelarusWidgets[${RUNTIME_KEY}] = { modules: { ${modules.join(', ')} }, parts: {} };`);
  const entry = '\0belarus-runtime';
  const bundle = await rollup({ input: entry, plugins: [virtualEntry(entry, lines.join('\n')), ...plugins()] });
  const { output } = await bundle.generate({ format: 'iife', name: 'BelarusWidgets', extend: true, sourcemap: true });
  await bundle.close();
  return { code: output[0].code.trimEnd(), map: output[0].map };
}

/** A part that runs once per page and version, whichever file brings it. */
const once = (name, part) => ({
  ...part,
  before: `if(!${RUNTIME}.parts[${JSON.stringify(name)}]){${RUNTIME}.parts[${JSON.stringify(name)}]=1;`,
  after: '}',
});

/** Joins parts into one file with an index source map (one section per part). */
function writeScript(file, parts) {
  let code = '';
  const sections = [];
  for (const part of parts) {
    code += `${part.before}\n`;
    sections.push({ offset: { line: code.split('\n').length - 1, column: 0 }, map: { ...part.map, file: undefined } });
    code += `${part.code}\n${part.after}\n`;
  }
  const path = resolve(ROOT, 'dist', file);
  mkdirSync(dirname(path), { recursive: true });
  const name = file.split('/').pop();
  writeFileSync(path, `${code}//# sourceMappingURL=${name}.map\n`);
  writeFileSync(`${path}.map`, JSON.stringify({ version: 3, file: name, sections }));
}

const widgetEntries = Object.fromEntries(WIDGETS.map((widget) => [widget, src(`${widget}/define.ts`)]));
/** A language's part puts its strings into the runtime's tables. */
const languageEntry = (lang) =>
  [
    `import { ${lang} } from ${JSON.stringify(src(`locales/${lang}.ts`))};`,
    `import { installStrings } from ${JSON.stringify(src('locales/shipped-strings.ts'))};`,
    `installStrings(${JSON.stringify(lang)}, ${lang});`,
  ].join('\n');

// Shared: what the runtime needs, and every module more than one widget needs.
const seen = new Map();
for (const input of Object.values(widgetEntries)) for (const id of await modulesOf(input)) seen.set(id, (seen.get(id) ?? 0) + 1);
const shared = new Set([...(await modulesOf(src('embed/runtime.ts'))), ...[...seen].filter(([, count]) => count > 1).map(([id]) => id)]);

const widgetParts = {};
for (const [widget, input] of Object.entries(widgetEntries)) widgetParts[widget] = once(widget, await buildPart(input, shared));
const languageParts = {};
for (const lang of LANGUAGES) {
  const part = await buildPart(`\0belarus-locale-${lang}`, shared, { exports: false, entryCode: languageEntry(lang) });
  languageParts[lang] = once(`locale-${lang}`, part);
}

// The runtime exports exactly what the parts import.
const imports = new Map();
for (const part of [...Object.values(widgetParts), ...Object.values(languageParts)]) {
  for (const [id, names] of Object.entries(part.imports)) {
    const set = imports.get(id) ?? new Set();
    for (const name of names) set.add(name);
    imports.set(id, set);
  }
}
const runtime = { ...(await buildRuntime(imports)), before: `if(!globalThis.BelarusWidgets?.[${RUNTIME_KEY}]){`, after: '}' };

writeScript('belarus-widgets.min.js', [runtime, ...Object.values(languageParts), ...Object.values(widgetParts)]);
for (const widget of WIDGETS) writeScript(`belarus-${widget}.min.js`, [runtime, widgetParts[widget]]);
for (const lang of LANGUAGES) writeScript(`belarus-locale-${lang}.min.js`, [languageParts[lang]]);
console.log(`classic scripts: belarus-widgets.min.js, ${WIDGETS.map((w) => `belarus-${w}.min.js`).join(', ')}, belarus-locale-{${LANGUAGES.join(',')}}.min.js`);
