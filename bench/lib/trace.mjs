// One Chrome trace of a render-alone page (library loaded and idle, then the mount), reduced to
// main-thread self time by kind of work: script, style, layout, paint/composite, GC, other.
// It shows where the render-alone CPU goes; the timings themselves come from untraced runs.
import { openBenchPage } from './browser.mjs';

const CATEGORIES = ['devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8'];

function bucketOf(name) {
  if (/GC|Scavenge|MarkCompact|Sweep/i.test(name)) return 'gc';
  if (name === 'Layout' || name === 'LayoutInvalidationTracking' || name === 'IntersectionObserverController::computeIntersections') return 'layout';
  if (/UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|ScheduleStyleRecalculation|StyleInvalidator/.test(name)) return 'style';
  if (/^(Paint|PrePaint|Layerize|UpdateLayer|UpdateLayerTree|CompositeLayers|Commit|PaintImage|Document::updateLifecycle|LocalFrameView::RunPostLifecycleSteps)$/.test(name) || /Paint|Raster|Composit/.test(name)) return 'paint';
  if (/FunctionCall|EvaluateScript|RunMicrotasks|V8\.|v8\.|Compile|Parse|TimerFire|FireAnimationFrame|EventDispatch|MutationObserver|ResizeObserver|Callback|Script/i.test(name)) return 'script';
  return 'other';
}

/** Self time (ms) per bucket of complete events on the renderer main thread. */
export function reduceTrace(events) {
  // A trace can hold several renderer main threads (other contexts' pages): take the busiest.
  const mains = events.filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  const complete = (thread) => events.filter((event) => event.pid === thread.pid && event.tid === thread.tid && event.ph === 'X' && typeof event.dur === 'number');
  const busiest = mains
    .map((thread) => ({ thread, list: complete(thread) }))
    .map((entry) => ({ ...entry, busy: entry.list.reduce((sum, event) => sum + event.dur, 0) }))
    .sort((a, b) => b.busy - a.busy)[0];
  if (!busiest) return null;
  const onMain = busiest.list.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
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

export async function traceRenderAlone(browser, url) {
  const outcome = await openBenchPage(browser, url, { ready: 'load', keep: true, timeout: 90_000 });
  try {
    const { page } = outcome;
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50)))));
    await page.tracing.start({ categories: CATEGORIES });
    await page.evaluate(() => window.__benchMount());
    const buffer = await page.tracing.stop();
    const { traceEvents } = JSON.parse(Buffer.from(buffer).toString('utf8'));
    return reduceTrace(traceEvents);
  } finally {
    await outcome.close();
  }
}
