#!/usr/bin/env node
// npx belarus-widgets embed <widget> [--mode script|iframe|static|amp] [--src URL] [--lang TAG]
//                                    [--theme light|dark|auto] [--base URL] [--id ID] [--sri]
//                                    [--reserve HEIGHTS|bundled]
// npx belarus-widgets --version
// Prints the copy-paste snippet for one widget. The snippets themselves are built by the pure
// module dist/embed/snippet.js (unit-tested); this file reads arguments and files, and exits
// 0 (printed), 2 (wrong input: the message says what is accepted) or 1 (something else).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const DIST = new URL('../dist/', import.meta.url);

const USAGE = `Usage: belarus-widgets embed <widget> [options]

Prints the HTML to paste into an article for one widget.

  <widget>             indicators | timeline | quotes

Options:
  --mode <mode>        script (default): one classic script and the tag
                       iframe: the widget alone in a frame that reports its height,
                               plus the resizer script for the host page
                       static: pre-rendered HTML (readable without JavaScript),
                               hydrated by the script
                       amp:    an <amp-iframe resizable> for AMP pages
  --src <url>          data file (JSON or CSV), http(s) or relative; not with static
  --lang <tag>         en, ru, be (any language tag; the widget picks the nearest)
  --theme <theme>      light | dark | auto (without it the widget follows the page)
  --base <url>         where the package's dist/ folder is published, e.g.
                       https://www.example-news.com/assets/belarus-widgets/
                       (default for script and static: the public npm CDN, pinned
                       to this version; iframe and amp need your own server).
                       A query string (?v=3) is kept on every file's URL.
  --id <id>            the frame's id in height messages (iframe, amp)
  --sri                add Subresource Integrity (integrity + crossorigin) to the
                       script tags; the server must then send CORS headers
  --reserve <heights>  script mode: the room to keep while the data from --src
                       loads, so the article below does not move when it arrives:
                       one height in CSS px ("640") or a height per width of the
                       widget ("320:1180 600:760"), as the builder measures them
                       for your data; or "bundled": the heights the build measured
                       with the bundled dataset (true only for that data)
  -h, --help           this text
  -v, --version        the package's version

Examples:
  npx belarus-widgets embed timeline
  npx belarus-widgets embed indicators --mode iframe --base https://news.example/bw/
  npx belarus-widgets embed quotes --mode static --lang ru --theme dark
  npx belarus-widgets embed timeline --src /data/events.json --reserve "320:1426 600:1433 960:1271"
`;

class UsageError extends Error {}

/** A file the build may not have written (dist/static/reserve.json needs a Chromium); undefined without it. */
function readOptionalJson(url) {
  try {
    return JSON.parse(readFileSync(url, 'utf8'));
  } catch {
    return undefined;
  }
}

function readJson(url) {
  try {
    return JSON.parse(readFileSync(url, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read ${url.pathname} (${error.code ?? error.message}); is the package built (npm run build)?`, { cause: error });
  }
}

async function main(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        mode: { type: 'string' },
        src: { type: 'string' },
        lang: { type: 'string' },
        theme: { type: 'string' },
        base: { type: 'string' },
        id: { type: 'string' },
        sri: { type: 'boolean' },
        reserve: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError(error.message);
  }
  const { values, positionals } = parsed;
  if (values.version) {
    process.stdout.write(`${readJson(new URL('../package.json', import.meta.url)).version}\n`);
    return 0;
  }
  if (values.help || positionals.length === 0) {
    process.stdout.write(USAGE);
    return values.help ? 0 : 2;
  }
  const [command, widget, ...rest] = positionals;
  if (command !== 'embed') throw new UsageError(`Unknown command “${command}”: the command is embed.`);
  if (widget === undefined) throw new UsageError('Which widget? indicators, timeline or quotes.');
  if (rest.length) throw new UsageError(`Unexpected argument “${rest[0]}”.`);

  const snippet = await import(new URL('embed/snippet.js', DIST).href).catch(() => {
    throw new Error('dist/embed/snippet.js is missing; build the package first (npm run build).');
  });
  const { version } = readJson(new URL('../package.json', import.meta.url));
  // The heights the build measured with the bundled dataset, read only when asked for.
  const bundled = values.reserve?.trim().toLowerCase() === 'bundled' ? readOptionalJson(new URL('static/reserve.json', DIST)) : undefined;
  let request;
  try {
    request = snippet.parseRequest({ ...values, widget }, snippet.defaultBase(version), bundled);
  } catch (error) {
    if (error instanceof snippet.EmbedOptionError) throw new UsageError(error.message);
    throw error;
  }
  if (values.sri) {
    const hash = (file) =>
      `sha384-${createHash('sha384')
        .update(readFileSync(new URL(file, DIST)))
        .digest('base64')}`;
    request.integrity = Object.fromEntries(snippet.scriptFiles(request).map((file) => [file, hash(file)]));
  }
  let part;
  if (request.mode === 'static') {
    const { parts } = readJson(new URL('static/parts.json', DIST));
    part = snippet.forLanguage(parts[`belarus-${request.widget}`], request.lang);
  }
  process.stdout.write(`${snippet.buildSnippet(request, part)}\n`);
  if (!values.base && (request.mode === 'script' || request.mode === 'static')) {
    process.stderr.write(`Assets from ${request.base} (public npm CDN). To serve them yourself, upload dist/ and pass --base.\n`);
  }
  if (request.mode === 'script' && request.src && !request.reserve) {
    process.stderr.write(
      'No room reserved: the widget grows when the data from --src arrives, and the article below it moves. ' +
        'Pass --reserve with its heights (the builder measures them for your data), or --reserve bundled if --src serves the bundled dataset.\n',
    );
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`belarus-widgets: ${error.message}\n`);
    if (error instanceof UsageError) process.stderr.write('Run belarus-widgets --help for the options.\n');
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
