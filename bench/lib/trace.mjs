// One Chrome trace of a render-alone page (library loaded and idle, then the mount), reduced to
// main-thread self time by kind of work: script, style, layout, paint/composite, GC, other; and
// the forced synchronous layouts in it (see forcedLayouts). It shows where the render-alone CPU
// goes; the timings themselves come from untraced runs.
import { openBenchPage } from './browser.mjs';

// `.stack` gives a style or layout that script forced the JavaScript stack that forced it.
const CATEGORIES = [
  'devtools.timeline',
  'v8.execute',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.stack',
  'blink.user_timing',
  'v8',
];

function bucketOf(name) {
  if (/GC|Scavenge|MarkCompact|Sweep/i.test(name)) return 'gc';
  if (name === 'Layout' || name === 'LayoutInvalidationTracking' || name === 'IntersectionObserverController::computeIntersections') return 'layout';
  if (/UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|ScheduleStyleRecalculation|StyleInvalidator/.test(name)) return 'style';
  if (
    /^(Paint|PrePaint|Layerize|UpdateLayer|UpdateLayerTree|CompositeLayers|Commit|PaintImage|Document::updateLifecycle|LocalFrameView::RunPostLifecycleSteps)$/.test(
      name,
    ) ||
    /Paint|Raster|Composit/.test(name)
  )
    return 'paint';
  if (
    /FunctionCall|EvaluateScript|RunMicrotasks|V8\.|v8\.|Compile|Parse|TimerFire|FireAnimationFrame|EventDispatch|MutationObserver|ResizeObserver|Callback|Script/i.test(
      name,
    )
  )
    return 'script';
  return 'other';
}

/**
 * The complete events of the busiest renderer main thread (a trace can hold several: other
 * contexts' pages), in start order, an enclosing event before the events inside it; or null.
 */
function mainThreadEvents(events) {
  const mains = events.filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  const complete = (thread) =>
    events.filter((event) => event.pid === thread.pid && event.tid === thread.tid && event.ph === 'X' && typeof event.dur === 'number');
  const busiest = mains
    .map((thread) => ({ thread, list: complete(thread) }))
    .map((entry) => ({ ...entry, busy: entry.list.reduce((sum, event) => sum + event.dur, 0) }))
    .sort((a, b) => b.busy - a.busy)[0];
  return busiest ? busiest.list.sort((a, b) => a.ts - b.ts || b.dur - a.dur) : null;
}

/** Self time (ms) per bucket of complete events on the renderer main thread. */
export function reduceTrace(events) {
  const onMain = mainThreadEvents(events);
  if (!onMain) return null;
  const buckets = { script: 0, style: 0, layout: 0, paint: 0, gc: 0, other: 0 };
  const stack = [];
  const close = (until) => {
    while (stack.length && stack.at(-1).end <= until) {
      const done = stack.pop();
      buckets[bucketOf(done.name)] += Math.max(0, done.dur - done.children) / 1000;
    }
  };
  for (const event of onMain) {
    close(event.ts);
    if (stack.length) stack.at(-1).children += event.dur;
    stack.push({ name: event.name, end: event.ts + event.dur, dur: event.dur, children: 0 });
  }
  close(Infinity);
  const total = Object.values(buckets).reduce((sum, value) => sum + value, 0);
  return { totalMs: total, ...buckets };
}

/** Events in which JavaScript runs: a style or layout inside one was forced by script. */
const RUNS_SCRIPT =
  /^(FunctionCall|EvaluateScript|RunMicrotasks|TimerFire|FireAnimationFrame|FireIdleCallback|EventDispatch|v8\.(run|callFunction|newInstance|callAsConstructor|evaluateModule))$/;
const FORCEABLE = { Layout: 'layouts', UpdateLayoutTree: 'styles' };

/**
 * Forced synchronous layouts and style recalculations on the renderer main thread: a `Layout` or
 * `UpdateLayoutTree` that ran while JavaScript was running (inside a script event, or carrying
 * the JavaScript stack that Chrome records for one script forced). The browser's own rendering
 * steps, once script has yielded, carry neither. `locate(frame)` names a stack frame
 * ({ url, lineNumber, columnNumber, functionName }); each forced event is listed under the name of
 * its innermost frame.
 */
export function forcedLayouts(events, locate = (frame) => `${frame.functionName || '(anonymous)'} in ${frame.url.split('/').pop()}`) {
  const onMain = mainThreadEvents(events);
  if (!onMain) return null;
  const found = { layouts: 0, styles: 0, layoutMs: 0, styleMs: 0, where: [] };
  const open = [];
  for (const event of onMain) {
    while (open.length && open.at(-1).ts + open.at(-1).dur <= event.ts) open.pop();
    const kind = FORCEABLE[event.name];
    if (kind) {
      const stack = event.args?.beginData?.stackTrace ?? [];
      if (stack.length || open.some((outer) => RUNS_SCRIPT.test(outer.name))) {
        found[kind]++;
        found[kind === 'layouts' ? 'layoutMs' : 'styleMs'] += event.dur / 1000;
        found.where.push({ kind: kind === 'layouts' ? 'layout' : 'style', ms: event.dur / 1000, at: stack.length ? locate(stack[0]) : '(no stack recorded)' });
      }
    }
    open.push(event);
  }
  return found;
}

/**
 * `locate` names a JavaScript stack frame for the forced-layout list (see forcedLayouts).
 */
export async function traceRenderAlone(browser, url, { locate } = {}) {
  const outcome = await openBenchPage(browser, url, { ready: 'load', keep: true, timeout: 90_000 });
  try {
    const { page } = outcome;
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50)))));
    await page.tracing.start({ categories: CATEGORIES });
    await page.evaluate(() => window.__benchMount());
    const buffer = await page.tracing.stop();
    const { traceEvents } = JSON.parse(Buffer.from(buffer).toString('utf8'));
    const reduced = reduceTrace(traceEvents);
    return reduced && { ...reduced, forced: forcedLayouts(traceEvents, locate) };
  } finally {
    await outcome.close();
  }
}
