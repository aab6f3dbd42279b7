#!/usr/bin/env node
// `npm run lint` and `npm run format` (from the project root). Installs this folder's own tools
// on first use (`npm ci`, no install scripts), then runs ESLint and Prettier over the project.
//   node tools/lint/run.mjs          ESLint, then `prettier --check`: fails on any finding
//   node tools/lint/run.mjs --write  Prettier rewrites the files, then ESLint
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
const write = process.argv.includes('--write');

/** What ESLint and Prettier look at (generated and vendored files are ignored by their configs). */
const SOURCES = [
  'src',
  'test',
  'stories',
  'scripts',
  'bin',
  'bench/lib',
  'bench/pages',
  'bench/run.mjs',
  'bench/data',
  'bench/test',
  'rollup.config.mjs',
  'tools/lint',
];

function run(command, args, cwd = ROOT) {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  return result.status ?? 1;
}

if (!existsSync(join(HERE, 'node_modules/eslint/package.json'))) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  if (run(npm, ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], HERE) !== 0) process.exit(1);
}

const bin = (name) => join(HERE, 'node_modules/.bin', name);
const prettier = [
  bin('prettier'),
  [
    write ? '--write' : '--check',
    '--log-level',
    'warn',
    '--config',
    join(HERE, 'prettier.config.mjs'),
    '--ignore-path',
    join(HERE, '.prettierignore'),
    ...SOURCES,
  ],
];
const eslint = [bin('eslint'), ['--config', join(HERE, 'eslint.config.mjs'), '--max-warnings', '0', ...SOURCES]];

const steps = write ? [prettier, eslint] : [eslint, prettier];
let failed = 0;
for (const [command, args] of steps) failed += run(command, args) === 0 ? 0 : 1;
process.exit(failed ? 1 : 0);
