// Interaction steps on a mounted widget, called by the runner after the first render:
//   window.__benchStep(name) -> { ms, longTasks, changed }
// ms runs from just before the interaction to the second animation frame after the widget has
// finished reacting. The same step names for ours and the peer: `sort` (click the first sortable
// column header's button), `next` (next page / next event), `end` (last event).
(() => {
  const bench = window.__bench;
  const lib = document.documentElement.dataset.lib;
  const timeoutMs = 30_000;

  const ours = () => window.__benchElement;
  const shadow = (selector) => ours().shadowRoot.querySelector(selector);
  const stage = () => bench.stage();

  /** Waits until `read()` differs from `before` (DOM changes under `target`), or a time-out. */
  const changeOf = (read, before, target) =>
    Promise.race([
      bench.until(() => read() !== before, target, { childList: true, subtree: true, characterData: true, attributes: true }),
      new Promise((resolve) => setTimeout(resolve, timeoutMs)),
    ]);

  const key = (target, name) => target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true, cancelable: true }));

  const firstRow = {
    ours: () => shadow('tbody tr')?.textContent ?? '',
    gridjs: () => stage().querySelector('tbody tr')?.textContent ?? '',
  };
  const selectedEvent = {
    ours: () => ours().selected ?? '',
    timelinejs: () => window.__benchTimeline.current_id ?? '',
  };

  const ACTIONS = {
    ours: {
      sort: { read: firstRow.ours, act: () => shadow('th button').click() },
      next: {
        read: () => (shadow('tbody') ? firstRow.ours() : selectedEvent.ours()),
        act: () => {
          const pager = shadow('[part~="pagination"]');
          if (pager) return [...pager.querySelectorAll('button')].at(-1).click();
          const entry = shadow('button.select');
          entry.focus();
          key(entry, 'ArrowRight');
        },
      },
      end: {
        read: selectedEvent.ours,
        act: () => {
          const entry = shadow('button.select[tabindex="0"]') ?? shadow('button.select');
          entry.focus();
          key(entry, 'End');
        },
      },
    },
    gridjs: {
      sort: { read: firstRow.gridjs, act: () => stage().querySelector('th button').click(), wait: true },
      next: {
        read: firstRow.gridjs,
        act: () => [...stage().querySelectorAll('.gridjs-pages button')].at(-1).click(),
        wait: true,
      },
    },
    timelinejs: {
      next: { read: selectedEvent.timelinejs, act: () => window.__benchTimeline.goToNext() },
      end: { read: selectedEvent.timelinejs, act: () => window.__benchTimeline.goToEnd() },
    },
  };

  window.__benchStep = async (name) => {
    const step = ACTIONS[lib]?.[name];
    if (!step) throw new Error(`no step "${name}" for ${lib}`);
    const before = step.read();
    const start = performance.now();
    step.act();
    if (lib === 'ours') await ours().updateComplete;
    if (step.wait) await changeOf(step.read, before, stage());
    const end = await bench.twoFrames();
    return { ms: end - start, longTasks: bench.longTasksBetween(start, end), changed: step.read() !== before };
  };
})();
