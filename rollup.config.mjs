import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

// esbuild transpiles (TypeScript 7 has no JS API for a Rollup plugin); `tsc` type-checks and
// writes the .d.ts files separately (see package.json scripts).
const ts = () => esbuild({ tsconfig: './tsconfig.json', target: 'es2022' });
const plugins = () => [nodeResolve(), json({ preferConst: true }), ts()];
const minify = () => terser({ ecma: 2022, module: false, compress: { passes: 2 }, format: { comments: false } });

// lit and d3 stay imports in the npm build, so the host app's bundler dedupes them.
const external = (id) => /^(lit|@lit\/|@lit-labs\/|d3-)/.test(id);

const WIDGETS = ['indicators', 'timeline', 'quotes'];

export default [
  {
    input: {
      index: 'src/index.ts',
      define: 'src/define.ts',
      ...Object.fromEntries(WIDGETS.map((name) => [`${name}/define`, `src/${name}/define.ts`])),
    },
    external,
    plugins: plugins(),
    output: { dir: 'dist', format: 'es', sourcemap: true, chunkFileNames: 'chunks/[name]-[hash].js' },
  },
  {
    input: 'src/bundle.ts',
    // Whitespace in html`` and css`` templates is a fifth of the widgets' bytes.
    plugins: [...plugins(), minifyHTML(), minify()],
    output: { file: 'dist/belarus-widgets.min.js', format: 'iife', name: 'BelarusWidgets', sourcemap: true },
  },
];
