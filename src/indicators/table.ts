/**
 * The `<table>` itself: caption, sortable column headers (buttons inside `<th>`, `aria-sort` on
 * the sorted one) and keyed rows with a row header, the status text, its drawing and notes.
 * Every table element carries its role explicitly, so the stacked card layout of narrow
 * containers (which changes their CSS `display`) keeps the table semantics for screen readers.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Indicator } from '../data/types.js';
import { formatPartialDate } from '../format/partial-date.js';
import { renderDrawing } from './drawing.js';
import type { SortKey, SortOrder, TableView } from './model.js';
import type { IndicatorStrings } from './strings.js';

export interface TableContext {
  view: TableView;
  strings: IndicatorStrings;
  /** The UI locale. */
  lang: string;
  /** The data's language, when it says. */
  dataLang?: string;
  caption: string;
  sort?: SortOrder;
  onSort: (key: SortKey) => void;
}

export interface Column {
  key: SortKey;
  /** Header text. */
  label: string;
  /** Plain column name, for "Sorted by …". */
  name: string;
}

export function columnsOf(view: TableView, strings: IndicatorStrings, lang: string): Column[] {
  const status = view.date ? strings.statusAsOf(formatPartialDate(view.date, lang, 'short')) : strings.status;
  const columns: Column[] = [
    { key: 'indicator', label: strings.indicator, name: strings.indicator },
    { key: 'status', label: status, name: strings.status },
  ];
  if (view.asOfColumn) columns.push({ key: 'asOf', label: strings.asOf, name: strings.asOf });
  return columns;
}

/** Up and down triangles: both outlined when unsorted, one filled for the sorted direction. */
function sortIcon(direction: SortOrder['direction'] | undefined): TemplateResult {
  const up = direction === 'ascending' ? 'on' : direction ? 'off' : 'idle';
  const down = direction === 'descending' ? 'on' : direction ? 'off' : 'idle';
  return html`<svg class="sort-icon" aria-hidden="true" viewBox="0 0 10 14" width="10" height="14">
    ${svg`<path class=${up} d="M5 1 9 6H1z"></path><path class=${down} d="M5 13 1 8h8z"></path>`}
  </svg>`;
}

function renderHeaderCell(column: Column, ctx: TableContext): TemplateResult {
  const direction = ctx.sort?.key === column.key ? ctx.sort.direction : undefined;
  return html`<th scope="col" role="columnheader" class="col-${column.key}" aria-sort=${direction ?? nothing}>
    <button type="button" part="sort-button" @click=${() => ctx.onSort(column.key)}>
      <span>${column.label}</span>${sortIcon(direction)}
    </button>
    <span class="print-label" aria-hidden="true">${column.label}</span>
  </th>`;
}

function cellLabel(text: string, lang: string): TemplateResult {
  return html`<span class="cell-label" aria-hidden="true" lang=${lang}>${text}</span>`;
}

function renderRow(row: Indicator, columns: Column[], ctx: TableContext, rowIndex?: number): TemplateResult {
  const { strings, lang } = ctx;
  return html`<tr role="row" aria-rowindex=${rowIndex ?? nothing}>
    <th scope="row" role="rowheader">${row.indicator}</th>
    <td role="cell" class="status-cell">
      ${cellLabel(columns[1].name, lang)}
      <span class="status-text">${row.status}</span>
      ${renderDrawing(row, strings, lang)}
      ${row.note ? html`<p class="note"><span lang=${lang}>${strings.note}</span> ${row.note}</p>` : nothing}
      ${row.sourceUrl
        ? html`<a class="row-source" href=${row.sourceUrl} rel="noopener"
            ><span lang=${lang}>${strings.rowSource}</span><span class="visually-hidden">: ${row.indicator}</span></a
          >`
        : nothing}
    </td>
    ${ctx.view.asOfColumn
      ? html`<td role="cell" class="asof-cell">
          ${cellLabel(strings.asOf, lang)}
          ${row.asOf ? html`<time datetime=${row.asOf.iso}>${formatPartialDate(row.asOf, lang, 'short')}</time>` : nothing}
        </td>`
      : nothing}
  </tr>`;
}

export function renderTable(ctx: TableContext): TemplateResult {
  const { view, strings, lang } = ctx;
  const columns = columnsOf(view, strings, lang);
  const rows = view.slice.rows;
  const paged = view.slice.pageCount > 1;
  return html`<div class="table-wrap">
    <table role="table" part="table" aria-rowcount=${paged ? view.matched.length + 1 : nothing}>
      <caption class="visually-hidden">
        <span lang=${ctx.dataLang ?? nothing}>${ctx.caption}</span>, <span>${strings.sortableHint}</span>
      </caption>
      <thead role="rowgroup">
        <tr role="row" aria-rowindex=${paged ? 1 : nothing}>${columns.map((column) => renderHeaderCell(column, ctx))}</tr>
      </thead>
      <tbody role="rowgroup" lang=${ctx.dataLang ?? nothing}>
        ${rows.length
          ? repeat(rows, (row) => row.id, (row, i) => renderRow(row, columns, ctx, paged ? view.slice.first + i + 1 : undefined))
          : html`<tr role="row">
              <td role="cell" class="no-matches" colspan=${columns.length} lang=${lang}>${strings.noMatches}</td>
            </tr>`}
      </tbody>
    </table>
  </div>`;
}
