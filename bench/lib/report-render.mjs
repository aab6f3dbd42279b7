// The render-time section of the results: the timing table, controls, and the diagnostics
// (trace breakdown and profile locations).
import { countSpread, label, ms, ratio, spread, table } from './markdown.mjs';

export function render(results) {
  const r = results.render;
  if (!r) return '';
  const rows = [];
  for (const testCase of r.cases) {
    const ours = testCase.sides.ours;
    for (const [lib, peer] of Object.entries(testCase.sides)) {
      if (lib === 'ours') continue;
      const primary = lib === testCase.peer;
      rows.push([
        primary ? `**${testCase.label}**${testCase.synthetic ? ' (synthetic)' : ''}` : '↳ same case',
        primary ? `${spread(ours.ms)}<br>eval ${ms(ours.evalMs.median)} + render ${ms(ours.renderMs.median)}` : '″',
        `${label(lib)}: ${spread(peer.ms)}<br>eval ${ms(peer.evalMs.median)} + render ${ms(peer.renderMs.median)}`,
        ratio(ours.ms.median / peer.ms.median),
        `${ms(ours.netTaskMs)} / ${ms(peer.netTaskMs)} (${ratio(ours.netTaskMs / peer.netTaskMs)})`,
        `${ms(ours.alone.netTaskMs)} / ${ms(peer.alone.netTaskMs)} (${ratio(ours.alone.netTaskMs / peer.alone.netTaskMs)})`,
        `${countSpread(ours.longTasks)} / ${countSpread(peer.longTasks)}`,
      ]);
    }
  }
  const controls = Object.entries(r.controls).map(
    ([data, control]) => `\`${data}\` ${spread(control.ms)} (page CPU ${ms(control.taskMs.median)}, render-alone CPU ${ms(control.alone.taskMs.median)})`,
  );
  return [
    '## Render time',
    '',
    "Script evaluation to first complete paint: from a mark set by an external script right before the library's " +
      "`<script>` (or from the library file's arrival, if later) to the second animation frame after the content is in the DOM " +
      '(ours: `state="ready"` and `updateComplete`; TimelineJS: `ready`; Splide: `mounted`; Swiper: `init`; Embla: created; ' +
      'Grid.js: first page of rows in `<tbody>`). Median, then IQR and min–max in small print; below it the medians of the two ' +
      "parts: *eval* (the library file evaluated) and *render* (mount script start to paint). *Page CPU* is the page load's " +
      'main-thread CDP `TaskDuration` in thread time (other processes on the machine do not inflate it; it includes parsing and ' +
      "compiling the library and its CSS) less the control page's (same data and harness, no widget). *Render-alone CPU* is the " +
      'same figure for the mount alone, on a second page where the library is loaded and idle before the runner starts the ' +
      "mount, less the control's. Ratios < 1: ours is faster or cheaper.",
    '',
    `Ours: ${[...new Set(r.cases.map((testCase) => `\`${testCase.script}\``))].join(', ')}, the script a page with that widget embeds ` +
      "(each widget's own when dist has it, else the all-in-one).",
    '',
    table(
      ['Case', 'Ours: wall to paint', 'Peer: wall to paint', 'Wall ratio', 'Page CPU ours / peer', 'Render-alone CPU ours / peer', 'Long tasks ours / peer'],
      rows,
    ),
    '',
    `Control pages (no widget; the floor every case pays, mostly the two frames waited for): ${controls.join('; ')}.`,
    '',
    diagnostics(r),
  ].join('\n');
}

/** The trace breakdown and the profile's top source locations (one traced run, a few profiled). */
function diagnostics(r) {
  const traceRows = [];
  for (const testCase of r.cases) {
    for (const [lib, side] of Object.entries(testCase.sides)) {
      const t = side.trace;
      if (!t) continue;
      const forced = t.forced ? `${t.forced.layouts} / ${t.forced.styles}` : 'n/a';
      traceRows.push([
        testCase.label,
        lib === 'ours' ? 'belarus-widgets' : label(lib),
        ms(t.totalMs),
        ms(t.script),
        ms(t.style),
        ms(t.layout),
        ms(t.paint),
        ms(t.gc),
        ms(t.other),
        forced,
      ]);
    }
  }
  const lines = [];
  if (traceRows.length) {
    lines.push(
      '### Where the render-alone time goes',
      '',
      'One traced render-alone run per side (Chrome trace, renderer main thread, self time by kind of work). Tracing adds overhead; read the proportions. ' +
        '*Forced*: layouts / style recalculations that ran while JavaScript was running (forced synchronously by script).',
      '',
      table(['Case', 'Side', 'Main thread', 'Script', 'Style', 'Layout', 'Paint/composite', 'GC', 'Other', 'Forced'], traceRows),
      '',
    );
  }
  const profiled = r.cases.filter((testCase) => testCase.profile);
  if (profiled.length) {
    lines.push(
      '### Our hottest source locations (render alone, article data)',
      '',
      'Sampled CPU profile (50 µs) of the mount, self time per location averaged over the profiled runs, bundle positions ' +
        "mapped to source through the bundle's source map. `(program)` is the engine's own work (style, layout, " +
        'parsing, compiling); profiling slows everything, so compare locations, not totals.',
      '',
      table(
        ['Case', 'Top locations (ms self time per run)'],
        profiled.map((testCase) => [
          testCase.label,
          testCase.profile.locations
            .slice(0, 8)
            .map((entry) => `${ms(entry.ms)} \`${entry.name}\``)
            .join('<br>'),
        ]),
      ),
      '',
    );
  }
  return lines.join('\n');
}
