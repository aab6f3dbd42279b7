// Spreadsheet rows: one of our widgets (tag from <html data-tag>) loading a CSV export from
// `src` (<html data-src>), told the data's language (<html data-lang>) as a page would. Runs when
// the runner calls it (the script loaded and the page idle). Times, from setting `src`:
//   fetch: to the last byte of the response (Resource Timing `responseEnd`);
//   ready: to `state="ready"` (the widget decodes, parses and validates the file and renders its
//     first page of rows in the same task, so this is the step after the response);
//   paint: to the second animation frame after `updateComplete` (the first has been painted).
window.__bench.mount(async () => {
  const bench = window.__bench;
  const { tag, src, lang } = document.documentElement.dataset;
  const element = document.createElement(tag);
  if (lang) element.lang = lang;
  let problems = [];
  element.addEventListener('belarus-data-error', (event) => {
    problems = event.detail?.problems ?? [];
  });
  const settled = () => ['ready', 'error'].includes(element.getAttribute('state'));
  const start = performance.now();
  element.src = src;
  bench.stage().append(element);
  await bench.until(settled, element, { attributes: true, attributeFilter: ['state'] });
  const ready = performance.now();
  await element.updateComplete;
  const painted = await bench.twoFrames();
  const response = performance.getEntriesByName(new URL(src, location.href).href).at(-1);
  const severity = (level) => problems.filter((problem) => problem.severity === level);
  bench.result = {
    state: element.getAttribute('state'),
    readyMs: ready - start,
    paintMs: painted - start,
    fetchMs: response ? response.responseEnd - start : NaN,
    afterResponseMs: response ? ready - response.responseEnd : NaN,
    readyToPaintMs: painted - ready,
    bytes: response?.encodedBodySize ?? NaN,
    errors: severity('error').length,
    warnings: severity('warning').map((problem) => problem.code),
    longTasks: bench.longTasksBetween(start, painted),
  };
  bench.done = true;
});
