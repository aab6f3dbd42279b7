// Mount/unmount cycles for the memory measurement: each cycle creates the widget with a fresh
// copy of the data, waits for state="ready", `updateComplete` and one frame (so observers and
// timers start), then removes it. The runner collects garbage and reads the heap in between.
window.__benchCycles = async (count) => {
  const tag = document.documentElement.dataset.tag;
  const props = JSON.parse(document.documentElement.dataset.props || '{}');
  const stage = document.getElementById('stage');
  const started = performance.now();
  for (let index = 0; index < count; index++) {
    const element = document.createElement(tag);
    Object.assign(element, props);
    element.data = structuredClone(window.BENCH_DATA);
    stage.append(element);
    if (element.getAttribute('state') !== 'ready') {
      await window.__bench.until(() => ['ready', 'error'].includes(element.getAttribute('state')), element, {
        attributes: true,
        attributeFilter: ['state'],
      });
    }
    await element.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    element.remove();
  }
  return { msPerCycle: (performance.now() - started) / count, left: stage.childElementCount };
};
