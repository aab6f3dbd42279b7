// Mounts one of our widgets (tag from <html data-tag>) with the page's data through the `.data`
// property (and any properties in <html data-props>, JSON). Complete: `state="ready"` reflected and `updateComplete` resolved, then two frames.
window.__bench.mount(async () => {
  const bench = window.__bench;
  const tag = document.documentElement.dataset.tag;
  const element = document.createElement(tag);
  let problems = 0;
  element.addEventListener('belarus-data-error', (event) => {
    problems = event.detail?.problems?.length ?? 0;
  });
  Object.assign(element, JSON.parse(document.documentElement.dataset.props || '{}'));
  element.data = window.BENCH_DATA;
  bench.stage().append(element);
  const settled = () => ['ready', 'error'].includes(element.getAttribute('state'));
  await bench.until(settled, element, { attributes: true, attributeFilter: ['state'] });
  await element.updateComplete;
  window.__benchElement = element;
  await bench.finish({ state: element.getAttribute('state'), problems });
});
