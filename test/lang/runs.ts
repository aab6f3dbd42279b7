// What a screen reader is told about languages: every run of text a widget shows, each with the
// language it is read in (the `lang` of its closest ancestor), and the widgets mounted and settled.
import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import type { BelarusIndicators } from '../../src/indicators/indicators.js';
import type { BelarusQuotes } from '../../src/quotes/quotes.js';
import type { BelarusTimeline } from '../../src/timeline/timeline.js';

export type Widget = BelarusIndicators | BelarusTimeline | BelarusQuotes;
export const TAGS = ['belarus-indicators', 'belarus-timeline', 'belarus-quotes'] as const;
export type Tag = (typeof TAGS)[number];

export const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

export interface Run {
  text: string;
  /** The `lang` in effect: the closest ancestor's attribute, following slotted content into its slot. */
  lang: string;
  /** A text node, or an attribute a screen reader speaks (a name or a role description). */
  from: 'text' | 'aria-label' | 'aria-roledescription';
  /** Inside an `aria-hidden` subtree: shown, but not read. */
  hidden: boolean;
  element: Element;
}

const SPOKEN_ATTRIBUTES = ['aria-label', 'aria-roledescription'] as const;
const hasLetters = (text: string) => /\p{L}/u.test(text);

/** The language the page gives the host (its own `lang`, else the nearest ancestor's). */
function pageLang(host: Element): string {
  return host.closest('[lang]')?.getAttribute('lang') ?? '';
}

/**
 * Every run of text with letters in `host`'s shadow root, in the flat tree's order (slotted
 * content where its slot is, fallback content where nothing is slotted), as assistive technology
 * reads it: Chromium's accessibility tree takes a node's language from its flat-tree ancestors.
 */
export function textRuns(host: Element): Run[] {
  const runs: Run[] = [];
  const walk = (node: Node, lang: string, hidden: boolean): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = squash(node.textContent);
      if (hasLetters(text)) runs.push({ text, lang, from: 'text', hidden, element: node.parentElement! });
      return;
    }
    if (!(node instanceof Element)) {
      node.childNodes.forEach((child) => walk(child, lang, hidden));
      return;
    }
    if (node.localName === 'style' || node.localName === 'script') return;
    const own = node.getAttribute('lang');
    const inner = own === null ? lang : own;
    const innerHidden = hidden || node.getAttribute('aria-hidden') === 'true';
    for (const from of SPOKEN_ATTRIBUTES) {
      const text = squash(node.getAttribute(from));
      if (hasLetters(text)) runs.push({ text, lang: inner, from, hidden: innerHidden, element: node });
    }
    const assigned = node instanceof HTMLSlotElement ? node.assignedNodes() : [];
    (assigned.length ? assigned : Array.from(node.childNodes)).forEach((child) => walk(child, inner, innerHidden));
  };
  walk(host.shadowRoot!, pageLang(host), false);
  return runs;
}

/** The primary language subtag, lower case: `ru-RU` -> `ru`; `` for none. */
export const language = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];

/** Runs whose language is not the expected one, as `"text" is read in xx, expected yy` lines. */
export function misread(runs: Run[], expected: (run: Run) => string): string[] {
  return runs
    .filter((run) => language(run.lang) !== language(expected(run)))
    .map((run) => `${run.from} "${run.text.slice(0, 60)}" in <${run.element.localName}> is read in "${run.lang}", expected "${expected(run)}"`);
}

/** The shadow DOM as markup, without Lit's comment markers: two renders compare equal when they are. */
export function shadowMarkup(el: Element): string {
  return el.shadowRoot!.innerHTML.replace(/<!--[^]*?-->/g, '');
}

/** Waits until the widget left `loading` and rendered (the timeline after it measured its width). */
export async function settled<T extends Widget>(el: T): Promise<T> {
  await waitUntil(() => el.state !== 'loading', `<${el.localName}> never left loading`, { timeout: 8000 });
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
  return el;
}

/** Mounts `template` and settles the first widget in it. */
export async function mount<T extends Widget = Widget>(template: TemplateResult): Promise<T> {
  const root = await fixture<HTMLElement>(template);
  const el = (TAGS.some((tag) => root.localName === tag) ? root : root.querySelector(TAGS.join(', '))!) as T;
  return settled(el);
}
