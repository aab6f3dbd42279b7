/**
 * What readers see besides the content: loading, no data, nothing to show, and a quiet note when
 * rows were left out. Readers are not alarmed and never see warnings: when nothing can be shown
 * they get one calm sentence, and the detail of every problem goes to the producer (the debug
 * view, the console and the `belarus-data-error` event). Every message is a polite `status`: a
 * load error is news, not an emergency that should cut into what the reader is listening to.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Problem } from '../data/types.js';
import type { CoreStrings } from '../format/strings.js';
import { rowsLeftOut } from './debug-view.js';

export function renderLoading(strings: CoreStrings): TemplateResult {
  return html`<div class="status" part="status" role="status">${strings.loading}</div>`;
}

export function renderEmpty(strings: CoreStrings): TemplateResult {
  return html`<div class="status" part="status" role="status">${strings.empty}</div>`;
}

/** The data could not be used at all: no blank box, no error report, just that the graphic is not there. */
export function renderUnavailable(strings: CoreStrings): TemplateResult {
  return html`<div class="status" part="error" role="status">${strings.unavailable}</div>`;
}

/**
 * Rows that were left out while the rest rendered: how many, in the muted type of the notes,
 * so what the reader sees is never silently less than the data; which and why is for the producer.
 */
export function renderLeftOut(problems: readonly Problem[], strings: CoreStrings): TemplateResult | typeof nothing {
  const count = rowsLeftOut(problems);
  return count ? html`<p class="left-out" part="problems">${strings.rowsLeftOut(count)}</p>` : nothing;
}
