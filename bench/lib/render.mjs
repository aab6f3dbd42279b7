// Render time: script evaluation to first complete paint, ours and the peers on the same data in
// the same harness, alternating within every repetition, plus a control page per data set.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { summarize } from './stats.mjs';
import { mountWhenIdle, openBenchPage } from './browser.mjs';
import { BUNDLE, scriptOf, writePage } from './pages.mjs';
import { retrying } from './retry.mjs';
import { traceRenderAlone } from './trace.mjs';
import { profileRenderAlone } from './profile.mjs';
import { sourceLookup, describeLocation } from './sourcemap.mjs';

/** The render cases; the first peer of each is the one the ratio is taken against. */
export function renderCases({ tablePageSize }) {
  const gridAttributes = { 'page-size': tablePageSize };
  return [
    {
      id: 'timeline-article',
      widget: 'timeline',
      label: 'Timeline: article events',
      data: 'article',
      rows: 'article',
      peers: [{ lib: 'timelinejs', data: 'article-timelinejs' }],
    },
    {
      id: 'timeline-500',
      widget: 'timeline',
      label: 'Timeline: 500 synthetic events',
      data: 'events-500',
      rows: 500,
      synthetic: true,
      peers: [{ lib: 'timelinejs', data: 'events-500-timelinejs' }],
    },
    {
      id: 'quotes-article',
      widget: 'quotes',
      label: 'Quotes carousel: article quotes',
      data: 'article',
      rows: 'article',
      props: { autoplay: true },
      peers: [
        { lib: 'splide', data: 'article' },
        { lib: 'swiper', data: 'article' },
        { lib: 'embla', data: 'article' },
      ],
    },
    {
      id: 'table-article',
      widget: 'indicators',
      label: 'Table: article rows',
      data: 'article',
      rows: 'article',
      peers: [{ lib: 'gridjs', data: 'article', attributes: gridAttributes }],
    },
    {
      id: 'table-10000',
      widget: 'indicators',
      label: 'Table: 10,000 synthetic rows',
      data: 'rows-10000',
      rows: 10_000,
      synthetic: true,
      peers: [{ lib: 'gridjs', data: 'rows-10000', attributes: gridAttributes }],
    },
  ];
}

/** Two pages per side: mounted as the page loads, and mounted on the runner's call (render alone). */
function pagesFor(root, name, spec) {
  const attributes = spec.attributes ?? {};
  return {
    url: writePage(root, { ...spec, name, attributes }),
    deferredUrl: writePage(root, { ...spec, name: `${name}--deferred`, attributes: { ...attributes, 'defer-mount': '' } }),
  };
}

function sidesOf(root, testCase) {
  const ours = {
    side: 'ours',
    lib: 'ours',
    ...pagesFor(root, `${testCase.id}--ours`, {
      lib: 'ours',
      widget: testCase.widget,
      data: testCase.data,
      attributes: testCase.props ? { props: testCase.props } : {},
    }),
  };
  const peers = testCase.peers.map((peer) => ({
    side: peer.lib,
    lib: peer.lib,
    ...pagesFor(root, `${testCase.id}--${peer.lib}`, { lib: peer.lib, widget: testCase.widget, data: peer.data, attributes: peer.attributes }),
  }));
  return [ours, ...peers];
}

/**
 * Names a JavaScript stack frame of a trace (1-based line and column): source file:line through
 * the map of our `script` when the frame is in it, else the function and file as the page has them.
 */
function frameLocator(root, script) {
  const lookup = sourceLookup(JSON.parse(readFileSync(join(root, `${script}.map`), 'utf8')));
  return (frame) => {
    const found = frame.url.endsWith(script) ? lookup(frame.lineNumber - 1, frame.columnNumber - 1) : null;
    if (found) return describeLocation({ ...found, name: frame.functionName || found.name });
    return `${frame.functionName || '(anonymous)'} in ${frame.url.split('/').pop() || '(page)'}`;
  };
}

/**
 * Render alone: the page loads the library and data, goes idle, then the runner starts the
 * mount. CPU is the CDP TaskDuration (thread time) between just before and just after.
 */
async function renderAlone(browser, url) {
  // (DOM nodes are not counted here: the load-time page reports them.)
  const { result, spent } = await mountWhenIdle(browser, url);
  return {
    renderMs: result.renderMs,
    taskMs: spent('TaskDuration'),
    scriptMs: spent('ScriptDuration'),
    layoutMs: spent('LayoutDuration') + spent('RecalcStyleDuration'),
    longTasks: result.longTasks.count,
  };
}

function sample(outcome) {
  const { result, error, cpu, external, consoleErrors } = outcome;
  if (error || !result) return { error: error ?? 'no result', consoleErrors };
  return {
    ms: result.ms,
    evalMs: result.evalMs,
    renderMs: result.renderMs,
    taskMs: cpu.taskMs,
    scriptMs: cpu.scriptMs,
    layoutMs: cpu.layoutMs + cpu.styleMs,
    longTasks: result.longTasks.count,
    longestTaskMs: result.longTasks.longestMs,
    nodes: result.nodes,
    state: result.state,
    problems: result.problems,
    external: external.length,
  };
}

/** Runs every case `reps` times (after one discarded warm-up round); returns summaries. */
export async function measureRender(root, { browser, baseUrl, reps, log, tablePageSize }) {
  const retries = [];
  const attempt = retrying(retries, log);
  const cases = renderCases({ tablePageSize });
  const controls = [...new Set(cases.map((c) => c.data))].map((data) => ({
    data,
    ...pagesFor(root, `control--${data}`, { lib: 'control', widget: '', data }),
  }));
  const plan = cases.map((testCase) => ({ testCase, sides: sidesOf(root, testCase), script: scriptOf(root, testCase.widget) }));
  const samples = new Map();
  const errors = [];
  const push = (key, value) => samples.set(key, [...(samples.get(key) ?? []), value]);

  for (let rep = -1; rep < reps; rep++) {
    const warmUp = rep < 0;
    for (const { testCase, sides } of plan) {
      // Alternate: each repetition starts with the next side, so no side always goes first.
      const turn = warmUp ? 0 : rep % sides.length;
      const order = [...sides.slice(turn), ...sides.slice(0, turn)];
      for (const side of order) {
        try {
          const value = await attempt(`render ${testCase.id} ${side.side}`, async () => {
            const outcome = sample(await openBenchPage(browser, baseUrl + side.url, { timeout: 90_000 }));
            if (outcome.error) throw new Error(outcome.error);
            return outcome;
          });
          if (!warmUp) push(`${testCase.id}|${side.side}`, value);
          const alone = await attempt(`render alone ${testCase.id} ${side.side}`, () => renderAlone(browser, baseUrl + side.deferredUrl));
          if (!warmUp) push(`${testCase.id}|${side.side}|alone`, alone);
        } catch (error) {
          errors.push({ case: testCase.id, side: side.side, error: String(error.message ?? error) });
        }
      }
    }
    for (const control of controls) {
      try {
        const value = await attempt(`control ${control.data}`, async () => {
          const outcome = sample(await openBenchPage(browser, baseUrl + control.url));
          if (outcome.error) throw new Error(outcome.error);
          return outcome;
        });
        if (!warmUp) push(`control|${control.data}`, value);
        const alone = await attempt(`control alone ${control.data}`, () => renderAlone(browser, baseUrl + control.deferredUrl));
        if (!warmUp) push(`control|${control.data}|alone`, alone);
      } catch (error) {
        errors.push({ case: 'control', side: control.data, error: String(error.message ?? error) });
      }
    }
    log(`render: ${warmUp ? 'warm-up' : `repetition ${rep + 1}/${reps}`} done`);
  }

  // Diagnostics, after the timed runs: one trace per side (main-thread time by kind of work) and
  // a source-mapped CPU profile of ours on the article cases.
  const traces = new Map();
  const profiles = new Map();
  for (const { testCase, sides, script } of plan) {
    const locate = frameLocator(root, script);
    for (const side of sides.filter((item) => item.side === 'ours' || item.side === testCase.peers[0].lib)) {
      try {
        const trace = () => traceRenderAlone(browser, baseUrl + side.deferredUrl, { locate });
        traces.set(`${testCase.id}|${side.side}`, await attempt(`trace ${testCase.id} ${side.side}`, trace));
      } catch (error) {
        errors.push({ case: `${testCase.id} (trace)`, side: side.side, error: String(error.message ?? error) });
      }
    }
    if (!testCase.synthetic) {
      try {
        profiles.set(testCase.id, await profileRenderAlone(root, browser, baseUrl + sides[0].deferredUrl, { bundleFile: script }));
      } catch (error) {
        errors.push({ case: `${testCase.id} (profile)`, side: 'ours', error: String(error.message ?? error) });
      }
    }
  }
  log('render: trace and profile diagnostics done');

  const summarizeAlone = (key) => {
    const list = samples.get(key) ?? [];
    const pick = (field) => summarize(list.map((item) => item[field]));
    return {
      n: list.length,
      renderMs: pick('renderMs'),
      taskMs: pick('taskMs'),
      scriptMs: pick('scriptMs'),
      layoutMs: pick('layoutMs'),
      longTasks: pick('longTasks'),
    };
  };
  const summarizeSide = (key) => {
    const list = samples.get(key) ?? [];
    const pick = (field) => summarize(list.map((item) => item[field]));
    return {
      alone: summarizeAlone(`${key}|alone`),
      n: list.length,
      ms: pick('ms'),
      evalMs: pick('evalMs'),
      renderMs: pick('renderMs'),
      taskMs: pick('taskMs'),
      scriptMs: pick('scriptMs'),
      layoutMs: pick('layoutMs'),
      longTasks: pick('longTasks'),
      longestTaskMs: pick('longestTaskMs'),
      nodes: list[0]?.nodes ?? null,
      state: list[0]?.state ?? null,
      problems: list[0]?.problems ?? null,
      externalRequests: list[0]?.external ?? 0,
    };
  };
  const controlSummaries = Object.fromEntries(controls.map((control) => [control.data, summarizeSide(`control|${control.data}`)]));
  const results = plan.map(({ testCase, sides, script }) => {
    const control = controlSummaries[testCase.data];
    const bySide = Object.fromEntries(
      sides.map((side) => [side.side, { ...summarizeSide(`${testCase.id}|${side.side}`), trace: traces.get(`${testCase.id}|${side.side}`) ?? null }]),
    );
    for (const value of Object.values(bySide)) {
      // Main-thread CPU of the page load less the control page's (same data, no widget).
      value.netTaskMs = value.taskMs.median - control.taskMs.median;
      // Main-thread CPU of the render alone, less the control's (the runner's call, two frames).
      value.alone.netTaskMs = value.alone.taskMs.median - control.alone.taskMs.median;
    }
    const ours = bySide.ours;
    const peer = bySide[testCase.peers[0].lib];
    return {
      id: testCase.id,
      label: testCase.label,
      widget: testCase.widget,
      // The script of ours the pages loaded: the widget's own file, or the all-in-one when the build has none.
      script: `dist/${script.split('/').pop()}`,
      ownScript: script !== BUNDLE,
      synthetic: Boolean(testCase.synthetic),
      data: testCase.data,
      peer: testCase.peers[0].lib,
      sides: bySide,
      profile: profiles.get(testCase.id) ?? null,
      control: { data: testCase.data, ms: control.ms, renderMs: control.renderMs, taskMs: control.taskMs, alone: control.alone },
      ratio: {
        ms: ours.ms.median / peer.ms.median,
        taskMs: ours.netTaskMs / peer.netTaskMs,
        renderAloneTaskMs: ours.alone.netTaskMs / peer.alone.netTaskMs,
      },
    };
  });
  return { reps, cases: results, controls: controlSummaries, errors, retries };
}
