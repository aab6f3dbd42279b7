/**
 * The producer's view of problems, shown inside the widget only when asked for (the `debug`
 * attribute, or `?belarus-debug` in the page's address): where the data came from, every
 * problem, errors and warnings, each with its row, field and value and how to fix it. Readers
 * never see it. A labelled region named after the view and the data's source, so two widgets
 * in debug on one page are two regions a screen reader can tell apart; problems are lists.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DataOrigin, DataState } from '../controllers/data-source-controller.js';
import type { Problem } from '../data/types.js';
import type { TextLanguages } from '../format/locale.js';
import { problemMessage, type CoreStrings } from '../format/strings.js';
import { inLanguage } from './text-run.js';

export interface DebugContext {
  state: DataState;
  problems: readonly Problem[];
  origin: DataOrigin;
  /** The `src` the data came from, when it came from one. */
  src?: string;
  strings: CoreStrings;
  languages: TextLanguages;
}

/** Where the data came from, as the producer would recognise it: the address, or which other source. */
export function sourceName(origin: DataOrigin, src: string | undefined, strings: CoreStrings): string {
  return origin === 'src' ? (src ?? '') : strings.debug.origins[origin];
}

/** How many rows the errors left out. */
export function rowsLeftOut(problems: readonly Problem[]): number {
  return new Set(problems.filter((p) => p.severity === 'error' && p.row !== undefined).map((p) => p.row)).size;
}

/**
 * One problem: where and what, the value as given, and how to fix it. A value from a row or
 * field is the data's text, in the data's language; a value without either comes from loading
 * (an address, a server's status line) and stays in the message's.
 */
function renderProblem(problem: Problem, { strings, languages }: DebugContext): TemplateResult {
  const { message, value } = problemMessage(problem, strings);
  const fromData = problem.row !== undefined || problem.field !== undefined;
  const fix = strings.fixes[problem.code];
  return html`<li>
    <span class="debug-message">${message}${
      value === undefined ? nothing : html` (${inLanguage(value, fromData ? languages.data : languages.ui, languages.ui)})`
    }</span>
    ${fix ? html`<span class="debug-fix"><span class="debug-label">${strings.debug.fix}</span> ${fix}</span>` : nothing}
  </li>`;
}

/** `role="list"`: VoiceOver in Safari drops the list semantics of a list drawn without markers. */
function renderGroup(heading: string, problems: readonly Problem[], ctx: DebugContext): TemplateResult | typeof nothing {
  if (!problems.length) return nothing;
  return html`<p class="debug-heading">${heading}</p>
    <ul role="list" class="debug-problems">
      ${problems.map((problem) => renderProblem(problem, ctx))}
    </ul>`;
}

export function renderDebug(ctx: DebugContext): TemplateResult {
  const { state, problems, origin, src, strings } = ctx;
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity !== 'error');
  const errorHeading = state === 'error' ? strings.errorHeading : strings.skippedRows(rowsLeftOut(problems));
  return html`<section class="debug" part="debug" aria-labelledby="debug-title debug-source">
    <p class="debug-title" id="debug-title">${strings.debug.title}</p>
    <p class="debug-note">${strings.debug.note}</p>
    <p id="debug-source">
      ${strings.debug.source} ${origin === 'src' ? html`<span class="debug-address">${src}</span>` : sourceName(origin, src, strings)}
    </p>
    ${renderGroup(errorHeading, errors, ctx)} ${renderGroup(strings.debug.warnings(warnings.length), warnings, ctx)}
    ${problems.length ? nothing : html`<p>${strings.debug.none}</p>`}
  </section>`;
}
