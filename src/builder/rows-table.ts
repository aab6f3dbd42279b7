/**
 * The rows as the producer wrote them, numbered as problems number them, so a problem's row can
 * be found (highlighted, scrolled to and focused) and rows left out are marked.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { cellText } from './rows.js';

export interface RowsTable {
  rows: readonly unknown[];
  columns: readonly string[];
  /** Row numbers (1-based) left out of the widget. */
  leftOut: ReadonlySet<number>;
  selected?: number;
}

export function rowElementId(row: number): string {
  return `data-row-${row}`;
}

export function renderRowsTable(t: RowsTable): TemplateResult {
  return html`<section class="panel" aria-labelledby="rows-heading">
    <h2 id="rows-heading">Your rows</h2>
    <div class=${t.rows.length > 200 ? 'table-scroll long' : 'table-scroll'} role="region" aria-label="Table of your rows (scrolls)" tabindex="0">
      <table class="rows" aria-labelledby="rows-heading">
        <thead>
          <tr><th scope="col">Row</th>${t.columns.map((column) => html`<th scope="col">${column}</th>`)}</tr>
        </thead>
        <tbody>
          ${t.rows.map((row, index) => {
            const number = index + 1;
            const out = t.leftOut.has(number);
            const selected = t.selected === number;
            return html`<tr id=${rowElementId(number)} tabindex="-1" class=${[out ? 'left-out' : '', selected ? 'selected' : ''].join(' ').trim() || nothing}
              aria-current=${selected ? 'true' : nothing}>
              <th scope="row">${number}${out ? html`<span class="badge"> left out</span>` : nothing}</th>
              ${t.columns.map((column) => html`<td>${cellText(row, column)}</td>`)}
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
  </section>`;
}
