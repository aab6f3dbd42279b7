// Memory: the JS heap (after forced garbage collection) and the DOM counters after 10 and after
// 1,000 mount/unmount cycles of each widget, each widget in its own fresh page.
import { openBenchPage } from './browser.mjs';
import { writeMemoryPage } from './pages.mjs';
import { retrying } from './retry.mjs';

const WIDGETS = [{ widget: 'indicators' }, { widget: 'timeline' }, { widget: 'quotes', props: { autoplay: true } }];

async function snapshot(cdp) {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  return { heapUsed: heap.usedSize, heapTotal: heap.totalSize, nodes: dom.nodes, listeners: dom.jsEventListeners, documents: dom.documents };
}

export async function measureMemory(root, { browser, baseUrl, cycles, log }) {
  const errors = [];
  const results = [];
  const retries = [];
  const attempt = retrying(retries, log);
  for (const { widget, props } of WIDGETS) {
    const url = writeMemoryPage(root, { name: `memory-${widget}`, widget, props });
    try {
      const result = await attempt(`memory ${widget}`, async () => {
        // The memory page has no mount script: openBenchPage returns at the load event.
        const outcome = await openBenchPage(browser, `${baseUrl}${url}`, { keep: true, timeout: 60_000, ready: 'load' });
        try {
          const { page, cdp } = outcome;
          const start = await snapshot(cdp);
          const first = await page.evaluate((n) => window.__benchCycles(n), cycles.first);
          const afterFirst = await snapshot(cdp);
          const rest = await page.evaluate((n) => window.__benchCycles(n), cycles.total - cycles.first);
          const afterAll = await snapshot(cdp);
          return {
            widget,
            cycles,
            start,
            afterFirst,
            afterAll,
            heapGrowth: afterAll.heapUsed - afterFirst.heapUsed,
            heapGrowthPerCycle: (afterAll.heapUsed - afterFirst.heapUsed) / (cycles.total - cycles.first),
            nodeGrowth: afterAll.nodes - afterFirst.nodes,
            listenerGrowth: afterAll.listeners - afterFirst.listeners,
            msPerCycle: (first.msPerCycle * cycles.first + rest.msPerCycle * (cycles.total - cycles.first)) / cycles.total,
            left: rest.left,
          };
        } finally {
          await outcome.close();
        }
      });
      results.push(result);
      log(`memory: ${widget} done`);
    } catch (error) {
      errors.push({ case: `memory-${widget}`, error: String(error.message ?? error) });
    }
  }
  return { widgets: results, errors, retries };
}
