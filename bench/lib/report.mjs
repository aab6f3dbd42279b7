// results -> Markdown. Every figure comes from the results object of the run; nothing is typed in.
import { countSpread, int, kb, label, mib, ms, num, ratio, signedKb, spread, table } from './markdown.mjs';
import { render } from './report-render.mjs';

function conditions(results) {
  const c = results.conditions;
  return [
    '## Run conditions',
    '',
    table(['', ''], [
      ['Date', results.generatedAt],
      ['Commit', results.commit ?? 'n/a'],
      ['Machine', `${c.cpu}, ${c.cores} cores, ${c.memoryGiB} GiB (${c.platform})`],
      ['Load average (1/5/15 min) at start → end', `${c.loadAverageAtStart.join(' / ')} → ${c.loadAverageAtEnd.join(' / ')}`],
      ['Node', c.node],
      ['Browser', c.browser ?? 'n/a'],
      ['Viewport', c.viewport ?? 'n/a'],
      ['Repetitions', `render ${results.config.renderReps} (+1 warm-up), scale ${results.config.scaleReps} (TimelineJS at 5,000: ${results.config.peerTimelineScaleReps}), layout shift ${results.config.clsReps}, memory ${results.config.memoryCycles.first} + ${results.config.memoryCycles.total - results.config.memoryCycles.first} cycles`],
      ['Run time', `${results.durationSeconds} s${results.config.quick ? ' (--quick: too few repetitions to quote)' : ''}`],
    ]),
    '',
  ].join('\n');
}

/** Which of our files import a package: up to three named, then a count. */
function pulledIn(files) {
  const named = files.slice(0, 3).map((file) => `\`${file.replace(/^src\//, '')}\``);
  return files.length > 3 ? `${named.join(', ')} and ${files.length - 3} more` : named.join(', ');
}

function size(results) {
  const s = results.size;
  if (!s) return '';
  const timeline = s.peers.find((peer) => peer.id === 'timelinejs');
  const lines = [
    '## Size',
    '',
    `gzip at level 9, brotli at quality 11, bytes of the files as shipped. Budget: ${int(s.ours.budget)} B gzip for \`${s.ours.file}\` ` +
      `(package.json \`sizeBudget.gzipBytes\`): **${s.ours.withinBudget ? 'within budget' : `over budget by ${int(s.ours.gzip - s.ours.budget)} B`}**.`,
    '',
    table(['What', 'Files (gzip -9 each)', 'Bytes', 'gzip -9', 'brotli'], [
      [`**belarus-widgets, all three widgets**`, `\`${s.ours.file}\``, kb(s.ours.raw), `**${kb(s.ours.gzip)}**`, kb(s.ours.brotli)],
      ...s.widgets.map((widget) => [`belarus-widgets, ${widget.id} only`, `\`${widget.input}\` → \`${widget.file}\``, kb(widget.raw), kb(widget.gzip), kb(widget.brotli)]),
      ...s.peers.map((peer) => [
        `${label(peer.id)} ${peer.version} (${peer.job})`,
        peer.files.map((file) => `\`${file.file.replace('bench/node_modules/', '')}\` ${kb(file.gzip)}`).join('<br>'),
        kb(peer.raw),
        kb(peer.gzip),
        kb(peer.brotli),
      ]),
    ]),
    '',
    `All three of ours vs TimelineJS alone (JS + CSS + locale): ${ratio(s.ours.gzip / timeline.gzip)} its gzip size ` +
      `(claim: under 0.33×). Rebuilt here from \`${s.rebuilt.input}\` (the root config\'s entry) for the breakdown: ${kb(s.rebuilt.gzip)} gzip, ` +
      (s.rebuilt.matchesDist
        ? 'byte for byte the same as dist.'
        : `**not the same bytes as dist** (${kb(s.ours.gzip)}): the sources changed after dist was built (run \`npm run bench -- --build\`); ` +
          'the rows below describe the current sources, the timings the bundle in dist.'),
    '',
    '### Where the bytes go',
    '',
    'By package or source folder, from the single-file bundle rebuilt with the same plugins. "Minified" is attributed through ' +
      'the source map (the embedded article JSON counts under `src/data/`); "share of gzip" splits the bundle\'s gzip bytes ' +
      'by that share; "gzip alone" compresses the group\'s minified code by itself (an upper bound of what it adds).',
    '',
    table(['Group', 'Modules', 'Rendered (pre-minify)', 'Minified', 'Share of gzip (est.)', 'gzip alone', 'Pulled in by'],
      s.breakdown.groups.map((group) => [
        `\`${group.group}\``, group.modules, int(group.renderedBytes), int(group.minifiedBytes),
        `${kb(group.estimatedGzip)} (${(group.shareOfMinified * 100).toFixed(1)} %)`, kb(group.minifiedGzip),
        pulledIn(group.pulledInBy ?? []),
      ])),
    '',
    `<details><summary>Per module (${s.breakdown.modules.length} modules; Rollup renderedLength and each module's code gzipped alone)</summary>`,
    '',
    table(['Module', 'Rendered', 'Rendered gzip', 'Minified', 'Minified gzip'],
      s.breakdown.modules.map((row) => [`\`${row.module}\``, int(row.renderedBytes), int(row.renderedGzip), int(row.minifiedBytes), int(row.minifiedGzip)])),
    '',
    '</details>',
    '',
  ];
  return lines.join('\n');
}

function scale(results) {
  const s = results.scale;
  if (!s) return '';
  const STEP_NAMES = {
    sort: 'sort (click the first column\'s sort button)',
    next: 'next page (table) / next event (timeline)',
    end: 'last event (End key / `goToEnd()`)',
  };
  const rows = [];
  for (const testCase of s.cases) {
    const [oursKey, peerKey] = Object.keys(testCase.sides);
    const ours = testCase.sides[oursKey];
    const peer = testCase.sides[peerKey];
    rows.push([`**${testCase.label}**`, 'first render', spread(ours.firstRender.ms), countSpread(ours.firstRender.longTasks), `${label(peerKey)}: ${spread(peer.firstRender.ms)}`, countSpread(peer.firstRender.longTasks)]);
    for (const step of Object.keys(ours.steps)) {
      const peerStep = peer.steps[step];
      rows.push(['', STEP_NAMES[step] ?? step, spread(ours.steps[step].ms) + (ours.steps[step].changed ? '' : ' ⚠ no change seen'), countSpread(ours.steps[step].longTasks),
        peerStep ? spread(peerStep.ms) + (peerStep.changed ? '' : ' ⚠ no change seen') : 'n/a', peerStep ? countSpread(peerStep.longTasks) : 'n/a']);
    }
    rows.push(['', 'DOM nodes after first render', int(ours.firstRender.nodes), '', int(peer.firstRender.nodes), '']);
  }
  return [
    '## Scale',
    '',
    'First render as above; each step from just before the interaction to the second frame after the widget has reacted. ' +
      'Long tasks: tasks over 50 ms (PerformanceObserver `longtask`) during the span, median (max) per run.',
    '',
    table(['Case', 'Step', 'Ours', 'Long tasks', 'Peer', 'Long tasks'], rows),
    '',
  ].join('\n');
}

function cls(results) {
  const c = results.cls;
  if (!c) return '';
  const row = (widget, how) => [
    `\`<belarus-${widget.widget}>\` ${how}`,
    `${num(widget.cls.median, 4)} (max ${num(widget.cls.max, 4)})`,
    `${int(widget.loadingHeight.median)} px → ${int(widget.readyHeight.median)} px`,
    widget.state ?? 'n/a',
    widget.shiftSources.length ? widget.shiftSources.map((source) => `\`${source}\``).join(', ') : 'none',
  ];
  const rows = [
    ...c.widgets.map((widget) => row(widget, `(\`src\` answered after ${widget.delayMs} ms)`)),
    ...(c.reserved ?? []).map((widget) => row(widget, `(\`src\` after ${widget.delayMs} ms) with \`reserve\`, as the generator prints it`)),
    ...c.prerendered.map((widget) => row(widget, `pre-rendered (\`${widget.source}\`)`)),
  ];
  const external = c.prerendered.flatMap((widget) => widget.externalRequests ?? []);
  return [
    '## Layout shift',
    '',
    'Each widget between paragraphs of filler text in a 1000×800 viewport, the bundle loaded with `defer`. Slow `src`: the ' +
      'server holds the data file back. With `reserve`: the same data and delay, embedded as ' +
      '`npx belarus-widgets embed <widget> --src … --reserve bundled` prints it (the tag with the heights the build measured with that ' +
      'dataset, then the script without `defer`). ' +
      'Pre-rendered: the build\'s paste-ready fragment (shadow root in the HTML, its ' +
      'stylesheet linked), hydrated by the bundle. CLS is the largest window of `layout-shift` entries less than 1 s apart and at most 5 s long ' +
      '(the Web Vitals definition) until one second after `state="ready"` and `updateComplete`. Heights: the element while loading (after its ' +
      'first render) and when ready.',
    '',
    table(['Widget', 'CLS', 'Height loading → ready', 'Final state', 'What shifted'], rows),
    '',
    c.prerendered.length ? '' : 'Pre-rendered embed: none in this build (no `dist/static/belarus-<widget>.html`); not measured.',
    external.length ? `Requests that left the machine (failed at once): ${[...new Set(external)].map((url) => `\`${url}\``).join(', ')}.` : '',
    '',
  ].join('\n');
}

function memory(results) {
  const m = results.memory;
  if (!m) return '';
  const rows = m.widgets.map((widget) => [
    `\`<belarus-${widget.widget}>\``,
    mib(widget.start.heapUsed),
    mib(widget.afterFirst.heapUsed),
    mib(widget.afterAll.heapUsed),
    `${signedKb(widget.heapGrowth)} (${int(widget.heapGrowthPerCycle)} B/cycle)`,
    `${int(widget.afterFirst.nodes)} → ${int(widget.afterAll.nodes)}`,
    `${int(widget.afterFirst.listeners)} → ${int(widget.afterAll.listeners)}`,
    ms(widget.msPerCycle),
  ]);
  const { first, total } = m.widgets[0]?.cycles ?? { first: 'n/a', total: 'n/a' };
  return [
    '## Memory',
    '',
    `JS heap in use (CDP \`Runtime.getHeapUsage\` after three \`HeapProfiler.collectGarbage\`) and DOM counters (\`Memory.getDOMCounters\`) ` +
      `after ${first} and after ${total} mount/unmount cycles (create, \`.data\` = a fresh copy of the article dataset, append, ready, one frame, remove).`,
    '',
    table(['Widget', 'Heap at start', `After ${first}`, `After ${total}`, 'Growth', 'DOM nodes', 'Listeners', 'Time per cycle'], rows),
    '',
  ].join('\n');
}

function errors(results) {
  const parts = [];
  if (results.errors.length) {
    parts.push('## Failed measurements', '', ...results.errors.map((error) => `- ${error.case} ${error.side ?? ''}: ${String(error.error).split('\n')[0]}`), '');
  }
  if (results.retries?.length) {
    parts.push(
      '## Retried measurements',
      '',
      'Each failed once and was measured again (the figures above are from the second attempt):',
      '',
      ...results.retries.map((retry) => `- ${retry.measurement}: ${retry.firstError.slice(0, 400)}`),
      '',
    );
  }
  return parts.join('\n');
}

const FRAME_MS = 1000 / 60;
const verdict = (ok) => (ok === undefined ? 'n/a' : ok ? '**met**' : '**not met**');

/** The product's claims (DESIGN.md §4, issue 8) against this run's figures; rules stated in each row. */
function claims(results) {
  const rows = [];
  const s = results.size;
  if (s) {
    const timeline = s.peers.find((peer) => peer.id === 'timelinejs');
    rows.push(['All three widgets under a third of TimelineJS alone (gzip, JS + CSS + locale)', `${kb(s.ours.gzip)} vs ${kb(timeline.gzip)}: ${ratio(s.ours.gzip / timeline.gzip)}`, verdict(s.ours.gzip < timeline.gzip / 3)]);
    rows.push([`Single-file bundle within the size budget (${kb(s.ours.budget)} gzip)`, kb(s.ours.gzip), verdict(s.ours.withinBudget)]);
  }
  if (results.render) {
    for (const testCase of results.render.cases.filter((c) => !c.synthetic)) {
      const ours = testCase.sides.ours;
      const longTasks = Math.max(ours.longTasks.median, ours.alone.longTasks.median);
      rows.push([
        `${testCase.label}: rendered within one frame (render-alone CPU net of control ≤ ${FRAME_MS.toFixed(1)} ms, median 0 long tasks)`,
        `${ms(ours.alone.netTaskMs)} CPU; long tasks median ${num(longTasks, 0)}, max ${num(Math.max(ours.longTasks.max, ours.alone.longTasks.max), 0)}; ` +
          `whole page incl. evaluating the bundle: ${ms(ours.ms.median)} wall (control ${ms(testCase.control.ms.median)}), ${ms(ours.netTaskMs)} CPU`,
        verdict(ours.alone.netTaskMs <= FRAME_MS && longTasks === 0),
      ]);
    }
  }
  if (results.scale) {
    for (const testCase of results.scale.cases) {
      const ours = testCase.sides.ours;
      const steps = Object.entries(ours.steps);
      const worst = Math.max(...steps.map(([, step]) => step.longTasks.max));
      const slowest = Math.max(...steps.map(([, step]) => step.ms.median));
      rows.push([
        `${testCase.label}: interactions stay responsive (no long task in any step)`,
        `slowest step median ${ms(slowest)}; long tasks per step at most ${num(worst, 0)}; first render: ${ms(ours.firstRender.ms.median)}, ${num(ours.firstRender.longTasks.median, 0)} long task(s) (median)`,
        verdict(Number.isFinite(worst) && worst === 0),
      ]);
    }
  }
  if (results.cls) {
    const worst = Math.max(...results.cls.widgets.map((widget) => widget.cls.max));
    rows.push(['No layout shift when data arrives from a slow `src` (CLS 0)', `largest CLS ${num(worst, 4)} (Web Vitals "good" < 0.1)`, verdict(worst === 0)]);
    if (results.cls.reserved?.length) {
      const reserved = Math.max(...results.cls.reserved.map((widget) => widget.cls.max));
      rows.push(['No layout shift from a slow `src` when the room is reserved (CLS 0)', `largest CLS ${num(reserved, 4)}`, verdict(reserved === 0)]);
    }
    if (results.cls.prerendered.length) {
      const pre = Math.max(...results.cls.prerendered.map((widget) => widget.cls.max));
      rows.push(['No layout shift from a pre-rendered embed as it hydrates (CLS 0)', `largest CLS ${num(pre, 4)}`, verdict(pre === 0)]);
    }
  }
  if (results.memory) {
    const leaks = results.memory.widgets.filter((widget) => widget.nodeGrowth > 0 || widget.listenerGrowth > 0 || widget.heapGrowthPerCycle > 1024);
    const most = Math.max(...results.memory.widgets.map((widget) => widget.heapGrowthPerCycle));
    rows.push([
      'No leak over mount/unmount cycles (DOM nodes and listeners flat, heap growth < 1 KB per cycle)',
      `largest heap growth ${int(most)} B/cycle${leaks.length ? `; growing: ${leaks.map((widget) => widget.widget).join(', ')}` : ''}`,
      verdict(leaks.length === 0),
    ]);
  }
  if (!rows.length) return '';
  return ['## Claims checked', '', table(['Claim', 'This run', 'Verdict'], rows), ''].join('\n');
}

export function writeReport(results) {
  const text = [
    '# belarus-widgets benchmark results',
    '',
    `Written by \`npm run bench\` (bench/run.mjs) on ${results.generatedAt}. Synthetic data sets are generated by ` +
      '`bench/data/synthetic.mjs` and labelled synthetic; the article sets are `data/us-belarus-relations.json`.',
    '',
    claims(results),
    conditions(results),
    size(results),
    render(results),
    scale(results),
    cls(results),
    memory(results),
    errors(results),
  ]
    .filter(Boolean)
    .join('\n\n');
  return `${text.replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
