// Spreadsheet rows, the data pipeline alone: what a widget's data source runs for a `src`
// (src/controllers/data-source-controller.ts), called through the library's API on the same
// file, in the same language, with no element: `loadData` (fetch, decode, detect, parse) then
// `validateFor` (rows and fields read and checked). Runs when the runner calls it.
window.__bench.mount(async () => {
  const bench = window.__bench;
  const { src, lang, kind } = document.documentElement.dataset;
  const api = window.BelarusWidgets;
  const start = performance.now();
  const input = await api.loadData(src);
  const loaded = performance.now();
  const { rows, problems } = api.validateFor(kind, input, { lang });
  const validated = performance.now();
  const response = performance.getEntriesByName(new URL(src, location.href).href).at(-1);
  bench.result = {
    state: rows.length ? 'ready' : 'error',
    loadMs: loaded - start,
    validateMs: validated - loaded,
    pipelineMs: validated - start,
    fetchMs: response ? response.responseEnd - start : NaN,
    rows: rows.length,
    errors: problems.filter((problem) => problem.severity === 'error').length,
    longTasks: bench.longTasksBetween(start, validated),
  };
  bench.done = true;
});
