// Installs belarus-widgets into this example the way npm does (the tarball `npm pack` makes,
// unpacked into node_modules/belarus-widgets; its dependencies resolve from the repository's
// node_modules, so nothing is downloaded), type-checks the example and bundles it with esbuild.
//
//   node examples/npm-consumer/build.mjs            packs the repository first
//   buildConsumer({ tarball })                      from scripts/check-embeds.mjs
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** `npm pack` of the repository: the tarball path and npm's own report (files, sizes). */
export function pack(destination = `${ROOT}.cache/pack`) {
  mkdirSync(destination, { recursive: true });
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', destination], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const [report] = JSON.parse(out.slice(out.indexOf('[')));
  return { tarball: `${destination}/${report.filename}`, report };
}

export async function buildConsumer({ tarball } = {}) {
  const packed = tarball ? { tarball } : pack();
  const target = `${HERE}node_modules/belarus-widgets`;
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  execFileSync('tar', ['-xzf', packed.tarball, '-C', target, '--strip-components=1']);

  // Types as a TypeScript user gets them (exports map "types", HTMLElementTagNameMap, JSX list).
  execFileSync(`${ROOT}node_modules/.bin/tsc`, ['-p', `${HERE}tsconfig.json`], { cwd: HERE, stdio: 'pipe' });

  rmSync(`${HERE}dist`, { recursive: true, force: true });
  const common = { bundle: true, format: 'esm', target: 'es2022', minify: true, absWorkingDir: HERE, logLevel: 'silent', metafile: true };
  const site = await build({ ...common, entryPoints: ['src/main.ts'], splitting: true, outdir: 'dist' });
  const probes = await build({ ...common, entryPoints: ['src/indicators-only.ts', 'src/helpers-only.ts'], outdir: 'dist/probes' });
  const read = (file) => readFileSync(`${HERE}dist/${file}`, 'utf8');
  return {
    tarball: packed.tarball,
    report: packed.report,
    outputs: { ...site.metafile.outputs, ...probes.metafile.outputs },
    indicatorsOnly: read('probes/indicators-only.js'),
    helpersOnly: read('probes/helpers-only.js'),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await buildConsumer();
  for (const [file, { bytes }] of Object.entries(result.outputs)) console.log(`${file}: ${(bytes / 1024).toFixed(1)} KB`);
}
