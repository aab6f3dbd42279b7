// Helpers for the host-page tests: the three widgets mounted in a column of a given width inside
// a page with its own habits (direction, resets, forced colours), what a reader can see of them,
// and colour arithmetic for the forced-colours checks.
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import type { WidgetElement } from '../../src/widget/widget-element.js';

export type Widget = WidgetElement<'indicators' | 'events' | 'quotes'>;

export const TAGS = ['belarus-indicators', 'belarus-timeline', 'belarus-quotes'] as const;
export type Tag = (typeof TAGS)[number];

const TEMPLATES: Record<Tag, TemplateResult> = {
  'belarus-indicators': html`<belarus-indicators></belarus-indicators>`,
  'belarus-timeline': html`<belarus-timeline></belarus-timeline>`,
  'belarus-quotes': html`<belarus-quotes></belarus-quotes>`,
};

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => Array.from(el.shadowRoot!.querySelectorAll<T>(selector));

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Waits until the widget shows its data and, for the timeline, until its picture (or list) has
 * followed the width it measured.
 */
export async function settled<T extends Widget>(el: T): Promise<T> {
  await waitUntil(() => el.state === 'ready', `<${el.localName}> never became ready (state ${el.state})`, { timeout: 8000 });
  await el.updateComplete;
  if (el.localName === 'belarus-timeline') {
    await waitUntil(() => {
      const width = $(el, '.sizer')?.clientWidth ?? 0;
      const picture = $(el, 'svg.picture');
      if (!$(el, '[part~="timeline"]')) return false;
      return width < 600 ? !picture : picture?.getAttribute('width') === String(Math.round(width));
    }, 'the timeline did not follow its width');
  }
  await frame();
  await el.updateComplete;
  return el;
}

export interface Mounted {
  /** The page element (the fixture); host-page styles are scoped to its class. */
  page: HTMLElement;
  /** The column the widget sits in. */
  column: HTMLElement;
  el: Widget;
}

/**
 * Mounts `tag` in a column `width` px wide, inside a page element with `pageClass` and
 * `pageDir` (`""`: none).
 */
export async function mountIn(tag: Tag, width: number, options: { pageClass?: string; pageDir?: string; pageStyle?: string } = {}): Promise<Mounted> {
  const page = await fixture<HTMLElement>(html`<div class="page ${options.pageClass ?? ''}" dir=${options.pageDir || 'ltr'} style=${options.pageStyle ?? ''}>
    <p>Page text before.</p>
    <div class="column" style="width: ${width}px">${TEMPLATES[tag]}</div>
    <p>Page text after.</p>
  </div>`);
  if (!options.pageDir) page.removeAttribute('dir');
  const column = page.querySelector<HTMLElement>('.column')!;
  const el = column.querySelector<Widget>(tag)!;
  return { page, column, el: await settled(el) };
}

/** Adds a style sheet to the document for the rest of the suite; returns a remover. */
export function addPageStyles(css: string): () => void {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  return () => style.remove();
}

interface Rect {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const intersect = (a: Rect, b: Rect): Rect => ({
  left: Math.max(a.left, b.left),
  right: Math.min(a.right, b.right),
  top: Math.max(a.top, b.top),
  bottom: Math.min(a.bottom, b.bottom),
});

/** The part of `rect` left visible by the clipping ancestors of `node` inside the widget. */
function visiblePart(node: Node, rect: Rect, host: Element): Rect {
  let visible = rect;
  for (let el = node.parentElement ?? (node.parentNode as ShadowRoot).host; el && el !== host;) {
    const style = getComputedStyle(el);
    if (style.overflowX !== 'visible' || style.overflowY !== 'visible') visible = intersect(visible, el.getBoundingClientRect());
    el = el.parentElement ?? ((el.parentNode as ShadowRoot | null)?.host as Element | undefined)!;
  }
  return visible;
}

const hiddenFromSight = (el: Element) =>
  Boolean(el.closest('.visually-hidden, .probe, [aria-hidden="true"] .visually-hidden')) || getComputedStyle(el).visibility !== 'visible';

function describe(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return `text "${node.textContent!.trim().slice(0, 40)}"`;
  const el = node as Element;
  return `<${el.localName}${el.getAttribute('class') ? ` class="${el.getAttribute('class')}"` : ''}>`;
}

/**
 * Everything of the widget a reader can see, drawn outside `box` by more than a pixel: elements
 * (SVG shapes and text included) and runs of text, each cut to what clipping ancestors show.
 */
export function drawnOutside(el: Element, box: Rect): string[] {
  const outside: string[] = [];
  const check = (node: Node, rect: DOMRect) => {
    if (rect.width === 0 && rect.height === 0) return;
    const seen = visiblePart(node, rect, el);
    if (seen.right <= seen.left || seen.bottom <= seen.top) return;
    const past = Math.max(box.left - seen.left, seen.right - box.right);
    if (past > 1) outside.push(`${describe(node)} ${Math.round(past)}px past the ${box.left - seen.left > seen.right - box.right ? 'left' : 'right'} edge`);
  };
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      if (!node.textContent!.trim() || hiddenFromSight(node.parentElement!)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      check(node, range.getBoundingClientRect());
    } else if (!hiddenFromSight(node as Element)) {
      check(node, (node as Element).getBoundingClientRect());
    }
  }
  return outside;
}

/** The box of an element as a plain rect. */
export const boxOf = (el: Element): Rect => {
  const { left, right, top, bottom } = el.getBoundingClientRect();
  return { left, right, top, bottom };
};

// Colours

export type Rgba = [number, number, number, number];

/** Parses a computed colour (`rgb()`/`rgba()`); undefined for `none`, URLs and the like. */
export function parseColour(value: string): Rgba | undefined {
  const match = /^rgba?\(([^)]+)\)$/.exec(value.trim());
  if (!match) return undefined;
  const [r, g, b, a = 1] = match[1]
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  return [r, g, b, a];
}

function luminance([r, g, b]: Rgba): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** `top` painted over the opaque `bottom` (system colours such as Highlight can be translucent). */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1) as Rgba;
}

/** WCAG contrast ratio of `colour` over the opaque `background`. */
export function contrast(colour: Rgba, background: Rgba): number {
  const [hi, lo] = [luminance(over(colour, background)), luminance(background)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

export const SYSTEM_COLOURS = [
  'Canvas',
  'CanvasText',
  'LinkText',
  'VisitedText',
  'ActiveText',
  'ButtonFace',
  'ButtonText',
  'ButtonBorder',
  'Field',
  'FieldText',
  'Highlight',
  'HighlightText',
  'SelectedItem',
  'SelectedItemText',
  'Mark',
  'MarkText',
  'GrayText',
  'AccentColor',
  'AccentColorText',
] as const;

/** What each system colour resolves to now (under the media features in effect). */
export function systemColours(): Map<string, string> {
  const probe = document.createElement('span');
  probe.style.forcedColorAdjust = 'none';
  document.body.append(probe);
  const resolved = new Map<string, string>();
  for (const name of SYSTEM_COLOURS) {
    probe.style.color = name;
    resolved.set(getComputedStyle(probe).color, name);
  }
  probe.remove();
  return resolved;
}

/**
 * The background behind `el` as seen: its own and its ancestors' backgrounds (out through the
 * shadow boundary) down to the first opaque one, painted over each other.
 */
export function backgroundBehind(el: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = el; node;) {
    const colour = parseColour(getComputedStyle(node).backgroundColor);
    if (colour && colour[3] > 0) layers.push(colour);
    if (colour && colour[3] === 1) break;
    node = node.parentElement ?? (node.parentNode as ShadowRoot | null)?.host ?? null;
  }
  return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
}
