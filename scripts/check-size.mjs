// The size budget: the single-file embed (all three widgets, Lit, the D3 parts and the default
// data) must not grow past `sizeBudget.gzipBytes` of package.json. That is today's measured size;
// `targetGzipBytes` is the 32 KB goal for all three in one file (docs/BENCHMARKS.md: where the
// bytes go and what would cut them). Run after `npm run build`.
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync } from 'node:zlib';

const { sizeBudget } = JSON.parse(readFileSync('package.json', 'utf8'));
const file = 'dist/belarus-widgets.min.js';
const bytes = readFileSync(file);
const gzip = gzipSync(bytes, { level: 9 }).length;
const brotli = brotliCompressSync(bytes).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `${file}: ${kb(bytes.length)} minified, ${kb(gzip)} gzip, ${kb(brotli)} brotli ` +
    `(budget ${kb(sizeBudget.gzipBytes)}, goal ${kb(sizeBudget.targetGzipBytes)} gzip)`,
);
if (gzip > sizeBudget.gzipBytes) {
  console.error(`Over budget by ${gzip - sizeBudget.gzipBytes} bytes gzip.`);
  process.exit(1);
}
