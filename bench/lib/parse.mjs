// Spreadsheet rows: 10,000 synthetic rows from a CSV `src`, parsed and first rendered by the
// timeline and the table in headless Chromium with the shipped script. Two pages per case, both
// started by the runner once the script is loaded and the page idle, alternating within every
// repetition: the widget (bench/pages/mount-src.js: `src` to ready to paint, with the fetch
// split off) and the data pipeline alone on the same file (bench/pages/pipeline-src.js: the
// library's `loadData` + `validateFor`, what the widget's data source runs). The widget decodes,
// parses, validates and first renders in one task after the response, so that split comes from
// the second page, and from a source-mapped CPU profile of the widget page (self time by module:
// the data pipeline's or the rest).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { germanExcelIndicatorsCsv, sheetsEventsCsv, sheetsIndicatorsCsv } from '../data/spreadsheets.mjs';
import { mountWhenIdle } from './browser.mjs';
import { scriptOf, writePage } from './pages.mjs';
import { profileRenderAlone } from './profile.mjs';
import { retrying } from './retry.mjs';
import { summarize } from './stats.mjs';

export const SPREADSHEET_ROWS = 10_000;

/** The cases: which widget reads which export, in which language. */
export function parseCases(rows = SPREADSHEET_ROWS) {
  return [
    {
      id: 'timeline-sheets',
      widget: 'timeline',
      kind: 'events',
      lang: 'en',
      rows,
      label: `Timeline: ${rows.toLocaleString('en-US')} events, Google Sheets CSV`,
      file: `synthetic-events-${rows}-sheets.csv`,
      make: () => sheetsEventsCsv(rows),
    },
    {
      id: 'table-sheets',
      widget: 'indicators',
      kind: 'indicators',
      lang: 'en',
      rows,
      label: `Table: ${rows.toLocaleString('en-US')} rows, Google Sheets CSV`,
      file: `synthetic-indicators-${rows}-sheets.csv`,
      make: () => sheetsIndicatorsCsv(rows),
    },
    {
      id: 'table-excel-de',
      widget: 'indicators',
      kind: 'indicators',
      lang: 'de',
      rows,
      label: `Table: ${rows.toLocaleString('en-US')} rows, German Excel CSV (windows-1252, \`;\`, \`1.500,5\`, \`15.03.2021\`)`,
      file: `synthetic-indicators-${rows}-excel-de.csv`,
      make: () => germanExcelIndicatorsCsv(rows),
    },
  ];
}

/** The groups of the profile split, in report order. */
export const PROFILE_GROUPS = {
  pipeline: 'fetch, decode, parse, validate',
  render: 'first render (widget, Lit, D3, display formats)',
  engine: 'engine (style, layout, compiling, GC)',
  other: 'other (harness, native calls)',
};

/**
 * A profiled source file's group: the data pipeline (src/data/, src/controllers/, the
 * spreadsheet number and date readers, d3-dsv), the rest of ours and our dependencies (the first
 * render: widget, Lit, D3, display formats), the engine's own work (`(program)`: style, layout,
 * compiling; GC), or other (the harness, native calls).
 */
export function profileGroupOf(file) {
  if (/^src\/(data|controllers)\//.test(file) || /^src\/format\/(spreadsheet-|month-names)/.test(file) || file.startsWith('node_modules/d3-dsv/'))
    return 'pipeline';
  if (file.startsWith('src/') || file.startsWith('node_modules/') || /\.min\.js$/.test(file)) return 'render';
  if (file === '(program)' || file === '(garbage collector)') return 'engine';
  return 'other';
}

/** Writes the case's export into bench/results/tmp/data/ and both of its pages; returns their URLs. */
function pagesFor(root, testCase) {
  const dir = join(root, 'bench/results/tmp/data');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, testCase.file), testCase.make());
  const attributes = { src: `/bench/results/tmp/data/${testCase.file}`, lang: testCase.lang, kind: testCase.kind, 'defer-mount': '' };
  const page = (side, mount) => writePage(root, { name: `parse-${testCase.id}--${side}`, lib: 'ours', widget: testCase.widget, attributes, mount });
  return { widget: page('widget', 'mount-src.js'), pipeline: page('pipeline', 'pipeline-src.js') };
}

/** Loads a page, waits until it is idle, runs its mount and returns its result with the mount's main-thread CPU. */
async function runOnce(browser, url) {
  const { result, spent, external } = await mountWhenIdle(browser, url);
  if (result.state !== 'ready') throw new Error(`state "${result.state}" (${result.errors} errors)`);
  return { ...result, taskMs: spent('TaskDuration'), longTasks: result.longTasks.count, external };
}

const pick = (list, field) => summarize(list.map((item) => item[field]));

export async function measureParse(root, { browser, baseUrl, reps, log }) {
  const retries = [];
  const attempt = retrying(retries, log);
  const errors = [];
  const plan = parseCases().map((testCase) => ({ testCase, urls: pagesFor(root, testCase), widget: [], pipeline: [] }));
  for (let rep = -1; rep < reps; rep++) {
    for (const entry of plan) {
      const sides = rep % 2 ? ['pipeline', 'widget'] : ['widget', 'pipeline'];
      for (const side of sides) {
        try {
          const value = await attempt(`parse ${entry.testCase.id} ${side}`, () => runOnce(browser, baseUrl + entry.urls[side]));
          if (rep >= 0) entry[side].push(value);
        } catch (error) {
          errors.push({ case: `parse ${entry.testCase.id}`, side, error: String(error.message ?? error) });
        }
      }
    }
    log(`parse: ${rep < 0 ? 'warm-up' : `repetition ${rep + 1}/${reps}`} done`);
  }
  // After the timed runs: where the widget page's CPU goes, by group (profiling slows it down).
  for (const entry of plan) {
    try {
      const bundleFile = scriptOf(root, entry.testCase.widget);
      entry.profile = await attempt(`parse ${entry.testCase.id} profile`, () =>
        profileRenderAlone(root, browser, baseUrl + entry.urls.widget, { runs: 2, bundleFile, groupOf: profileGroupOf, intervalUs: 200 }),
      );
    } catch (error) {
      errors.push({ case: `parse ${entry.testCase.id} (profile)`, side: 'ours', error: String(error.message ?? error) });
    }
  }
  log('parse: profiles done');
  const cases = plan.map(({ testCase, widget, pipeline, profile }) => {
    const widgetSide = {
      n: widget.length,
      readyMs: pick(widget, 'readyMs'),
      paintMs: pick(widget, 'paintMs'),
      fetchMs: pick(widget, 'fetchMs'),
      afterResponseMs: pick(widget, 'afterResponseMs'),
      readyToPaintMs: pick(widget, 'readyToPaintMs'),
      taskMs: pick(widget, 'taskMs'),
      longTasks: pick(widget, 'longTasks'),
      bytes: widget[0]?.bytes ?? null,
      errors: widget[0]?.errors ?? null,
      warnings: widget[0]?.warnings ?? [],
    };
    const pipelineSide = {
      n: pipeline.length,
      loadMs: pick(pipeline, 'loadMs'),
      validateMs: pick(pipeline, 'validateMs'),
      pipelineMs: pick(pipeline, 'pipelineMs'),
      fetchMs: pick(pipeline, 'fetchMs'),
      taskMs: pick(pipeline, 'taskMs'),
      rows: pipeline[0]?.rows ?? null,
    };
    return {
      id: testCase.id,
      label: testCase.label,
      widget: testCase.widget,
      lang: testCase.lang,
      file: testCase.file,
      rows: testCase.rows,
      script: `dist/${scriptOf(root, testCase.widget).split('/').pop()}`,
      widgetSide,
      pipeline: pipelineSide,
      // The first render alone, estimated: `src` to ready on the widget page less the pipeline
      // alone (medians of separate page loads, so an estimate, not a measurement).
      renderEstimateMs: widgetSide.readyMs.median - pipelineSide.pipelineMs.median,
      profile: profile ? { runs: profile.runs, sampledMs: profile.sampledMs, groups: profile.groups, locations: profile.locations } : null,
    };
  });
  return { reps, rows: SPREADSHEET_ROWS, cases, errors, retries };
}
