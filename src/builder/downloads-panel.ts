/** "Downloads": the cleaned dataset (JSON, CSV) and the widget as drawn in the preview (PNG, SVG). */
import { html, nothing, type TemplateResult } from 'lit';
import { PNG_SCALE } from './widget-image.js';

export const DOWNLOADS = ['json', 'csv', 'png', 'svg'] as const;
export type Download = (typeof DOWNLOADS)[number];

export interface DownloadsPanel {
  /** Rows in the cleaned dataset; nothing to download without. */
  rows: number;
  /** The preview widget's size in CSS pixels, when it is ready. */
  size?: { width: number; height: number };
  error: string;
  onDownload(kind: Download): void;
}

export function renderDownloadsPanel(p: DownloadsPanel): TemplateResult {
  const button = (kind: Download, label: string, disabled: boolean) =>
    html`<button type="button" class="secondary" ?disabled=${disabled} @click=${() => p.onDownload(kind)}>${label}</button>`;
  const size = p.size;
  return html`<section class="panel" aria-labelledby="downloads-heading">
    <h2 id="downloads-heading">4. Downloads</h2>
    <p class="hint">The cleaned data: the rows the widget shows, with the words above, in the shape every widget reads (load it back here or give its address to an embed).</p>
    <div class="buttons">${button('json', 'Download JSON', !p.rows)} ${button('csv', 'Download CSV', !p.rows)}</div>
    <p class="hint">
      The widget as the preview shows it, for social cards, print, and readers of AMP or without JavaScript
      ${size ? `: SVG ${size.width} × ${size.height} px, PNG ${size.width * PNG_SCALE} × ${size.height * PNG_SCALE} px.` : '.'}
    </p>
    <div class="buttons">${button('png', 'Download PNG', !p.rows || !size)} ${button('svg', 'Download SVG', !p.rows || !size)}</div>
    ${p.error ? html`<p class="hint warning" role="alert">${p.error}</p>` : nothing}
  </section>`;
}
