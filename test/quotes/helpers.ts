// Shared helpers for the <belarus-quotes> browser tests: what a reader sees and hears, a fake
// clock for the rotation timer, and an axe run with the WCAG 2.2 rules axe leaves off by default.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { BelarusQuotes } from '../../src/quotes/quotes.js';
import { syntheticQuotes } from '../fixtures/quotes-synthetic.js';

export const ARTICLE_QUOTES = [
  'President Trump sent me to free you all.',
  'There’s no coherent strategy visible here',
  'Belarus hasn’t changed its behavior. If anything, repression has intensified. So why reward Lukashenko now?',
];

export const root = (el: BelarusQuotes): ShadowRoot => el.shadowRoot!;
export const carousel = (el: BelarusQuotes) => root(el).querySelector<HTMLElement>('section.carousel')!;
export const slidesRegion = (el: BelarusQuotes) => root(el).querySelector<HTMLElement>('.slides')!;
export const slides = (el: BelarusQuotes) => Array.from(root(el).querySelectorAll<HTMLElement>('.slide'));
export const visibleSlides = (el: BelarusQuotes) => slides(el).filter((s) => getComputedStyle(s).visibility === 'visible');
export const rotationButton = (el: BelarusQuotes) => root(el).querySelector<HTMLButtonElement>('button.rotation');
export const previousButton = (el: BelarusQuotes) => root(el).querySelector<HTMLButtonElement>('button.previous')!;
export const nextButton = (el: BelarusQuotes) => root(el).querySelector<HTMLButtonElement>('button.next')!;
export const pickers = (el: BelarusQuotes) => Array.from(root(el).querySelectorAll<HTMLButtonElement>('button.picker'));
export const focused = (el: BelarusQuotes) => root(el).activeElement as HTMLElement | null;
export const text = (node: Element | ShadowRoot) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The text of the one slide a reader can see. */
export function shownQuote(el: BelarusQuotes): string {
  const shown = visibleSlides(el);
  expect(shown, 'exactly one slide is visible').to.have.length(1);
  return text(shown[0].querySelector('blockquote')!);
}

/** A short description of a focused control, for tab order assertions. */
export function describeControl(node: HTMLElement | null): string {
  if (!node) return 'nothing';
  const label = node.getAttribute('aria-label') ?? text(node);
  return `${node.localName}${node.className ? `.${node.className}` : ''} "${label}"`;
}

/**
 * Three synthetic quotes, each with a source link, between two page buttons; focuses the first
 * button, presses Tab `presses` times and describes where focus went each time.
 */
export async function tabOrder(presses: number, autoplay = false): Promise<string[]> {
  const data = syntheticQuotes(3).map((q) => ({ ...q, sourceUrl: `https://example.org/${q.id}` }));
  const wrapper = await fixture(html`<div>
    <button>before</button><belarus-quotes ?autoplay=${autoplay} interval="600000" .data=${data}></belarus-quotes><button>after</button>
  </div>`);
  const el = wrapper.querySelector('belarus-quotes')!;
  await el.updateComplete;
  wrapper.querySelector('button')!.focus();
  const order: string[] = [];
  for (let i = 0; i < presses; i++) {
    await sendKeys({ press: 'Tab' });
    order.push(describeControl(document.activeElement === el ? focused(el) : (document.activeElement as HTMLElement)));
  }
  return order;
}

export const until = async (el: BelarusQuotes): Promise<void> => {
  await el.updateComplete;
};

/** Waits for the entrance of the quote shown to finish (axe would measure a half-faded text). */
export async function animationsDone(el: Element): Promise<void> {
  await Promise.all((el.shadowRoot?.getAnimations() ?? []).map((animation) => animation.finished));
}

/**
 * A minimal fake clock: replaces `window.setTimeout`/`clearTimeout` while installed, records
 * every call and runs due callbacks on `tick`. Install it only around code that uses no other
 * timers (axe, sendKeys and waitUntil need the real ones).
 */
export class FakeClock {
  now = 0;
  readonly scheduled: number[] = [];
  readonly cleared: number[] = [];
  private readonly timers = new Map<number, { at: number; run: () => void }>();
  private nextId = 1;
  private original?: { setTimeout: typeof window.setTimeout; clearTimeout: typeof window.clearTimeout };

  install(): this {
    this.original = { setTimeout: window.setTimeout, clearTimeout: window.clearTimeout };
    window.setTimeout = ((handler: TimerHandler, ms = 0) => {
      const id = this.nextId++;
      this.scheduled.push(id);
      this.timers.set(id, { at: this.now + Number(ms), run: handler as () => void });
      return id;
    }) as typeof window.setTimeout;
    window.clearTimeout = ((id?: number) => {
      if (id !== undefined && this.timers.delete(id)) this.cleared.push(id);
    }) as typeof window.clearTimeout;
    return this;
  }

  uninstall(): void {
    if (!this.original) return;
    window.setTimeout = this.original.setTimeout;
    window.clearTimeout = this.original.clearTimeout;
    this.original = undefined;
  }

  /** Timers scheduled and neither run nor cleared. */
  get pending(): number {
    return this.timers.size;
  }

  /** Advances time, running each timer that falls due, in order. */
  tick(ms: number): void {
    const end = this.now + ms;
    for (;;) {
      const due = [...this.timers].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.now = due[1].at;
      due[1].run();
    }
    this.now = end;
  }
}

/** Records the listeners added to and removed from every `matchMedia` list until `restore()`. */
export function spyOnMediaListeners() {
  const original = window.matchMedia;
  const added: EventListenerOrEventListenerObject[] = [];
  const removed: EventListenerOrEventListenerObject[] = [];
  window.matchMedia = (query: string) => {
    const list = original.call(window, query);
    const add = list.addEventListener.bind(list);
    const remove = list.removeEventListener.bind(list);
    list.addEventListener = ((type: string, listener: EventListenerOrEventListenerObject) => {
      added.push(listener);
      add(type, listener);
    }) as typeof list.addEventListener;
    list.removeEventListener = ((type: string, listener: EventListenerOrEventListenerObject) => {
      removed.push(listener);
      remove(type, listener);
    }) as typeof list.removeEventListener;
    return list;
  };
  return { added, removed, restore: () => (window.matchMedia = original) };
}

interface AxeResult {
  violations: Array<{ id: string; nodes: Array<{ target: unknown; failureSummary?: string }> }>;
}

/**
 * axe with the WCAG 2.0-2.2 A/AA and best-practice rules, plus `target-size` (WCAG 2.2 2.5.8),
 * which `expect(el).to.be.accessible()` cannot switch on.
 */
export async function expectWcag22Clean(el: Element): Promise<void> {
  await animationsDone(el);
  await import('axe-core/axe.min.js' as string);
  const axe = (window as unknown as { axe: { run: (el: Element, options: object) => Promise<AxeResult> } }).axe;
  const result = await axe.run(el, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    rules: { 'target-size': { enabled: true }, region: { enabled: false } },
    resultTypes: ['violations'],
  });
  const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('; ')}`);
  expect(found).to.deep.equal([]);
}
