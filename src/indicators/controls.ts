/**
 * The controls around the table: the row filter (long tables only), the pager and "Download the
 * data". Disabled pager buttons use `aria-disabled`, so focus stays on them at the first and last
 * page instead of falling back to the page.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { formatNumber } from '../format/number.js';
import { DOWNLOAD_FORMATS, type DownloadFormat } from './download.js';
import type { TableView } from './model.js';
import type { IndicatorStrings } from './strings.js';

export function renderFilter(
  view: TableView,
  query: string,
  strings: IndicatorStrings,
  lang: string,
  onInput: (event: InputEvent) => void,
): TemplateResult | typeof nothing {
  if (!view.filterable) return nothing;
  const n = (value: number) => formatNumber(value, lang);
  return html`<div class="filter" part="filter">
    <label for="filter">${strings.filterLabel}</label>
    <input id="filter" type="search" autocomplete="off" spellcheck="false" .value=${live(query)} @input=${onInput} />
    ${query.trim() ? html`<span class="matching">${strings.matching(n(view.matched.length), n(view.total))}</span>` : nothing}
  </div>`;
}

export function renderPager(view: TableView, strings: IndicatorStrings, lang: string, goTo: (page: number) => void): TemplateResult | typeof nothing {
  const { page, pageCount, first, last } = view.slice;
  if (pageCount < 2) return nothing;
  const n = (value: number) => formatNumber(value, lang);
  const step = (to: number, disabled: boolean, content: TemplateResult) =>
    html`<button type="button" aria-disabled=${disabled ? 'true' : 'false'} @click=${() => !disabled && goTo(to)}>${content}</button>`;
  return html`<nav class="pager" part="pagination" aria-label=${strings.pages}>
    ${step(page - 1, page === 1, html`<span aria-hidden="true">‹</span> ${strings.previousPage}`)}
    <label class="page-select">
      ${strings.page}
      <select @change=${(event: Event) => goTo(Number((event.target as HTMLSelectElement).value))}>
        ${Array.from({ length: pageCount }, (_, i) => html`<option value=${i + 1} .selected=${i + 1 === page}>${n(i + 1)}</option>`)}
      </select>
      ${strings.pageOf(n(pageCount))}
    </label>
    ${step(page + 1, page === pageCount, html`${strings.nextPage} <span aria-hidden="true">›</span>`)}
    <span class="range">${strings.rowRange(n(first), n(last), n(view.matched.length))}</span>
  </nav>`;
}

export function renderDownload(strings: IndicatorStrings, onDownload: (format: DownloadFormat) => void): TemplateResult {
  return html`<div class="download" part="download">
    <span aria-hidden="true">${strings.download}</span>
    ${DOWNLOAD_FORMATS.map(
      (format) => html`<button type="button" @click=${() => onDownload(format)}>
        <span class="visually-hidden">${strings.downloadAs}</span> ${format.toUpperCase()}
      </button>`,
    )}
  </div>`;
}
