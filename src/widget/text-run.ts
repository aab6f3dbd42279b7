/**
 * A run of text in the language it is written in. The widget's wrapper carries the interface
 * language, so interface strings need no tag of their own; data text, and interface words set
 * inside data (a table cell's label), are spans whose `lang` is set only where it differs from
 * the language of the text around them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { langAttribute } from '../format/locale.js';

export function inLanguage(content: unknown, lang: string | undefined, around: string | undefined): TemplateResult {
  return html`<span lang=${langAttribute(lang, around) ?? nothing}>${content}</span>`;
}
