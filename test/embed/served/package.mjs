// The npm package as `npm pack` makes it (publint, the example consumer, tree-shaking probes, the
// installed generator), the generator's exit codes and escaping, its snippets pasted into a page,
// and the sizes of the new files.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { buildConsumer, pack } from '../../../examples/npm-consumer/build.mjs';
import { waitSettled } from './iframe.mjs';
import { env, expect, failures, figures, open, report, scriptsLate, sleep, VERSION, waitReady } from './harness.mjs';

export async function npmPackage() {
  const packed = pack();
  const { report: packReport } = packed;
  figures['npm pack'] =
    `${packReport.filename}: ${packReport.entryCount} files, ${(packReport.size / 1024).toFixed(1)} KB packed, ${(packReport.unpackedSize / 1024).toFixed(1)} KB unpacked`;
  const files = packReport.files.map((f) => f.path);
  const required = [
    'dist/index.js',
    'dist/define.js',
    'dist/hydrate.js',
    'dist/types/hydrate.d.ts',
    'dist/belarus-widgets.min.js',
    'dist/belarus-indicators.min.js',
    'dist/belarus-timeline.min.js',
    'dist/belarus-quotes.min.js',
    'dist/belarus-locale-ru.min.js',
    'dist/embed.html',
    'dist/embed.js',
    'dist/resizer.js',
    'dist/static/parts.json',
    'dist/static/reserve.json',
    'dist/types/embed/jsx.d.ts',
    'bin/belarus-widgets.mjs',
    'custom-elements.json',
  ];
  required.push('dist/react/index.js', 'dist/types/react/index.d.ts', 'frameworks/vue.d.ts', 'frameworks/svelte.d.ts', 'dist/THIRD-PARTY-LICENSES.txt');
  for (const file of required) expect(files.includes(file), `[npm] ${file} is not in the package`);
  const stray = files.filter(
    (file) => !/^(dist|bin|data|frameworks|docs)\/|^(package\.json|README\.md|LICENSE|custom-elements\.json)$/.test(file) || file.includes('demo.html'),
  );
  expect(stray.length === 0, `[npm] files that should not ship: ${stray.join(', ')}`);
  // The README is the package's front page: every relative link in it must be in the package.
  const links = Array.from(readFileSync('README.md', 'utf8').matchAll(/\]\((?!https?:|#|mailto:)([^)\s#]+)/g), (match) => match[1].replace(/^\.\//, ''));
  const missing = links.filter((link) => !files.some((file) => file === link || file.startsWith(link.endsWith('/') ? link : `${link}/`)));
  expect(missing.length === 0, `[npm] README links to files that are not in the package: ${missing.join(', ')}`);
  // Licence notices of the bundled code survive minification in every single-file script.
  for (const script of [
    'dist/belarus-widgets.min.js',
    'dist/belarus-indicators.min.js',
    'dist/belarus-timeline.min.js',
    'dist/belarus-quotes.min.js',
    'dist/embed.js',
    'dist/resizer.js',
  ]) {
    expect(readFileSync(script, 'utf8').startsWith(`/*! belarus-widgets ${VERSION} | MIT`), `[npm] ${script} has no licence banner`);
  }
  expect(
    /Lit \(BSD-3-Clause, Google LLC\).*d3 \(ISC, Mike Bostock\).*THIRD-PARTY-LICENSES\.txt/.test(
      readFileSync('dist/belarus-widgets.min.js', 'utf8').split('\n')[0],
    ),
    '[npm] the classic script does not name Lit and d3 and their licences',
  );
  const notices = readFileSync('dist/THIRD-PARTY-LICENSES.txt', 'utf8');
  expect(
    ['lit-html@', 'd3-array@', 'Google LLC', 'Mike Bostock', 'Redistributions in binary form'].every((text) => notices.includes(text)),
    '[npm] THIRD-PARTY-LICENSES.txt lacks a bundled package or its licence text',
  );

  const publint = spawnSync(process.execPath, ['node_modules/publint/src/cli.js', 'run', packed.tarball, '--strict', '--level', 'suggestion'], {
    encoding: 'utf8',
  });
  const publintOutput = `${publint.stdout}${publint.stderr}`.trim();
  expect(publint.status === 0 && publintOutput.includes('All good'), `[npm] publint: ${publintOutput}`);
  figures.publint = publintOutput.split('\n').at(-1);

  let consumer;
  try {
    consumer = await buildConsumer({ tarball: packed.tarball });
  } catch (error) {
    failures.push(`[npm] the example consumer does not build: ${error.stdout ?? ''}${error.stderr ?? ''}${error.message}`);
    return false;
  }
  expect(!/customElements\.define|LitElement|belarus-quotes/.test(consumer.helpersOnly), '[npm] importing helpers pulls in elements or Lit (not tree-shaken)');
  expect(
    /belarus-indicators/.test(consumer.indicatorsOnly) && !/belarus-quotes|belarus-timeline/.test(consumer.indicatorsOnly),
    '[npm] the indicators define module carries the other widgets',
  );
  figures['npm consumer bundles'] = Object.entries(consumer.outputs)
    .map(([file, { bytes }]) => `${file.replace(/^dist\//, '')} ${(bytes / 1024).toFixed(1)} KB`)
    .join(', ');

  // The generator as installed (npx belarus-widgets …) from the unpacked tarball.
  const installed = spawnSync(
    process.execPath,
    ['examples/npm-consumer/node_modules/belarus-widgets/bin/belarus-widgets.mjs', 'embed', 'timeline', '--mode', 'static', '--lang', 'be'],
    { encoding: 'utf8' },
  );
  expect(
    installed.status === 0 && installed.stdout.includes('<belarus-timeline lang="be"') && installed.stdout.includes('shadowrootmode="open"'),
    `[npm] the installed generator: exit ${installed.status} ${installed.stderr}`,
  );
  const reserving = spawnSync(
    process.execPath,
    ['examples/npm-consumer/node_modules/belarus-widgets/bin/belarus-widgets.mjs', 'embed', 'quotes', '--src', '/q.json', '--reserve', 'bundled'],
    { encoding: 'utf8' },
  );
  expect(
    reserving.status === 0 && /<belarus-quotes src="\/q\.json" reserve="\d[\d: ]*">/.test(reserving.stdout),
    `[npm] the installed generator's --reserve bundled: exit ${reserving.status} ${reserving.stdout}${reserving.stderr}`,
  );

  const { page, problems } = await open(env.plain, '/examples/npm-consumer/index.html');
  const notReady = await waitReady(page.mainFrame(), 3);
  expect(!notReady, `[npm consumer] widgets not ready: ${notReady}`);
  const status = JSON.parse((await page.evaluate(() => document.querySelector('#status').textContent)) || '{}');
  expect(status.version === VERSION, `[npm consumer] version ${status.version}`);
  expect(status.registeredByMainEntry?.length === 0, `[npm consumer] importing the main entry registered ${status.registeredByMainEntry}`);
  expect(status.registeredAfterDefine?.length === 3 && status.sameClasses, `[npm consumer] define module: ${JSON.stringify(status)}`);
  expect(status.year === '2020', `[npm consumer] helpers: ${status.year}`);
  const sorted = await page.evaluate(() => document.querySelector('belarus-indicators').getAttribute('sort-by'));
  expect(sorted === 'status', `[npm consumer] typed property did not reach the element (sort-by ${sorted})`);
  report('npm consumer', problems);
  await page.close();
  return packed.tarball;
}

function cli(...args) {
  return spawnSync(process.execPath, ['bin/belarus-widgets.mjs', ...args], { encoding: 'utf8' });
}

export async function generator() {
  const refused = [
    [['embed', 'map'], /Unknown widget “map”/],
    [['embed', 'quotes', '--src', 'javascript:alert(1)'], /“javascript:” URLs are not allowed/],
    [['embed', 'quotes', '--src', 'java\tscript:alert(1)'], /without spaces/],
    [['embed', 'quotes', '--src', 'http://exa mple.com/x.json'], /without spaces/],
    [['embed', 'quotes', '--theme', 'sepia'], /Unknown theme/],
    [['embed', 'quotes', '--mode', 'iframe'], /needs --base/],
    [['embed', 'quotes', '--mode', 'static', '--src', '/data/quotes.csv'], /static mode pre-renders/],
    [['embed', 'quotes', '--base', 'ftp://example.com/'], /not allowed/],
    [['embed', 'quotes', '--colour', 'red'], /Unknown option/],
    [['publish', 'quotes'], /Unknown command/],
    [['embed', 'quotes', '--mode', 'iframe', '--base', '/bw/', '--reserve', '300'], /--reserve is for script embeds/],
    [['embed', 'quotes', '--reserve', '600:300 500:400'], /--reserve “500:400” does not fit/],
  ];
  for (const [args, message] of refused) {
    const run = cli(...args);
    expect(run.status === 2 && message.test(run.stderr) && run.stdout === '', `[cli] ${args.join(' ')}: exit ${run.status}, ${run.stderr.trim()}`);
  }
  const escaped = cli('embed', 'indicators', '--src', 'https://example.com/data.csv?a=1&b="><script>', '--base', 'https://news.example/bw/');
  expect(
    escaped.status === 0 && escaped.stdout.includes('src="https://example.com/data.csv?a=1&amp;b=&quot;&gt;&lt;script&gt;"'),
    `[cli] attribute not escaped: ${escaped.stdout}`,
  );
  const help = cli('--help');
  expect(help.status === 0 && help.stdout.includes('--mode'), '[cli] --help');
  const version = cli('--version');
  expect(version.status === 0 && version.stdout === `${VERSION}\n`, `[cli] --version printed ${JSON.stringify(version.stdout)}`);
  const queried = cli('embed', 'quotes', '--mode', 'iframe', '--base', 'https://news.example/bw/?v=3');
  expect(
    queried.status === 0 &&
      queried.stdout.includes('src="https://news.example/bw/embed.html?v=3&amp;widget=quotes"') &&
      queried.stdout.includes('src="https://news.example/bw/resizer.js?v=3"'),
    `[cli] --base with a query string: ${queried.stdout}${queried.stderr}`,
  );

  // The snippets, pasted into one page as a producer would, with the assets on this server.
  const snippet = (...args) => {
    const run = cli('embed', ...args, '--base', '/dist/');
    expect(run.status === 0, `[cli] embed ${args.join(' ')}: exit ${run.status} ${run.stderr}`);
    return run.stdout;
  };
  mkdirSync('.cache/pages', { recursive: true });
  writeFileSync(
    '.cache/pages/generated.html',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Generated snippets</title></head><body>
${snippet('quotes', '--mode', 'static', '--lang', 'ru')}
${snippet('indicators', '--src', '/data/indicators.csv', '--theme', 'dark', '--sri')}
${snippet('timeline', '--mode', 'iframe')}
</body></html>`,
  );
  const { page, problems } = await open(env.strict, '/.cache/pages/generated.html', { height: 2000, delay: scriptsLate(300) });
  const notReady = await waitReady(page.mainFrame(), 2);
  expect(!notReady, `[cli snippets] widgets not ready: ${notReady}`);
  const frame = await (await page.$('iframe')).contentFrame();
  expect(!(await waitReady(frame, 1)), '[cli snippets] iframe widget not ready');
  await waitSettled(page, 'cli snippets');
  const state = await page.evaluate(() => ({
    hydrated: Array.from(window.__embedCheck.before).map(([element, heading]) => [
      element.localName,
      heading !== null && heading === element.shadowRoot.querySelector('h2'),
    ]),
    russian: /[А-Яа-я]/.test(document.querySelector('belarus-quotes').shadowRoot.textContent),
    violations: window.__embedCheck.violations,
  }));
  expect(
    state.hydrated.some(([tag, same]) => tag === 'belarus-quotes' && same),
    `[cli snippets] static quotes not hydrated: ${JSON.stringify(state.hydrated)}`,
  );
  expect(state.russian, '[cli snippets] --lang ru static snippet is not Russian');
  expect(state.violations.length === 0, `[cli snippets] CSP violations: ${state.violations}`);
  report('cli snippets', problems);
  await page.close();
  await reservedSnippets(snippet);
}

/**
 * The generator's snippets with the room reserved (`--reserve bundled`) and their data held back,
 * under the strict CSP: the room is kept through the CSS object model, so nothing is refused, and
 * nothing below a widget moves from the first paint to the data.
 */
async function reservedSnippets(snippet) {
  const src = '/data/us-belarus-relations.json';
  const embeds = ['indicators', 'timeline', 'quotes'].map((widget) => snippet(widget, '--src', src, '--reserve', 'bundled'));
  writeFileSync(
    '.cache/pages/generated-reserve.html',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Generated snippets with reserve</title></head><body>
${embeds.map((embed) => `<p>Text above.</p>\n${embed}\n<p>Text below.</p>`).join('\n')}
</body></html>`,
  );
  const { page, problems } = await open(env.strict, '/.cache/pages/generated-reserve.html', { height: 1200, delay: { [src]: 800 } });
  const notReady = await waitReady(page.mainFrame(), 3);
  expect(!notReady, `[cli reserve] widgets not ready: ${notReady}`);
  // The timeline lays out again once it knows its width; layout-shift entries arrive after their frame.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await sleep(300);
  const state = await page.evaluate(() => ({
    kept: Array.from(document.querySelectorAll('[reserve]'), (element) => element.shadowRoot.querySelector('[part~="base"]').style.minHeight),
    shifts: window.__embedCheck.shifts,
    violations: window.__embedCheck.violations,
  }));
  expect(
    state.kept.every((height) => /^\d+px$/.test(height)),
    `[cli reserve] room not kept: ${state.kept}`,
  );
  expect(state.shifts.length === 0, `[cli reserve] layout shifts: ${state.shifts}`);
  expect(state.violations.length === 0, `[cli reserve] CSP violations: ${state.violations}`);
  figures['generator snippets with --reserve bundled, data 800 ms late'] = `layout shifts ${state.shifts.length}, room ${state.kept.join(', ')}`;
  report('cli reserve', problems);
  await page.close();
}

export function sizes() {
  const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const list = ['dist/embed.html', 'dist/embed.js', 'dist/resizer.js', 'dist/embed/snippet.js', 'bin/belarus-widgets.mjs'];
  for (const file of readdirSync('dist/static')) if (!file.endsWith('demo.html')) list.push(`dist/static/${file}`);
  figures['new files (gzip -9)'] = list.map((file) => `${file.replace(/^dist\//, '')} ${kb(gz(file))}`).join(', ');
}
