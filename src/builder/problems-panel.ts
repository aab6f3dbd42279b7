/**
 * The problems validation found, each with where (row, field), the value as written and how to
 * fix it; a problem with a row shows that row in the table of rows.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Problem } from '../data/types.js';

export interface ProblemsPanel {
  problems: readonly Problem[];
  /** Is there a table to show rows in? */
  rowsShown: boolean;
  onShowRow(row: number): void;
}

/** How many rows were left out, how many problems only warn. */
export function problemCounts(problems: readonly Problem[]): { leftOut: number; warnings: number } {
  const rows = new Set<number>();
  let warnings = 0;
  for (const problem of problems) {
    if (problem.severity === 'warning') warnings++;
    else if (problem.row !== undefined) rows.add(problem.row);
  }
  return { leftOut: rows.size, warnings };
}

/** "2 problems: 1 row left out, 1 warning" / "No problems". */
export function problemsSummary(problems: readonly Problem[]): string {
  if (!problems.length) return 'No problems';
  const { leftOut, warnings } = problemCounts(problems);
  const whole = problems.some((problem) => problem.severity === 'error' && problem.row === undefined);
  const parts = [
    whole ? 'the data could not be read' : '',
    leftOut ? `${leftOut} ${leftOut === 1 ? 'row' : 'rows'} left out` : '',
    warnings ? `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : '',
  ].filter(Boolean);
  return `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}: ${parts.join(', ')}`;
}

function renderProblem(p: ProblemsPanel, problem: Problem): TemplateResult {
  const severity = problem.severity === 'warning' ? 'Warning' : problem.row !== undefined ? 'Row left out' : 'Not read';
  const where = [problem.row !== undefined ? `Row ${problem.row}` : '', problem.field ? `field “${problem.field}”` : ''].filter(Boolean).join(', ');
  return html`<li class="problem ${problem.severity}">
    <p class="where"><span class="severity">${severity}</span>${where ? html` · ${where}` : nothing}${
      problem.value !== undefined && problem.value !== '' ? html` · value <span class="value">“${problem.value}”</span>` : nothing
    }</p>
    <p class="message">${problem.message}</p>
    ${
      problem.row !== undefined && p.rowsShown
        ? html`<button type="button" class="secondary small" @click=${() => p.onShowRow(problem.row!)}>Show row ${problem.row}</button>`
        : nothing
    }
  </li>`;
}

export function renderProblemsPanel(p: ProblemsPanel): TemplateResult {
  return html`<section class="panel" aria-labelledby="problems-heading">
    <h2 id="problems-heading">Problems <span class="count">(${p.problems.length})</span></h2>
    ${
      p.problems.length
        ? html`<ol class="problems">${p.problems.map((problem) => renderProblem(p, problem))}</ol>`
        : html`<p class="hint">None: every row and field was read.</p>`
    }
  </section>`;
}
