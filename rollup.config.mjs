import { readFileSync } from 'node:fs';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import asciiOnly from './scripts/rollup-ascii-only.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

// esbuild transpiles (TypeScript 7 has no JS API for a Rollup plugin); `tsc` type-checks and
// writes the .d.ts files separately (see package.json scripts).
const ts = () => esbuild({ tsconfig: './tsconfig.json', target: 'es2022' });
const plugins = () => [nodeResolve(), json({ preferConst: true }), ts()];
// Shipped scripts are pure ASCII (see scripts/rollup-ascii-only.mjs): asciiOnly() escapes what
// the build leaves, terser's `ascii_only` keeps the strings it prints anew escaped.
const minify = () => terser({ ecma: 2022, module: false, compress: { passes: 2 }, format: { comments: false, ascii_only: true } });
// Whitespace in html`` and css`` templates is a fifth of the widgets' bytes. The minifier sees
// each template as a whole document, and the built widgets must render what the sources render:
// - `keepClosingSlash`: an svg`` template stands alone, outside any <svg>, so the minifier took
//   `<rect/><rect/>` for HTML and dropped the slashes, nesting the second shape in the first
//   (not drawn);
// - `conservativeCollapse`: whitespace shrinks to one space but is not dropped, since a template's
//   leading space (html` (${value})`) or one between elements joins text at run time ("an
//   error (500)", not "an error(500)"). It costs under 0.1 KB gzip.
const minifyTemplates = () => minifyHTML({ options: { minifyOptions: { keepClosingSlash: true, conservativeCollapse: true } } });

// lit, d3 and React stay imports in the npm build, so the host app's bundler dedupes them.
const external = (id) => /^(lit|@lit\/|@lit-labs\/|d3-|react$|react\/)/.test(id);

const WIDGETS = ['indicators', 'timeline', 'quotes'];

// Rollup drops module directives; Next.js needs this one to treat belarus-widgets/react's
// components as client components (renderable from Server Components).
const useClient = (chunk) => (chunk.facadeModuleId?.endsWith('/src/react/index.ts') ? "'use client';" : '');

/** Copies a static file into dist/ as it is. */
const copy = (from, fileName) => ({
  name: `copy-${fileName}`,
  buildStart() {
    this.addWatchFile(from);
  },
  generateBundle() {
    this.emitFile({ type: 'asset', fileName, source: readFileSync(from) });
  },
});

// A second copy of the classic script on the same page (two embeds in one article) must not
// evaluate again: that would load a second Lit and ask for a second `lit-html` Trusted Types
// policy, which a strict `trusted-types lit-html` CSP refuses. Another version still loads (and
// its tags warn and defer to the first).
const loadOnce = {
  banner: `if(!(globalThis.BelarusWidgets&&globalThis.BelarusWidgets.VERSION===${JSON.stringify(version)})){`,
  footer: '}',
};

export default [
  {
    input: {
      index: 'src/index.ts',
      define: 'src/define.ts',
      hydrate: 'src/hydrate.ts',
      ...Object.fromEntries(WIDGETS.map((name) => [`${name}/define`, `src/${name}/define.ts`])),
      'react/index': 'src/react/index.ts',
    },
    external,
    // The same minified templates as the pre-render, so its markup hydrates with these modules too.
    plugins: [...plugins(), minifyTemplates(), asciiOnly()],
    // One file per source module, so a site's bundler drops what it does not import (a page
    // that only formats dates gets no Lit and no dataset).
    output: { dir: 'dist', format: 'es', sourcemap: true, preserveModules: true, preserveModulesRoot: 'src', banner: useClient },
  },
  {
    input: 'src/embed/script.ts',
    plugins: [...plugins(), minifyTemplates(), asciiOnly(), minify()],
    output: { file: 'dist/belarus-widgets.min.js', format: 'iife', name: 'BelarusWidgets', sourcemap: true, ...loadOnce },
  },
  {
    // The pre-render step (scripts/prerender.mjs) renders from this build: the same minified
    // templates as the classic script, so the server's markup hydrates in the browser.
    input: 'src/embed/prerender-entry.ts',
    external,
    plugins: [...plugins(), minifyTemplates()],
    output: { file: '.cache/ssr/widgets.js', format: 'es' },
  },
  {
    // The iframe page and its script (the widgets come from belarus-widgets.min.js beside it).
    input: 'src/embed/frame.ts',
    plugins: [...plugins(), asciiOnly(), minify(), copy('src/embed/embed.html', 'embed.html')],
    output: { file: 'dist/embed.js', format: 'iife', sourcemap: true },
  },
  {
    input: 'src/embed/resizer.ts',
    plugins: [...plugins(), asciiOnly(), minify()],
    output: { file: 'dist/resizer.js', format: 'iife', sourcemap: true },
  },
  {
    // The builder page (dist/builder/): one classic script with the widgets it previews, so the
    // page has one Lit and one Trusted Types policy; its page and stylesheet are copied beside it.
    input: 'src/builder/define.ts',
    plugins: [
      ...plugins(),
      minifyTemplates(),
      asciiOnly(),
      minify(),
      copy('src/builder/index.html', 'index.html'),
      copy('src/builder/builder.css', 'builder.css'),
    ],
    output: { file: 'dist/builder/builder.js', format: 'iife', sourcemap: true },
  },
  {
    // The embed code generator's pure part, for bin/belarus-widgets.mjs (Node, no dependencies).
    input: 'src/embed/snippet.ts',
    plugins: [...plugins(), asciiOnly()],
    output: { file: 'dist/embed/snippet.js', format: 'es' },
  },
];
