/**
 * The loading, error and "some rows were left out" messages. An error never leaves a blank box:
 * it says what failed and where (row and field), in the widget's language.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Problem } from '../data/types.js';
import { describeProblem, type CoreStrings } from '../format/strings.js';

/** How many problems are listed before the rest is summarised; the event always has them all. */
export const LISTED_PROBLEMS = 10;

function problemList(problems: Problem[], strings: CoreStrings): TemplateResult {
  const listed = problems.slice(0, LISTED_PROBLEMS);
  const more = problems.length - listed.length;
  return html`<ul>
    ${listed.map((p) => html`<li>${describeProblem(p, strings)}</li>`)}
    ${more > 0 ? html`<li>… +${more}</li>` : nothing}
  </ul>`;
}

export function renderLoading(strings: CoreStrings): TemplateResult {
  return html`<div class="status" part="status" role="status">${strings.loading}</div>`;
}

export function renderEmpty(strings: CoreStrings): TemplateResult {
  return html`<div class="status" part="status" role="status">${strings.empty}</div>`;
}

export function renderError(problems: Problem[], strings: CoreStrings): TemplateResult {
  return html`<div class="error" part="error" role="alert">
    <p>${strings.errorHeading}</p>
    ${problemList(problems, strings)}
  </div>`;
}

/** Rows that were left out while the rest rendered; collapsed, so readers are not alarmed. */
export function renderSkipped(problems: Problem[], strings: CoreStrings): TemplateResult | typeof nothing {
  const rejected = problems.filter((p) => p.severity === 'error');
  if (!rejected.length) return nothing;
  const rows = new Set(rejected.map((p) => p.row)).size;
  return html`<details class="skipped" part="problems">
    <summary>${strings.skippedRows(rows)}</summary>
    ${problemList(rejected, strings)}
  </details>`;
}
