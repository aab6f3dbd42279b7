// A small static server for the demo page and built files: `npm start` builds, then runs this.
// Serves the project root, so /demo/, /dist/ and /data/ resolve as a newsroom's host would.
// Options: --port N (default 8000, or PORT), --host H (default 127.0.0.1).
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

function arg(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index > -1 ? process.argv[index + 1] : fallback;
}

/** Starts the server; resolves with its base URL. Used by the demo check as well. */
export function serve({ port = 8000, host = '127.0.0.1', headers = {} } = {}) {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path = normalize(join(ROOT, decodeURIComponent(url.pathname)));
    if (!path.startsWith(ROOT)) return void response.writeHead(403).end('Forbidden');
    if (url.pathname === '/') return void response.writeHead(302, { location: '/demo/' }).end();
    // The builder lives in dist/builder/; it is sent there (not served here) so that its
    // snippets, which point one folder up, find dist/'s files as a newsroom's host would.
    if (url.pathname === '/builder' || url.pathname.startsWith('/builder/')) {
      return void response.writeHead(302, { location: `/dist${url.pathname === '/builder' ? '/builder/' : url.pathname}${url.search}` }).end();
    }
    // Browsers ask for it on every page; there is no icon, and a 404 would read as a broken page.
    if (url.pathname === '/favicon.ico') return void response.writeHead(204).end();
    try {
      if (statSync(path).isDirectory()) path = join(path, 'index.html');
      const size = statSync(path).size;
      response.writeHead(200, {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        'content-length': size,
        'cache-control': 'no-cache',
        ...headers,
      });
      createReadStream(path).pipe(response);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    }
  });
  return new Promise((resolveUrl, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolveUrl({ url: `http://${host}:${address.port}`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(arg('port', process.env.PORT ?? 8000));
  const { url } = await serve({ port, host: arg('host', '127.0.0.1') });
  console.log(`belarus-widgets demo: ${url}/demo/   builder: ${url}/builder/   (Ctrl+C to stop)`);
}
