/**
 * The live preview: the widget with the cleaned data, at phone (360 px) or desktop (720 px)
 * width, light or dark, in any shipped language. What is shown is what the embed carries.
 */
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { WidgetName } from '../embed/widgets.js';
import { LOCALES, type Locale } from '../format/locale.js';
import { languageName } from './embed-panel.js';
import { renderWidgetTag } from './widget-tag.js';

export const PREVIEW_WIDTHS = { phone: 360, desktop: 720 } as const;
export type PreviewWidth = keyof typeof PREVIEW_WIDTHS;
export const PREVIEW_THEMES = ['light', 'dark'] as const;
export type PreviewTheme = (typeof PREVIEW_THEMES)[number];

export interface PreviewPanel {
  widget: WidgetName;
  data: unknown;
  width: PreviewWidth;
  theme: PreviewTheme;
  lang: Locale;
  onWidth(width: PreviewWidth): void;
  onTheme(theme: PreviewTheme): void;
  onLang(lang: Locale): void;
}

function radios<T extends string>(
  legend: string,
  name: string,
  values: readonly T[],
  current: T,
  label: (value: T) => string,
  pick: (value: T) => void,
  lang?: (value: T) => string,
) {
  return html`<fieldset class="choices compact">
    <legend>${legend}</legend>
    ${values.map(
      (value) => html`<label class="choice" lang=${lang ? lang(value) : 'en'}><input type="radio" name=${name} value=${value}
        .checked=${live(value === current)} @change=${() => pick(value)} />${label(value)}</label>`,
    )}
  </fieldset>`;
}

export function renderPreviewPanel(p: PreviewPanel | undefined): TemplateResult {
  if (!p) {
    return html`<section class="panel preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">Preview</h2>
      <p class="placeholder">Give the builder your data (a file, pasted cells or an address) and the widget appears here.</p>
    </section>`;
  }
  const widths = Object.keys(PREVIEW_WIDTHS) as PreviewWidth[];
  return html`<section class="panel preview" aria-labelledby="preview-heading">
    <h2 id="preview-heading">Preview</h2>
    <div class="preview-controls">
      ${radios('Width', 'preview-width', widths, p.width, (w) => `${w === 'phone' ? 'Phone' : 'Desktop'} (${PREVIEW_WIDTHS[w]} px)`, p.onWidth)}
      ${radios('Theme', 'preview-theme', PREVIEW_THEMES, p.theme, (t) => (t === 'light' ? 'Light' : 'Dark'), p.onTheme)}
      ${radios('Language', 'preview-lang', LOCALES, p.lang, languageName, p.onLang, (l) => l)}
    </div>
    <div class="stage ${p.theme}" role="region" aria-label=${`The widget at ${PREVIEW_WIDTHS[p.width]} px`} tabindex="0">
      <div class="frame ${p.width}">${renderWidgetTag(p.widget, { id: 'preview-widget', data: p.data, lang: p.lang, theme: p.theme, headingLevel: 3 })}</div>
    </div>
  </section>`;
}
