// Mounting and unmounting each widget 1,000 times must leave nothing running: no timers, no
// window or document listeners, no observers and no pending requests. Moving an element in the
// DOM must keep it working.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';

const CYCLES = 1000;

/** Records what is started and stopped through the global APIs while `run` executes. */
async function track(run: () => Promise<void>) {
  const timers = new Set<number>();
  const listeners = new Map<string, number>();
  const observers = new Set<ResizeObserver>();
  const requests = new Set<AbortSignal | undefined>();
  const saved = {
    setTimeout: window.setTimeout,
    clearTimeout: window.clearTimeout,
    setInterval: window.setInterval,
    clearInterval: window.clearInterval,
    add: EventTarget.prototype.addEventListener,
    remove: EventTarget.prototype.removeEventListener,
    observe: ResizeObserver.prototype.observe,
    disconnect: ResizeObserver.prototype.disconnect,
    fetch: window.fetch,
  };
  const global = (target: EventTarget) => target === window || target === document || target instanceof MediaQueryList;
  window.setTimeout = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id: number = saved.setTimeout.call(
      window,
      () => {
        timers.delete(id);
        (fn as (...a: unknown[]) => void)(...args);
      },
      ms,
    );
    timers.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    timers.delete(id!);
    saved.clearTimeout.call(window, id);
  }) as typeof window.clearTimeout;
  window.setInterval = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id = saved.setInterval.call(window, fn, ms, ...args);
    timers.add(id);
    return id;
  }) as typeof window.setInterval;
  window.clearInterval = ((id?: number) => {
    timers.delete(id!);
    saved.clearInterval.call(window, id);
  }) as typeof window.clearInterval;
  EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
    if (global(this)) listeners.set(type, (listeners.get(type) ?? 0) + 1);
    return (saved.add as (...a: unknown[]) => void).call(this, type, ...rest);
  };
  EventTarget.prototype.removeEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
    if (global(this)) listeners.set(type, (listeners.get(type) ?? 0) - 1);
    return (saved.remove as (...a: unknown[]) => void).call(this, type, ...rest);
  };
  ResizeObserver.prototype.observe = function (this: ResizeObserver, ...args) {
    observers.add(this);
    return saved.observe.apply(this, args);
  };
  ResizeObserver.prototype.disconnect = function (this: ResizeObserver) {
    observers.delete(this);
    return saved.disconnect.call(this);
  };
  window.fetch = (input, init) => {
    const signal = init?.signal ?? undefined;
    requests.add(signal);
    return saved.fetch(input, init).finally(() => requests.delete(signal));
  };
  try {
    await run();
  } finally {
    Object.assign(window, {
      setTimeout: saved.setTimeout,
      clearTimeout: saved.clearTimeout,
      setInterval: saved.setInterval,
      clearInterval: saved.clearInterval,
      fetch: saved.fetch,
    });
    EventTarget.prototype.addEventListener = saved.add;
    EventTarget.prototype.removeEventListener = saved.remove;
    ResizeObserver.prototype.observe = saved.observe;
    ResizeObserver.prototype.disconnect = saved.disconnect;
  }
  return {
    timers: timers.size,
    listeners: [...listeners].filter(([, count]) => count > 0).map(([type, count]) => `${type}: ${count}`),
    observers: observers.size,
    pendingRequests: [...requests].filter((signal) => !signal?.aborted).length,
  };
}

const WIDGETS = [
  { tag: 'belarus-indicators', attributes: {} },
  { tag: 'belarus-timeline', attributes: { 'deep-link': '' } },
  { tag: 'belarus-quotes', attributes: { autoplay: '', interval: '3000' } },
];

describe('lifecycle', () => {
  for (const { tag, attributes } of WIDGETS) {
    it(`${tag}: ${CYCLES} mounts and unmounts leave no timers, listeners, observers or requests`, async () => {
      const host = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
      const result = await track(async () => {
        for (let i = 0; i < CYCLES; i++) {
          const element = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
          for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
          // Every tenth one is mid-request when it is removed.
          if (i % 10 === 0) element.setAttribute('src', '/faults/slow?ms=5000');
          host.append(element);
          await element.updateComplete;
          element.remove();
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      });
      expect(result).to.deep.equal({ timers: 0, listeners: [], observers: 0, pendingRequests: 0 });
    });

    it(`${tag}: keeps working after being moved in the page`, async () => {
      const first = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
      const second = await fixture<HTMLDivElement>(html`<div style="width: 400px"></div>`);
      const element = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown>; data?: unknown };
      first.append(element);
      await waitUntil(() => element.getAttribute('state') === 'ready');
      second.append(element);
      await element.updateComplete;
      expect(element.getAttribute('state')).to.equal('ready');
      expect(element.shadowRoot!.textContent).to.include('Belarus');
      const kind = tag === 'belarus-indicators' ? 'indicators' : tag === 'belarus-timeline' ? 'events' : 'quotes';
      const row = {
        indicators: { indicator: 'Moved row', status: 'ok' },
        events: { date: '2021', title: 'Moved row' },
        quotes: { text: 'Moved row', speaker: 'S' },
      }[kind];
      element.data = [row];
      await element.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(element.shadowRoot!.textContent).to.include('Moved row');
    });
  }
});
