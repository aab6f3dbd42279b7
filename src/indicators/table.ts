/**
 * The `<table>` itself: caption, sortable column headers (buttons inside `<th>`, `aria-sort` on
 * the sorted one) and keyed rows with a row header, the status text beside its drawing, and notes.
 * Every table element carries its role explicitly, so the stacked card layout of narrow
 * containers (which changes their CSS `display`) keeps the table semantics for screen readers.
 * The body is in the data's language; the interface's words inside it (card labels, "Note:",
 * "Source", dates, the drawings' text equivalents) are tagged with the interface's.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Indicator } from '../data/types.js';
import { langAttribute, type TextLanguages } from '../format/locale.js';
import { formatPartialDate } from '../format/partial-date.js';
import { inLanguage } from '../widget/text-run.js';
import { renderDrawing } from './drawing.js';
import type { SortKey, SortOrder, TableView } from './model.js';
import type { IndicatorStrings } from './strings.js';

/** Text with the language it is written in. */
export interface TextRun {
  text: string;
  lang?: string;
}

export interface TableContext {
  view: TableView;
  strings: IndicatorStrings;
  /** The UI locale, for dates and numbers. */
  lang: string;
  languages: TextLanguages;
  caption: TextRun;
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
  const status = view.date ? strings.statusAsOf(formatPartialDate(view.date, lang)) : strings.status;
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

/** `lang` for interface words inside the body, which is in the data's language. */
const uiInBody = ({ languages }: TableContext) => langAttribute(languages.ui, languages.data);

function cellLabel(text: string, ctx: TableContext): TemplateResult {
  return html`<span class="cell-label" aria-hidden="true" lang=${ifDefined(uiInBody(ctx))}>${text}</span>`;
}

function renderRow(row: Indicator, columns: Column[], ctx: TableContext, rowIndex?: number): TemplateResult {
  const { strings, lang } = ctx;
  const ui = uiInBody(ctx);
  return html`<tr role="row" aria-rowindex=${rowIndex ?? nothing}>
    <th scope="row" role="rowheader">${row.indicator}</th>
    <td role="cell" class="status-cell">
      ${cellLabel(columns[1].name, ctx)}
      <div class="status-line">
        <span class="status-text">${row.status}</span>${renderDrawing(row, ctx.view.drawings.get(row), strings, lang, ui)}
      </div>
      ${row.note ? html`<p class="note"><span lang=${ifDefined(ui)}>${strings.note}</span> ${row.note}</p>` : nothing}
      ${
        row.sourceUrl
          ? html`<a class="row-source" href=${row.sourceUrl} rel="noopener"
            ><span lang=${ifDefined(ui)}>${strings.rowSource}</span><span class="visually-hidden">: ${row.indicator}</span></a
          >`
          : nothing
      }
    </td>
    ${
      ctx.view.asOfColumn
        ? html`<td role="cell" class="asof-cell">
          ${cellLabel(strings.asOf, ctx)}
          ${row.asOf ? html`<time datetime=${row.asOf.iso} lang=${ifDefined(ui)}>${formatPartialDate(row.asOf, lang)}</time>` : nothing}
        </td>`
        : nothing
    }
  </tr>`;
}

export function renderTable(ctx: TableContext): TemplateResult {
  const { view, strings, lang, languages, caption } = ctx;
  const columns = columnsOf(view, strings, lang);
  const rows = view.slice.rows;
  const paged = view.slice.pageCount > 1;
  return html`<div class="table-wrap">
    <table role="table" part="table" aria-rowcount=${paged ? view.matched.length + 1 : nothing}>
      <caption class="visually-hidden">
        ${inLanguage(caption.text, caption.lang, languages.ui)}, <span>${strings.sortableHint}</span>
      </caption>
      <thead role="rowgroup">
        <tr role="row" aria-rowindex=${paged ? 1 : nothing}>${columns.map((column) => renderHeaderCell(column, ctx))}</tr>
      </thead>
      <tbody role="rowgroup" lang=${ifDefined(langAttribute(languages.data, languages.ui))}>
        ${
          rows.length
            ? repeat(
                rows,
                (row) => row.id,
                (row, i) => renderRow(row, columns, ctx, paged ? view.slice.first + i + 1 : undefined),
              )
            : html`<tr role="row">
              <td role="cell" class="no-matches" colspan=${columns.length} lang=${ifDefined(uiInBody(ctx))}>${strings.noMatches}</td>
            </tr>`
        }
      </tbody>
    </table>
  </div>`;
}
