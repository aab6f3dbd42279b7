import { readFileSync } from 'node:fs';
import asciiOnly from './scripts/rollup-ascii-only.mjs';
import { basePlugins as plugins, minify, minifyTemplates } from './scripts/rollup-plugins.mjs';
import { WIDGETS } from './scripts/widgets.mjs';

// lit, d3 and React stay imports in the npm build, so the host app's bundler dedupes them.
const external = (id) => /^(lit|@lit\/|@lit-labs\/|d3-|react$|react\/)/.test(id);

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
