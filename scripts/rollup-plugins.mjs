// The Rollup plugins every build of the widgets uses (rollup.config.mjs, scripts/build-scripts.mjs,
// the benchmark), so all of them turn the same sources into the same code.
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

// esbuild transpiles (TypeScript 7 has no JS API for a Rollup plugin); `tsc` type-checks and
// writes the .d.ts files separately (see package.json scripts).
const ts = () => esbuild({ tsconfig: './tsconfig.json', target: 'es2022' });

/** Resolving, JSON and TypeScript: what every build needs. */
export const basePlugins = () => [nodeResolve(), json({ preferConst: true }), ts()];

// Shipped scripts are pure ASCII (see scripts/rollup-ascii-only.mjs): asciiOnly() escapes what
// the build leaves, terser's `ascii_only` keeps the strings it prints anew escaped.
export const minify = () => terser({ ecma: 2022, module: false, compress: { passes: 2 }, format: { comments: false, ascii_only: true } });

// Whitespace in html`` and css`` templates is a fifth of the widgets' bytes. The minifier sees
// each template as a whole document, and the built widgets must render what the sources render:
// - `keepClosingSlash`: an svg`` template stands alone, outside any <svg>, so the minifier took
//   `<rect/><rect/>` for HTML and dropped the slashes, nesting the second shape in the first
//   (not drawn);
// - `conservativeCollapse`: whitespace shrinks to one space but is not dropped, since a template's
//   leading space (html` (${value})`) or one between elements joins text at run time ("an
//   error (500)", not "an error(500)"). It costs under 0.1 KB gzip.
export const minifyTemplates = () => minifyHTML({ options: { minifyOptions: { keepClosingSlash: true, conservativeCollapse: true } } });
