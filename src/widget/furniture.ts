/**
 * Newsroom furniture around every widget: headline, dek, notes, source line and byline from the
 * dataset's `meta`, each replaceable through a named slot. Everything from data is bound as
 * text; the source is a link only when its URL passed the http(s) allow-list. Text from `meta`
 * carries `meta.lang`, so a Russian page with an English dataset is read in the right voice.
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
  const text = headlineText(meta, kind);
  return html`<slot name="title">${text ? html`<span lang=${meta.lang ?? nothing}>${text}</span>` : fallback}</slot>`;
}

export function renderDek(meta: Meta): TemplateResult {
  return html`<p class="dek" part="dek"><slot name="dek"><span lang=${meta.lang ?? nothing}>${meta.dek ?? nothing}</span></slot></p>`;
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
  const inDataLang = (text: string) => html`<span lang=${meta.lang ?? nothing}>${text}</span>`;
  const line = (name: string, content: unknown) =>
    content || slotted(name) ? html`<p class=${name} part=${name}><slot name=${name}>${content || nothing}</slot></p>` : nothing;
  const sourceName = source && inDataLang(source.name);
  const sourceLine = source
    ? html`${strings.source}
        ${source.url ? html`<a href=${source.url} rel="noopener">${sourceName}</a>` : sourceName}${asOf ? `, ${asOf}` : ''}`
    : undefined;
  if (!notes && !source && !byline && !['notes', 'source', 'byline'].some(slotted)) return nothing;
  return html`<div class="footer" part="footer">${line('notes', notes && inDataLang(notes))} ${line('source', sourceLine)} ${line(
    'byline',
    byline && inDataLang(byline),
  )}</div>`;
}
