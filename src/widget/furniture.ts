/**
 * Newsroom furniture around every widget: headline, dek, notes, credit line and byline from the
 * dataset's `meta`, each replaceable through a named slot. Everything from data is bound as
 * text; a credit is a link only when its URL passed the http(s) allow-list. Each run is read in
 * its own language: text from `meta` in the data's, the interface words ("Sources:", "Data as
 * of", the quotation marks around a title) in the interface's, and content slotted from the page
 * in the page's.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Meta, RowKind, SourceLink } from '../data/types.js';
import { credits } from '../format/credit.js';
import { langAttribute, type TextLanguages } from '../format/locale.js';
import { formatPartialDate } from '../format/partial-date.js';
import type { CoreStrings } from '../format/strings.js';
import { inLanguage } from './text-run.js';

export interface FurnitureContext {
  meta: Meta;
  /** The widget's rows: a row's own `sourceName` is credited beside `meta.source`. */
  rows?: readonly object[];
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

/** Ends a sentence with a full stop unless it already ends with one (`2025 г.`) or another mark. */
const sentence = (text: string) => (/[.!?…]$/.test(text) ? text : `${text}.`);

/**
 * The credit line: the date the data describes, then the sources, as newsrooms write it:
 * "Data as of October 2025. Sources: Freedom House; “Why Is the U.S. …?”". A title is set off
 * with the interface language's quotation marks; names and titles keep the data's language.
 */
function renderCredits(context: FurnitureContext, strings: CoreStrings, locale: string): TemplateResult | undefined {
  const { meta, languages } = context;
  const inDataLang = (text: string) => inLanguage(text, languages.data, languages.ui);
  const list = credits(meta, context.rows);
  if (!list.length && !meta.asOf) return undefined;
  const [open, close] = strings.quotes;
  const credit = (source: SourceLink) => {
    const content = html`${source.name ? inDataLang(source.name) : nothing}${source.name && source.title ? ', ' : ''}${
      source.title ? html`${open}${inDataLang(source.title)}${close}` : nothing
    }`;
    return source.url ? html`<a href=${source.url} rel="noopener">${content}</a>` : content;
  };
  const asOf = meta.asOf ? sentence(strings.asOf(formatPartialDate(meta.asOf, locale))) : '';
  const sources = list.length
    ? html`${list.length > 1 ? strings.sources : strings.source} ${list.map((source, i) => html`${i ? '; ' : ''}${credit(source)}`)}`
    : nothing;
  return html`${asOf}${asOf && list.length ? ' ' : ''}${sources}`;
}

/** Footer lines render only when the data or a slot gives them something to say. */
export function renderFooter(context: FurnitureContext, strings: CoreStrings, locale: string): TemplateResult | typeof nothing {
  const { meta, languages, slotted } = context;
  const { notes, byline } = meta;
  const inDataLang = (text: string) => inLanguage(text, languages.data, languages.ui);
  const line = (name: string, content: unknown) =>
    content || slotted(name)
      ? html`<p class=${name} part=${name}><slot name=${name} lang=${slotLang(context, name)}>${content || nothing}</slot></p>`
      : nothing;
  const sourceLine = renderCredits(context, strings, locale);
  if (!notes && !sourceLine && !byline && !['notes', 'source', 'byline'].some(slotted)) return nothing;
  return html`<div class="footer" part="footer">${line('notes', notes && inDataLang(notes))} ${line('source', sourceLine)} ${line(
    'byline',
    byline && inDataLang(byline),
  )}</div>`;
}
