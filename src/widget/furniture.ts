/**
 * Newsroom furniture around every widget: headline, dek, notes, source line and byline from the
 * dataset's `meta`, each replaceable through a named slot. Everything from data is bound as
 * text; the source is a link only when its URL passed the http(s) allow-list. Each run is read
 * in its own language: text from `meta` in the data's, the interface words ("Source:", "as of")
 * in the interface's, and content slotted from the page in the page's.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Meta, RowKind } from '../data/types.js';
import { langAttribute, type TextLanguages } from '../format/locale.js';
import { formatPartialDate } from '../format/partial-date.js';
import type { CoreStrings } from '../format/strings.js';
import { inLanguage } from './text-run.js';

export interface FurnitureContext {
  meta: Meta;
  languages: TextLanguages;
  /** Is light-DOM content assigned to the named slot? */
  slotted: (name: string) => boolean;
}

export function headlineText(meta: Meta, kind: RowKind): string | undefined {
  return meta.headlines?.[kind] ?? meta.title;
}

/**
 * The `lang` of a slot that shows content from the page. Assistive technology takes a slotted
 * node's language from the slot's ancestors, which speak the interface language; the page's
 * text keeps the page's. A slot showing its own fallback content needs no tag.
 */
function slotLang(context: FurnitureContext, name: string): string | typeof nothing {
  const { page, ui } = context.languages;
  return (context.slotted(name) && langAttribute(page, ui)) || nothing;
}

/** The headline's content: the `title` slot, else the data's headline, else `fallback` (an interface string). */
export function renderTitle(context: FurnitureContext, kind: RowKind, fallback: string): TemplateResult {
  const { meta, languages } = context;
  const text = headlineText(meta, kind);
  return html`<slot name="title" lang=${slotLang(context, 'title')}>${text ? inLanguage(text, languages.data, languages.ui) : fallback}</slot>`;
}

export function renderDek(context: FurnitureContext): TemplateResult {
  const { meta, languages } = context;
  return html`<p class="dek" part="dek"><slot name="dek" lang=${slotLang(context, 'dek')}>${inLanguage(meta.dek ?? nothing, languages.data, languages.ui)}</slot></p>`;
}

/** Footer lines render only when the data or a slot gives them something to say. */
export function renderFooter(context: FurnitureContext, strings: CoreStrings, locale: string): TemplateResult | typeof nothing {
  const { meta, languages, slotted } = context;
  const { source, notes, byline } = meta;
  const asOf = meta.asOf ? strings.asOf(formatPartialDate(meta.asOf, locale)) : '';
  const inDataLang = (text: string) => inLanguage(text, languages.data, languages.ui);
  const line = (name: string, content: unknown) =>
    content || slotted(name)
      ? html`<p class=${name} part=${name}><slot name=${name} lang=${slotLang(context, name)}>${content || nothing}</slot></p>`
      : nothing;
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
