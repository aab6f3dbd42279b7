// Shared helpers for the <belarus-indicators> browser tests: reading what a reader sees, waiting
// for data, and a stricter axe run (WCAG 2.2 AA, target size and the table rules enabled).
import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/indicators/define.js';
import type { BelarusIndicators } from '../../src/indicators/indicators.js';

export type { BelarusIndicators };

/**
 * Commands that need the Chrome DevTools Protocol (media emulation, accessibility snapshots) are
 * not available in the Firefox run; tests that need them are skipped there.
 */
export { hasCdp, itWithCdp } from '../support/cdp.js';

export const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The rendered text of the whole widget, as one line. */
export const textOf = (el: BelarusIndicators) => squash(el.shadowRoot!.textContent);

export const $ = <T extends Element = HTMLElement>(el: BelarusIndicators, selector: string) => el.shadowRoot!.querySelector<T>(selector);

export const $$ = <T extends Element = HTMLElement>(el: BelarusIndicators, selector: string) => Array.from(el.shadowRoot!.querySelectorAll<T>(selector));

/** Waits until the element has left `loading` and rendered that state. */
export async function settled(el: BelarusIndicators): Promise<BelarusIndicators> {
  await waitUntil(() => el.state !== 'loading', 'the element never left loading', { timeout: 8000 });
  await el.updateComplete;
  return el;
}

export async function mount(template: TemplateResult): Promise<BelarusIndicators> {
  return settled(await fixture<BelarusIndicators>(template));
}

/** Body rows as the reader reads them: the row header, then each cell's visible text. */
export function bodyRows(el: BelarusIndicators): string[][] {
  return $$(el, 'tbody tr').map((tr) =>
    Array.from(tr.children).map((cell) => {
      const copy = cell.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.cell-label, .visually-hidden, .scale').forEach((hidden) => hidden.remove());
      return squash(copy.textContent);
    }),
  );
}

/** The column headers' sort buttons, as read. */
export const headers = (el: BelarusIndicators) => $$(el, 'thead th button').map((button) => squash(button.textContent));

/** The currently sorted column header's name and direction, from `aria-sort`. */
export function ariaSort(el: BelarusIndicators): string[] {
  return $$(el, 'thead th[aria-sort]').map((th) => `${squash(th.querySelector('button span')!.textContent)}: ${th.getAttribute('aria-sort')}`);
}

/** The element the keyboard focus is on, inside the widget's shadow root. */
export const focused = (el: BelarusIndicators) => el.shadowRoot!.activeElement as HTMLElement | null;

interface AxeResults {
  violations: { id: string; nodes: { target: unknown; failureSummary?: string }[] }[];
}

/** axe with WCAG 2.2 AA and best practice, `target-size` and `td-has-header` on; fails on any violation. */
export async function expectAxeClean(el: Element): Promise<void> {
  await expect(el).to.be.accessible();
  // @ts-expect-error axe-core ships no types for its browser build
  await import('axe-core/axe.min.js');
  const axe = (window as unknown as { axe: { run: (el: Element, options: object) => Promise<AxeResults> } }).axe;
  const results = await axe.run(el, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    rules: { 'target-size': { enabled: true }, 'td-has-header': { enabled: true } },
    resultTypes: ['violations'],
  });
  const found = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary}`).join('; ')}`);
  expect(found).to.deep.equal([]);
}
