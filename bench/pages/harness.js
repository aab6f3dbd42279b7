// Loaded as the first script of every benchmark page, right before the library under test.
// Sets the start of the measured span ("before script evaluation"), observes long tasks and
// layout shifts from then on, and gives the mount scripts a common way to report.
(() => {
  const bench = {
    start: 0,
    longTasks: [],
    shifts: [],
    result: null,
    error: null,
    done: false,
    unsupported: [],
  };
  window.__bench = bench;
  const observers = [];
  const observe = (type, push) => {
    try {
      const observer = new PerformanceObserver((list) => list.getEntries().forEach(push));
      observer.observe({ type, buffered: true });
      observers.push([observer, push]);
    } catch {
      bench.unsupported.push(type);
    }
  };
  observe('longtask', (entry) => bench.longTasks.push({ start: entry.startTime, duration: entry.duration }));
  observe('layout-shift', (entry) => {
    if (entry.hadRecentInput) return;
    const sources = (entry.sources ?? []).map((source) => {
      const node = source.node;
      if (!node) return '(gone)';
      const root = node.getRootNode?.();
      const host = root instanceof ShadowRoot ? `${root.host.localName} > ` : '';
      const label =
        node.nodeType === 1 ? node.localName + (node.className && typeof node.className === 'string' ? `.${node.className.split(' ')[0]}` : '') : '#text';
      return host + label;
    });
    bench.shifts.push({ start: entry.startTime, value: entry.value, sources });
  });
  /** Delivers entries the observers have queued but not yet reported. */
  bench.flush = () => observers.forEach(([observer, push]) => observer.takeRecords().forEach(push));

  window.addEventListener('error', (event) => {
    bench.error ??= String(event.error?.stack ?? event.message);
  });
  // A library file that fails to load ends the page's measurement at once (resource errors do
  // not bubble; they reach window in the capture phase).
  window.addEventListener(
    'error',
    (event) => {
      const target = event.target;
      if (target instanceof HTMLScriptElement && target.hasAttribute('data-bench-lib')) {
        bench.error ??= `library failed to load: ${target.src}`;
        bench.done = true;
      }
    },
    true,
  );
  window.addEventListener('unhandledrejection', (event) => {
    bench.error ??= String(event.reason?.stack ?? event.reason);
  });

  /** Resolves in the second animation frame from now: the first one has been painted by then. */
  bench.twoFrames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))));

  /** Resolves once `check()` is true, re-checking on every DOM change under `target`. */
  bench.until = (check, target, options = { childList: true, subtree: true, attributes: true }) =>
    new Promise((resolve) => {
      if (check()) return resolve();
      const observer = new MutationObserver(() => {
        if (!check()) return;
        observer.disconnect();
        resolve();
      });
      observer.observe(target, options);
    });

  /** Counts DOM nodes, open shadow roots included. */
  bench.countNodes = (root = document.body) => {
    let count = 0;
    const walk = (node) => {
      count++;
      if (node.shadowRoot) walk(node.shadowRoot);
      for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    };
    walk(root);
    return count;
  };

  bench.stage = () => document.getElementById('stage');

  /** Long tasks (> 50 ms, as the browser reports them) that overlap [from, to]. */
  bench.longTasksBetween = (from, to) => {
    bench.flush();
    const tasks = bench.longTasks.filter((task) => task.start + task.duration > from && task.start < to);
    return {
      count: tasks.length,
      totalMs: tasks.reduce((sum, task) => sum + task.duration, 0),
      blockingMs: tasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
      longestMs: tasks.reduce((max, task) => Math.max(max, task.duration), 0),
    };
  };

  /**
   * Called by a mount script once its content is in the DOM: waits two frames, then records the
   * span from the start (or from the library's arrival, if the parser had to wait for it) to paint.
   */
  bench.finish = async (details = {}) => {
    const painted = await bench.twoFrames();
    const arrivals = [...document.querySelectorAll('script[data-bench-lib]')].map((script) => performance.getEntriesByName(script.src)[0]?.responseEnd ?? 0);
    const libArrived = Math.max(0, ...arrivals);
    const start = Math.max(bench.start, libArrived);
    // bench.mount() sets mountStart: the library has been evaluated by then.
    const mountStart = Math.max(start, bench.mountStart ?? start);
    bench.result = {
      ms: painted - start,
      evalMs: mountStart - start,
      renderMs: painted - mountStart,
      start,
      markedStart: bench.start,
      libArrived,
      painted,
      longTasks: bench.longTasksBetween(start, painted),
      // DOM nodes are counted by the runner afterwards (bench.countNodes), outside every measured span.
      ...details,
    };
    bench.done = true;
    return bench.result;
  };

  /**
   * Runs a mount script's body now, or, on pages with <html data-defer-mount>, when the runner
   * calls window.__benchMount() (the library evaluated and the page idle: render cost alone).
   */
  bench.mount = (body) => {
    const run = () => {
      bench.mountStart = performance.now();
      return Promise.resolve()
        .then(body)
        .catch((error) => bench.fail(error));
    };
    if (document.documentElement.hasAttribute('data-defer-mount')) window.__benchMount = run;
    else run();
  };

  bench.fail = (error) => {
    bench.error ??= String(error?.stack ?? error);
    bench.done = true;
  };

  bench.start = performance.now();
  performance.mark('bench-start');
})();
