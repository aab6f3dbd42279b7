// The size budget of each classic script (run after `npm run build`; CI runs it). package.json's
// `sizeBudget` maps each file to `maxGzipBytes`, a stop-growth budget at about its measured size,
// and `goalGzipBytes`, the size of the peer that does the same job (`goal` names it); the bench
// reports each goal as met or not (docs/BENCHMARKS.md). Fails when a file grew past its budget.
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync } from 'node:zlib';

const { sizeBudget } = JSON.parse(readFileSync('package.json', 'utf8'));
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
let over = 0;
for (const [file, { maxGzipBytes, goalGzipBytes, goal }] of Object.entries(sizeBudget)) {
  const bytes = readFileSync(file);
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const brotli = brotliCompressSync(bytes).length;
  const verdict = gzip <= goalGzipBytes ? 'goal met' : `goal ${kb(goalGzipBytes)}, ${goal}: not met`;
  console.log(`${file}: ${kb(bytes.length)} minified, ${kb(gzip)} gzip, ${kb(brotli)} brotli (budget ${kb(maxGzipBytes)}; ${verdict})`);
  if (gzip > maxGzipBytes) {
    console.error(`  over budget by ${gzip - maxGzipBytes} bytes gzip`);
    over += 1;
  }
}
process.exit(over ? 1 : 0);
