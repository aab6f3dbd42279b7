// Helpers for the <belarus-timeline> browser tests: mounting at a container width, reading the
// list as a reader reads it, and a WCAG 2.2 AA axe run (target size on) that fails on anything.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/timeline/define.js';
import type { BelarusTimeline } from '../../src/timeline/timeline.js';

export type { BelarusTimeline };

export const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

export const $ = <T extends Element = HTMLElement>(el: BelarusTimeline, selector: string) => el.shadowRoot!.querySelector<T>(selector);

export const $$ = <T extends Element = HTMLElement>(el: BelarusTimeline, selector: string) => Array.from(el.shadowRoot!.querySelectorAll<T>(selector));

/** The list entries as read: date line, title, category (without the hidden "Category:"), description. */
export function entries(el: BelarusTimeline): Array<{ when: string; title: string; category: string; description: string }> {
  return $$(el, 'ol.events > li').map((li) => ({
    when: squash(
      Array.from(li.querySelectorAll('.when, .when-text'))
        .map((part) => part.textContent)
        .join(''),
    ),
    title: squash(li.querySelector('h3')?.textContent),
    category: squash(li.querySelector('.category')?.lastChild?.textContent),
    description: squash(li.querySelector('.description')?.textContent),
  }));
}

/** The element holding keyboard focus inside the widget. */
export const focused = (el: BelarusTimeline) => el.shadowRoot!.activeElement as HTMLElement | null;

export const orientation = (el: BelarusTimeline) => ($(el, '[part~="timeline"]')?.classList.contains('horizontal') ? 'horizontal' : 'vertical');

/** Waits until the element left `loading`, measured its container and rendered. */
export async function settled(el: BelarusTimeline): Promise<BelarusTimeline> {
  await waitUntil(() => el.state !== 'loading', 'the element never left loading', { timeout: 8000 });
  await waitUntil(() => $(el, '[part~="timeline"], [part="status"], [part="error"]'), 'nothing rendered');
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
  return el;
}

/** Mounts `content` (a <belarus-timeline>) in a container `width` px wide. */
export async function mountAt(width: number, content: TemplateResult): Promise<BelarusTimeline> {
  const box = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">${content}</div>`);
  return settled(box.querySelector('belarus-timeline')!);
}

export const mount = (content: TemplateResult) => mountAt(1000, content);

/** Resizes the element's container and waits for the layout to follow. */
export async function resize(el: BelarusTimeline, width: number, expected: 'horizontal' | 'vertical'): Promise<void> {
  el.parentElement!.style.width = `${width}px`;
  await waitUntil(() => orientation(el) === expected, `no ${expected} layout at ${width}px`);
  await el.updateComplete;
}

interface AxeResults {
  violations: Array<{ id: string; nodes: Array<{ target: unknown }> }>;
}

/** chai-a11y-axe, then axe itself with the WCAG 2.2 AA and best-practice rules and `target-size`. */
export async function expectAccessible(el: Element): Promise<void> {
  await expect(el).to.be.accessible();
  // @ts-expect-error the browser build of axe-core has no types
  await import('axe-core/axe.min.js');
  const { axe } = window as unknown as { axe: { run: (el: Element, options: object) => Promise<AxeResults> } };
  const { violations } = await axe.run(el, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    rules: { 'target-size': { enabled: true } },
    resultTypes: ['violations'],
  });
  expect(violations.map((v) => `${v.id} ${JSON.stringify(v.nodes.map((n) => n.target))}`)).to.deep.equal([]);
}
