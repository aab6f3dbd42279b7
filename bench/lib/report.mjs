// results -> Markdown. Every figure comes from the results object of the run; nothing is typed in.
import { countSpread, int, kb, label, mib, ms, num, ratio, signedKb, spread, table } from './markdown.mjs';
import { evaluateGoals, verdictOf } from './goals.mjs';
import { PROFILE_GROUPS } from './parse.mjs';
import { render } from './report-render.mjs';

/** Which of our scripts the browser pages loaded. */
function scriptsMeasured(results) {
  const shipped = results.snapshot?.widgets;
  if (!shipped) return 'n/a';
  const own = Object.entries(shipped)
    .filter(([, present]) => present)
    .map(([widget]) => `\`dist/belarus-${widget}.min.js\``);
  const missing = Object.entries(shipped)
    .filter(([, present]) => !present)
    .map(([widget]) => widget);
  return [
    own.length ? `each widget's own script (${own.join(', ')})` : '',
    missing.length ? `the all-in-one \`dist/belarus-widgets.min.js\` for ${missing.join(', ')} (no per-widget file in dist)` : '',
  ]
    .filter(Boolean)
    .join('; ');
}

function conditions(results) {
  const c = results.conditions;
  return [
    '## Run conditions',
    '',
    table(
      ['', ''],
      [
        ['Date', results.generatedAt],
        ['Commit', results.commit ?? 'n/a'],
        ['Machine', `${c.cpu}, ${c.cores} cores, ${c.memoryGiB} GiB (${c.platform})`],
        ['Load average (1/5/15 min) at start → end', `${c.loadAverageAtStart.join(' / ')} → ${c.loadAverageAtEnd.join(' / ')}`],
        ['Node', c.node],
        ['Browser', c.browser ?? 'n/a'],
        ['Viewport', c.viewport ?? 'n/a'],
        ['Scripts measured', scriptsMeasured(results)],
        [
          'Repetitions',
          `render ${results.config.renderReps} (+1 warm-up), spreadsheet rows ${results.config.parseReps ?? 'n/a'} (+1 warm-up), scale ${results.config.scaleReps} (TimelineJS at 5,000: ${results.config.peerTimelineScaleReps}), layout shift ${results.config.clsReps}, memory ${results.config.memoryCycles.first} + ${results.config.memoryCycles.total - results.config.memoryCycles.first} cycles`,
        ],
        ['Run time', `${results.durationSeconds} s${results.config.quick ? ' (--quick: too few repetitions to quote)' : ''}`],
      ],
    ),
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
  if (!s?.files) return '';
  const timeline = s.peers.find((peer) => peer.id === 'timelinejs');
  const allInOne = s.files.find((file) => !file.widget);
  const built = s.files.filter((file) => !file.shipped);
  const lines = [
    '## Size',
    '',
    'gzip at level 9, brotli at quality 11, bytes of the files as shipped. Each of our classic scripts has a stop-growth budget ' +
      '(package.json `sizeBudget` `maxGzipBytes`, which `scripts/check-size.mjs` enforces) and a goal (`goalGzipBytes`, the peer named).',
    '',
    table(
      ['What', 'Files (gzip -9 each)', 'Bytes', 'gzip -9', 'brotli', 'Budget / goal (gzip)'],
      [
        ...s.files.map((file) => [
          file.widget ? `belarus-widgets, ${file.widget} only` : '**belarus-widgets, all three widgets**',
          file.shipped ? `\`${file.file}\`` : `\`${file.measured}\` (built here: no \`${file.file}\` in dist)`,
          kb(file.raw),
          file.widget ? kb(file.gzip) : `**${kb(file.gzip)}**`,
          kb(file.brotli),
          `${kb(file.maxGzipBytes)} / ${kb(file.goalGzipBytes)}`,
        ]),
        ...s.peers.map((peer) => [
          `${label(peer.id)} ${peer.version} (${peer.job})`,
          peer.files.map((file) => `\`${file.file.replace('bench/node_modules/', '')}\` ${kb(file.gzip)}`).join('<br>'),
          kb(peer.raw),
          kb(peer.gzip),
          kb(peer.brotli),
          '',
        ]),
      ],
    ),
    '',
    allInOne ? `All three of ours vs TimelineJS alone (JS + CSS + locale): ${ratio(allInOne.gzip / timeline.gzip)} its gzip size.` : '',
    built.length ? `Not in dist, so built here from the sources with the classic scripts' plugins: ${built.map((file) => `\`${file.file}\``).join(', ')}.` : '',
    results.distOlderThanSources
      ? `**dist/ is older than the newest file in src/**: the figures describe the last build, not the sources (run \`npm run bench -- --build\`).`
      : '',
    '',
    '### Where the bytes go',
    '',
    `The all-in-one rebuilt here as one Rollup build of the same modules (\`${s.rebuilt.input}\`, the classic scripts' plugins: ` +
      `${kb(s.rebuilt.gzip)} gzip; dist joins separately built parts, so its bytes differ a little). By package or source folder. ` +
      '"Minified" is attributed through the source map (the embedded article JSON counts under `src/data/`); "share of gzip" splits the ' +
      'build\'s gzip bytes by that share; "gzip alone" compresses the group\'s minified code by itself (an upper bound of what it adds).',
    '',
    table(
      ['Group', 'Modules', 'Rendered (pre-minify)', 'Minified', 'Share of gzip (est.)', 'gzip alone', 'Pulled in by'],
      s.breakdown.groups.map((group) => [
        `\`${group.group}\``,
        group.modules,
        int(group.renderedBytes),
        int(group.minifiedBytes),
        `${kb(group.estimatedGzip)} (${(group.shareOfMinified * 100).toFixed(1)} %)`,
        kb(group.minifiedGzip),
        pulledIn(group.pulledInBy ?? []),
      ]),
    ),
    '',
    `<details><summary>Per module (${s.breakdown.modules.length} modules; Rollup renderedLength and each module's code gzipped alone)</summary>`,
    '',
    table(
      ['Module', 'Rendered', 'Rendered gzip', 'Minified', 'Minified gzip'],
      s.breakdown.modules.map((row) => [`\`${row.module}\``, int(row.renderedBytes), int(row.renderedGzip), int(row.minifiedBytes), int(row.minifiedGzip)]),
    ),
    '',
    '</details>',
    '',
  ];
  return lines.join('\n');
}

function parse(results) {
  const p = results.parse;
  if (!p) return '';
  const rows = p.cases.map((item) => {
    const w = item.widgetSide;
    const problems = [w.errors ? `${w.errors} rows refused` : 'every row read', ...new Set(w.warnings)].join('; ');
    return [
      `**${item.label}**<br>\`${item.file}\`, ${kb(w.bytes)}; ${item.script}${item.lang !== 'en' ? `, \`lang="${item.lang}"\`` : ''}`,
      spread(w.readyMs),
      spread(w.paintMs),
      `${ms(w.fetchMs.median)} + ${ms(w.afterResponseMs.median)} + ${ms(w.readyToPaintMs.median)}`,
      `${ms(item.pipeline.loadMs.median)} + ${ms(item.pipeline.validateMs.median)} = ${spread(item.pipeline.pipelineMs)}`,
      ms(item.renderEstimateMs),
      `${ms(w.taskMs.median)}; ${countSpread(w.longTasks)}`,
      `${int(item.pipeline.rows)} of ${int(item.rows)}; ${problems}`,
    ];
  });
  const profiled = p.cases.filter((item) => item.profile);
  const profileRows = profiled.map((item) => {
    const total = item.profile.groups.reduce((sum, group) => sum + group.ms, 0);
    const share = (name) => {
      const group = item.profile.groups.find((entry) => entry.name === name);
      return group ? `${((group.ms / total) * 100).toFixed(0)} %` : '0 %';
    };
    return [
      item.label,
      ...Object.keys(PROFILE_GROUPS).map(share),
      item.profile.locations
        .slice(0, 5)
        .map((entry) => `\`${entry.name}\``)
        .join('<br>'),
    ];
  });
  return [
    '## Spreadsheet rows',
    '',
    `${int(p.rows)} synthetic rows per file (\`bench/data/spreadsheets.mjs\`), written as a Google Sheets CSV export (UTF-8, \`,\`, headers as people ` +
      'write them: `Date,End date,Title,…,Source URL`, `Indicator,Status,As of,…`; months as `March 2021`, numbers as `1,500.5`) and a German Excel ' +
      'export (windows-1252, `;`, CRLF, `1.500,5`, `15.03.2021`; English headers, since the widgets know no German column names), served from the ' +
      "loopback. The widget's script is loaded and the page idle; then the page creates the element, sets `src` and appends it. " +
      '*src → ready*: to `state="ready"`; *src → paint*: to the second frame after `updateComplete`. Its parts: the fetch (to the response\'s ' +
      'last byte, Resource Timing), then to ready (decoding, parsing, validating and the first render run in one task there), then to paint. ' +
      "*Pipeline alone*: on a separate page, the same file through the library's `loadData` (fetch, decode, parse) and `validateFor` " +
      "(what the widget's data source runs). *First render (est.)*: src → ready less the pipeline alone (medians of separate loads). " +
      `Median, IQR and min–max of ${p.reps} runs each (after a warm-up), widget and pipeline pages alternating; CPU: the page's main-thread ` +
      'TaskDuration over the whole span; long tasks: median (max).',
    '',
    table(
      [
        'Case',
        'src → ready',
        'src → paint',
        'fetch + to ready + to paint',
        'Pipeline alone: load + validate',
        'First render (est.)',
        'CPU; long tasks',
        'Rows read',
      ],
      rows,
    ),
    '',
    ...(profiled.length
      ? [
          `Where the widget page's CPU goes: a sampled CPU profile (200 µs) of ${profiled[0].profile.runs} runs per case, self time by module, ` +
            'as shares (profiling slows everything down); the data pipeline is `src/data/`, `src/controllers/`, the spreadsheet number and ' +
            'date readers and d3-dsv.',
          '',
          table(['Case', ...Object.values(PROFILE_GROUPS), 'Top locations'], profileRows),
          '',
        ]
      : []),
  ].join('\n');
}

function scale(results) {
  const s = results.scale;
  if (!s) return '';
  const STEP_NAMES = {
    sort: "sort (click the first column's sort button)",
    next: 'next page (table) / next event (timeline)',
    end: 'last event (End key / `goToEnd()`)',
  };
  const rows = [];
  for (const testCase of s.cases) {
    const [oursKey, peerKey] = Object.keys(testCase.sides);
    const ours = testCase.sides[oursKey];
    const peer = testCase.sides[peerKey];
    rows.push([
      `**${testCase.label}**`,
      'first render',
      spread(ours.firstRender.ms),
      countSpread(ours.firstRender.longTasks),
      `${label(peerKey)}: ${spread(peer.firstRender.ms)}`,
      countSpread(peer.firstRender.longTasks),
    ]);
    for (const step of Object.keys(ours.steps)) {
      const peerStep = peer.steps[step];
      rows.push([
        '',
        STEP_NAMES[step] ?? step,
        spread(ours.steps[step].ms) + (ours.steps[step].changed ? '' : ' ⚠ no change seen'),
        countSpread(ours.steps[step].longTasks),
        peerStep ? spread(peerStep.ms) + (peerStep.changed ? '' : ' ⚠ no change seen') : 'n/a',
        peerStep ? countSpread(peerStep.longTasks) : 'n/a',
      ]);
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
      "Pre-rendered: the build's paste-ready fragment (shadow root in the HTML, its " +
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
    parts.push(
      '## Failed measurements',
      '',
      ...results.errors.map((error) => `- ${error.case} ${error.side ?? ''}: ${String(error.error).split('\n')[0]}`),
      '',
    );
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

const verdict = (ok) => (ok === undefined ? 'n/a' : ok ? '**met**' : '**not met**');

function goalsSection(results) {
  return [
    '## Goals',
    '',
    'Each goal of the product (bench/lib/goals.mjs) against this run. Size: gzip -9 of each classic script in dist. Render ratios: ' +
      '**render-alone CPU, ours ÷ the peer**: main-thread CPU (thread time) from the mount to the second frame after the widget is complete, ' +
      "on a page where the script is loaded and idle, less the control page's; the same measure on both sides, medians of runs that " +
      'alternate ours and the peer in the same run (wall time to paint in brackets). One frame: the same CPU figure for ours alone. ' +
      'Forced layout: a Chrome trace of the first render, counting `Layout` events that ran while JavaScript was running (they carry ' +
      "the JavaScript stack that forced them, named here through the script's source map). Layout shift: see below.",
    '',
    table(
      ['Area', 'Goal', 'This run', 'Verdict'],
      evaluateGoals(results).map((goal) => [goal.area, goal.goal, goal.figure, verdictOf(goal)]),
    ),
    '',
  ].join('\n');
}

/** What else the run checks that is not one of the goals: budgets, behaviour at scale, pre-rendered embeds, leaks. */
function checks(results) {
  const rows = [];
  for (const file of results.size?.files ?? []) {
    rows.push([`\`${file.file}\` within its stop-growth budget (${kb(file.maxGzipBytes)} gzip)`, kb(file.gzip), verdict(file.gzip <= file.maxGzipBytes)]);
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
  if (results.cls?.prerendered.length) {
    const pre = Math.max(...results.cls.prerendered.map((widget) => widget.cls.max));
    rows.push(['No layout shift from a pre-rendered embed as it hydrates (CLS 0)', `largest CLS ${num(pre, 4)}`, verdict(pre === 0)]);
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
  return ['## Other checks', '', table(['Check', 'This run', 'Verdict'], rows), ''].join('\n');
}

export function writeReport(results) {
  const text = [
    '# belarus-widgets benchmark results',
    '',
    `Written by \`npm run bench\` (bench/run.mjs) on ${results.generatedAt}. Synthetic data sets are generated by ` +
      '`bench/data/synthetic.mjs` and labelled synthetic; the article sets are `data/us-belarus-relations.json`.',
    '',
    goalsSection(results),
    checks(results),
    conditions(results),
    size(results),
    render(results),
    parse(results),
    scale(results),
    cls(results),
    memory(results),
    errors(results),
  ]
    .filter(Boolean)
    .join('\n\n');
  return `${text.replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
