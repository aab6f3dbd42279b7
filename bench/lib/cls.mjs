// Layout shift: each widget loading its data from a slow `src` (held back by the bench server),
// the same as the embed generator prints it with the room reserved (`--reserve bundled`: the
// heights the build measured with that dataset), and each pre-rendered embed the build ships
// (dist/static/belarus-<widget>.html: Declarative Shadow DOM, hydrated by the deferred bundle).
import { summarize } from './stats.mjs';
import { openBenchPage } from './browser.mjs';
import { CLS_SRC, generatedSnippet, prerenderedFragment, writeClsPage, writePrerenderedClsPage, writeSnippetClsPage } from './pages.mjs';
import { retrying } from './retry.mjs';

const WIDGETS = [{ widget: 'indicators' }, { widget: 'timeline' }, { widget: 'quotes', props: { autoplay: true } }];

/** What the runs of one layout-shift page have in common to report. */
function summarizeRuns(runs) {
  return {
    n: runs.length,
    cls: summarize(runs.map((run) => run.cls)),
    sum: summarize(runs.map((run) => run.sum)),
    loadingHeight: summarize(runs.map((run) => run.loadingHeight)),
    readyHeight: summarize(runs.map((run) => run.readyHeight)),
    state: runs[0]?.state ?? null,
    shiftSources: [...new Set(runs.flatMap((run) => run.shifts.flatMap((shift) => shift.sources)))].slice(0, 12),
    externalRequests: [...new Set(runs.flatMap((run) => run.external))],
  };
}

export async function measureCls(root, { browser, baseUrl, reps, delayMs, log }) {
  const errors = [];
  const retries = [];
  const attempt = retrying(retries, log);
  /** Loads a layout-shift page `reps` times; failures (after the retry) are recorded. */
  const runPage = async (label, url) => {
    const runs = [];
    for (let rep = 0; rep < reps; rep++) {
      try {
        runs.push(
          await attempt(`layout shift ${label}`, async () => {
            const outcome = await openBenchPage(browser, baseUrl + url, { timeout: 60_000 });
            if (outcome.error || !outcome.result) throw new Error(outcome.error ?? 'no result');
            return { ...outcome.result, external: outcome.external };
          }),
        );
      } catch (error) {
        errors.push({ case: `cls ${label}`, error: String(error.message ?? error) });
      }
    }
    log(`layout shift: ${label} done`);
    return runs;
  };

  const results = [];
  for (const { widget, props } of WIDGETS) {
    const url = writeClsPage(root, { name: `cls-${widget}`, widget, delayMs, props });
    results.push({ widget, delayMs, ...summarizeRuns(await runPage(widget, url)) });
  }

  // The same slow src, embedded as the generator prints it with the room reserved.
  const reserved = [];
  for (const { widget } of WIDGETS) {
    let snippet;
    try {
      snippet = generatedSnippet(root, widget, `/slow/${delayMs}${CLS_SRC}`);
    } catch (error) {
      errors.push({ case: `cls reserved ${widget}`, error: String(error.message ?? error) });
      continue;
    }
    const url = writeSnippetClsPage(root, { name: `cls-reserved-${widget}`, widget, snippet });
    const reserve = /\sreserve="([^"]*)"/.exec(snippet)[1];
    reserved.push({ widget, delayMs, reserve, ...summarizeRuns(await runPage(`${widget} with reserve`, url)) });
  }

  // The pre-rendered embeds (dist/static/belarus-<widget>.html), when the build makes them.
  const prerendered = [];
  for (const { widget } of WIDGETS) {
    const fragment = prerenderedFragment(root, widget);
    if (!fragment) continue;
    const url = writePrerenderedClsPage(root, { name: `cls-prerendered-${widget}`, widget, fragment });
    prerendered.push({ widget, source: `dist/static/belarus-${widget}.html`, ...summarizeRuns(await runPage(`pre-rendered ${widget}`, url)) });
  }
  return { widgets: results, reserved, prerendered, errors, retries };
}
