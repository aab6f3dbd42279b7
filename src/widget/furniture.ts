/**
 * Newsroom furniture around every widget: headline, dek, notes, source line and byline from the
 * dataset's `meta`, each replaceable through a named slot. Everything from data is bound as
 * text; the source is a link only when its URL passed the http(s) allow-list.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Meta, RowKind } from '../data/types.js';
import { formatPartialDate } from '../format/partial-date.js';
import type { CoreStrings } from '../format/strings.js';

export function headlineText(meta: Meta, kind: RowKind): string | undefined {
  return meta.headlines?.[kind] ?? meta.title;
}

/** The headline as slot content; `fallback` is used when neither meta nor a slot provides one. */
export function renderHeadline(meta: Meta, kind: RowKind, fallback: string): TemplateResult {
  return html`<slot name="title">${headlineText(meta, kind) ?? fallback}</slot>`;
}

export function renderDek(meta: Meta): TemplateResult {
  return html`<p class="dek" part="dek"><slot name="dek">${meta.dek ?? nothing}</slot></p>`;
}

/** Footer lines render only when the data or a slot gives them something to say. */
export function renderFooter(
  meta: Meta,
  strings: CoreStrings,
  lang: string,
  slotted: (name: string) => boolean,
): TemplateResult | typeof nothing {
  const { source, notes, byline } = meta;
  const asOf = meta.asOf ? strings.asOf(formatPartialDate(meta.asOf, lang)) : '';
  const line = (name: string, content: unknown) =>
    content || slotted(name) ? html`<p class=${name} part=${name}><slot name=${name}>${content || nothing}</slot></p>` : nothing;
  const sourceLine = source
    ? html`${strings.source}
        ${source.url ? html`<a href=${source.url} rel="noopener">${source.name}</a>` : source.name}${asOf ? `, ${asOf}` : ''}`
    : undefined;
  if (!notes && !source && !byline && !['notes', 'source', 'byline'].some(slotted)) return nothing;
  return html`<div class="footer" part="footer">${line('notes', notes)} ${line('source', sourceLine)} ${line('byline', byline)}</div>`;
}
