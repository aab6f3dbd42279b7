// The benchmark's page server: scripts/serve.mjs (static files from the project root, so /dist/,
// /data/, /bench/... resolve) behind a small front that adds one route:
//   /slow/<ms>/<path>   waits <ms> milliseconds, then answers as /<path> would.
// That is how the layout-shift pages get a data `src` that arrives late. Loopback only.
import { createServer, request as httpRequest } from 'node:http';
import { serve } from '../../scripts/serve.mjs';

const SLOW = /^\/slow\/(\d{1,5})(\/.*)$/;

/** @returns {Promise<{ url: string, close: () => Promise<void> }>} */
export async function startBenchServer({ host = '127.0.0.1' } = {}) {
  const inner = await serve({ port: 0, host });
  const target = new URL(inner.url);
  const pending = new Set();

  const front = createServer((req, res) => {
    const slow = SLOW.exec(req.url ?? '/');
    const path = slow ? slow[2] : (req.url ?? '/');
    const forward = () => {
      const upstream = httpRequest(
        { host: target.hostname, port: target.port, path, method: req.method, headers: { ...req.headers, host: target.host } },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', (error) => res.writeHead(502).end(String(error)));
      req.pipe(upstream);
    };
    if (!slow) return forward();
    const timer = setTimeout(
      () => {
        pending.delete(timer);
        forward();
      },
      Math.min(Number(slow[1]), 30_000),
    );
    pending.add(timer);
  });

  await new Promise((resolve, reject) => {
    front.once('error', reject);
    front.listen(0, host, resolve);
  });
  const { port } = front.address();
  return {
    url: `http://${host}:${port}`,
    close: async () => {
      for (const timer of pending) clearTimeout(timer);
      front.closeAllConnections?.();
      await new Promise((done) => front.close(done));
      await inner.close();
    },
  };
}
