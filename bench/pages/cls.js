// Layout-shift page: the widget's data comes from a slow `src` (the server holds the response).
// Waits for state="ready" (or "error"), two frames and one more second for late reflows, then
// reports the shifts seen since the page started: CLS as the largest window of shifts less than
// 1 s apart and at most 5 s long (the Web Vitals definition), and their plain sum,
// plus the element's height while loading and when ready (was the space reserved?).
(async () => {
  const bench = window.__bench;
  const element = document.querySelector(document.documentElement.dataset.tag);
  await customElements.whenDefined(element.localName);
  await element.updateComplete;
  const loadingHeight = element.getBoundingClientRect().height;
  const loadingState = element.getAttribute('state');
  const settled = () => ['ready', 'error'].includes(element.getAttribute('state'));
  await bench.until(settled, element, { attributes: true, attributeFilter: ['state'] });
  await element.updateComplete;
  const readyAt = performance.now();
  await bench.twoFrames();
  await new Promise((resolve) => setTimeout(resolve, 1000));
  bench.flush();
  let worst = 0;
  let current = 0;
  let windowStart = -Infinity;
  let previous = -Infinity;
  for (const shift of bench.shifts) {
    if (shift.start - previous > 1000 || shift.start - windowStart > 5000) {
      current = 0;
      windowStart = shift.start;
    }
    current += shift.value;
    previous = shift.start;
    worst = Math.max(worst, current);
  }
  bench.result = {
    cls: worst,
    sum: bench.shifts.reduce((total, shift) => total + shift.value, 0),
    shifts: bench.shifts,
    state: element.getAttribute('state'),
    loadingState,
    loadingHeight,
    readyHeight: element.getBoundingClientRect().height,
    readyAt,
  };
  bench.done = true;
})().catch((error) => window.__bench.fail(error));
