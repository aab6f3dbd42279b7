/**
 * A widget's styles for a copy of its shadow root that is not in a shadow root (the image
 * downloads: an SVG image is an XML document, where no declarative shadow root is made). Every
 * `:host` becomes the class of the element standing in for the host, `:host(x)` that element
 * when it also matches `x`.
 */
export const HOST_CLASS = 'belarus-host';

/** Rewrites `:host` and `:host(…)` in CSS text; `::slotted(x)` becomes the child `x`. */
export function hostless(css: string): string {
  let out = '';
  for (let i = 0; i < css.length;) {
    const host = css.startsWith(':host', i) && !/[\w-]/.test(css[i + 5] ?? '');
    const slotted = css.startsWith('::slotted(', i);
    if (!host && !slotted) {
      out += css[i++];
      continue;
    }
    const open = slotted ? i + '::slotted'.length : i + ':host'.length;
    if (css[open] !== '(') {
      out += `.${HOST_CLASS}`;
      i = open;
      continue;
    }
    let depth = 0;
    let close = open;
    for (; close < css.length; close++) {
      if (css[close] === '(') depth++;
      else if (css[close] === ')' && --depth === 0) break;
    }
    const inner = css.slice(open + 1, close);
    out += slotted ? `> :is(${inner})` : `.${HOST_CLASS}:is(${inner})`;
    i = close + 1;
  }
  return out;
}
