/**
 * The loading, error and "some rows were left out" messages. An error never leaves a blank box:
 * it says what failed and where (row and field), in the widget's language. Every message is a
 * polite `status`: a load error is news, not an emergency that should cut into what the reader
 * is listening to while the page loads.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Problem } from '../data/types.js';
import type { TextLanguages } from '../format/locale.js';
import { problemMessage, type CoreStrings } from '../format/strings.js';
import { inLanguage } from './text-run.js';

/** How many problems are listed before the rest is summarised; the event always has them all. */
export const LISTED_PROBLEMS = 10;

/**
 * One problem. A value from a row or field is the data's text, in the data's language; a
 * value without either comes from loading (an address, a server's status line) and stays in
 * the message's.
 */
function renderProblem(problem: Problem, strings: CoreStrings, languages: TextLanguages): TemplateResult {
  const { message, value } = problemMessage(problem, strings);
  const fromData = problem.row !== undefined || problem.field !== undefined;
  return html`<li>${message}${value === undefined ? nothing : html` (${inLanguage(value, fromData ? languages.data : languages.ui, languages.ui)})`}</li>`;
}

/** `role="list"`: VoiceOver in Safari drops the list semantics of a list a theme draws without markers. */
function problemList(problems: Problem[], strings: CoreStrings, languages: TextLanguages): TemplateResult {
  const listed = problems.slice(0, LISTED_PROBLEMS);
  const more = problems.length - listed.length;
  return html`<ul role="list">
    ${listed.map((p) => renderProblem(p, strings, languages))}
    ${more > 0 ? html`<li>… +${more}</li>` : nothing}
  </ul>`;
}

export function renderLoading(strings: CoreStrings): TemplateResult {
  return html`<div class="status" part="status" role="status">${strings.loading}</div>`;
}

export function renderEmpty(strings: CoreStrings): TemplateResult {
  return html`<div class="status" part="status" role="status">${strings.empty}</div>`;
}

export function renderError(problems: Problem[], strings: CoreStrings, languages: TextLanguages): TemplateResult {
  return html`<div class="error" part="error" role="status">
    <p>${strings.errorHeading}</p>
    ${problemList(problems, strings, languages)}
  </div>`;
}

/** Rows that were left out while the rest rendered; collapsed, so readers are not alarmed. */
export function renderSkipped(problems: Problem[], strings: CoreStrings, languages: TextLanguages): TemplateResult | typeof nothing {
  const rejected = problems.filter((p) => p.severity === 'error');
  if (!rejected.length) return nothing;
  const rows = new Set(rejected.map((p) => p.row)).size;
  return html`<details class="skipped" part="problems">
    <summary>${strings.skippedRows(rows)}</summary>
    ${problemList(rejected, strings, languages)}
  </details>`;
}
