// Test-only routes under /faults/ that misbehave on purpose, so loading is tested against a real
// server: status codes, content types, slow first byte, stalled bodies, oversized bodies.
//   /faults/status/404            -> that status, short text body
//   /faults/empty                 -> 204, no body
//   /faults/slow?ms=3000&body=... -> waits, then answers `body` as JSON
//   /faults/stall                 -> headers and a first chunk, then nothing
//   /faults/big?bytes=N           -> N bytes of JSON-ish text, no content-length
//   /faults/type?ct=text/html&body=...  -> body with that content type
//   /faults/echo?ct=...&body=...  -> same as type (alias, reads better in CSV tests)
//   /faults/raw?path=spreadsheets/x.csv&ct=... -> a file under test/fixtures, byte for byte, with exactly
//                                    that content type (the dev server would decode a non-UTF-8 text file as UTF-8)
import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

export function faultMiddleware() {
  return async function faults(ctx, next) {
    if (!ctx.path.startsWith('/faults/')) return next();
    const [, , route, arg] = ctx.path.split('/');
    const q = ctx.query;
    ctx.set('cache-control', 'no-store');
    switch (route) {
      case 'status':
        ctx.status = Number(arg);
        ctx.type = 'text/plain';
        ctx.body = `status ${arg}`;
        return;
      case 'empty':
        ctx.status = 204;
        return;
      case 'slow':
        await sleep(Number(q.ms ?? 1000));
        ctx.type = q.ct ?? 'application/json';
        ctx.body = q.body ?? '[]';
        return;
      case 'stall': {
        const stream = new PassThrough();
        ctx.type = 'application/json';
        ctx.body = stream;
        stream.write('{"indicators": [');
        return; // never ends
      }
      case 'big': {
        ctx.type = 'application/json';
        const stream = new PassThrough();
        ctx.body = stream;
        let left = Number(q.bytes ?? 1e6);
        const chunk = Buffer.alloc(64 * 1024, 0x20);
        (async () => {
          while (left > 0 && !stream.destroyed) {
            stream.write(chunk.subarray(0, Math.min(left, chunk.length)));
            left -= chunk.length;
            await sleep(1);
          }
          stream.end();
        })();
        return;
      }
      case 'raw': {
        const file = resolve(FIXTURES, String(q.path ?? ''));
        if (!file.startsWith(FIXTURES)) return next();
        ctx.body = await readFile(file);
        ctx.set('content-type', q.ct ?? 'text/csv');
        return;
      }
      case 'type':
      case 'echo':
        ctx.type = q.ct ?? 'text/plain';
        ctx.body = q.body ?? '';
        return;
      default:
        return next();
    }
  };
}
