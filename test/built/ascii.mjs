// Every shipped script and stylesheet is pure ASCII. A site whose pages are in windows-1251 (or
// any legacy encoding), served by a CDN that sends `.js` and `.css` without a charset, makes the
// browser decode them in the page's encoding; a UTF-8 byte sequence then reads as mojibake in
// every Russian and Belarusian string. Escaped (`\u0426`), the bytes read the same everywhere.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { check } from './tally.mjs';

function* files(dir, endings) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path, endings);
    else if (endings.some((ending) => entry.name.endsWith(ending))) yield path;
  }
}

/** Checks each file; returns how many were checked. */
export function asciiFiles(dir = 'dist', endings = ['.js', '.mjs', '.css']) {
  let count = 0;
  for (const path of files(dir, endings)) {
    const bytes = readFileSync(path);
    const at = bytes.findIndex((byte) => byte > 0x7f);
    count += 1;
    check(at === -1, () => {
      const text = bytes.toString('utf8');
      const index = bytes.subarray(0, at).toString('utf8').length;
      const line = text.slice(0, index).split('\n').length;
      return `[bytes] ${relative('.', path)}:${line} is not ASCII: ${JSON.stringify(text.slice(Math.max(0, index - 40), index + 10))}`;
    });
  }
  check(count > 10, `[bytes] only ${count} scripts and stylesheets found in ${dir}/: build first`);
  return count;
}
