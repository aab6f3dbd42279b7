/**
 * "Your data": the three ways in (a file, cells pasted from a spreadsheet, a URL), the article's
 * own data to try the builder with, and the widget, guessed from the columns and open to change.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { WIDGET_NAMES, type WidgetName } from '../embed/widgets.js';
import { WIDGET_LABELS } from './widget-kinds.js';

export interface DataPanel {
  widget: WidgetName;
  /** "Guessed from the columns date, title." or ''. */
  guessNote: string;
  pasted: string;
  url: string;
  loading: boolean;
  onFile(file: File | undefined): void;
  onDropData(transfer: DataTransfer | null): void;
  onPaste(text: string): void;
  onUrl(url: string): void;
  onLoadUrl(): void;
  onExample(): void;
  onWidget(widget: WidgetName): void;
}

const ACCEPT = '.csv,.tsv,.txt,.json,text/csv,text/tab-separated-values,text/plain,application/json';

export function renderDataPanel(p: DataPanel): TemplateResult {
  const over = (event: DragEvent) => {
    event.preventDefault();
    (event.currentTarget as HTMLElement).classList.add('dragging');
  };
  const leave = (event: DragEvent) => (event.currentTarget as HTMLElement).classList.remove('dragging');
  const drop = (event: DragEvent) => {
    event.preventDefault();
    leave(event);
    p.onDropData(event.dataTransfer);
  };
  return html`<section class="panel" aria-labelledby="data-heading">
    <h2 id="data-heading">1. Your data</h2>
    <div class="drop" @dragover=${over} @dragleave=${leave} @drop=${drop}>
      <label for="data-file">Data file</label>
      <input id="data-file" type="file" accept=${ACCEPT} aria-describedby="data-file-hint"
        @change=${(event: Event) => p.onFile((event.target as HTMLInputElement).files?.[0])} />
      <p id="data-file-hint" class="hint">CSV, TSV or JSON, saved as UTF-8 if you can. You can also drop a file (or cells) on this box.</p>
    </div>
    <label for="paste-data">Paste data</label>
    <textarea id="paste-data" rows="5" spellcheck="false" aria-describedby="paste-data-hint" .value=${live(p.pasted)}
      @input=${(event: Event) => p.onPaste((event.target as HTMLTextAreaElement).value)}></textarea>
    <p id="paste-data-hint" class="hint">Select the cells in Google Sheets or Excel, header row included, copy them and paste them here.</p>
    <form class="url" @submit=${(event: Event) => (event.preventDefault(), p.onLoadUrl())}>
      <label for="data-url">Data URL</label>
      <div class="inline">
        <input id="data-url" type="url" inputmode="url" autocomplete="url" placeholder="https://" aria-describedby="data-url-hint"
          .value=${live(p.url)} @input=${(event: Event) => p.onUrl((event.target as HTMLInputElement).value)} />
        <!-- Not disabled while loading: a disabled button would drop the keyboard focus. -->
        <button type="submit">${p.loading ? 'Loading…' : 'Load'}</button>
      </div>
      <p id="data-url-hint" class="hint">A published sheet’s CSV link (Google Sheets: File → Share → Publish to web → CSV), or any JSON or CSV address that allows other sites to read it.</p>
    </form>
    <p><button type="button" class="secondary" @click=${p.onExample}>Try the article’s data</button></p>
    <label for="widget">Widget</label>
    <select id="widget" aria-describedby=${p.guessNote ? 'widget-hint' : nothing}
      @change=${(event: Event) => p.onWidget((event.target as HTMLSelectElement).value as WidgetName)}>
      ${WIDGET_NAMES.map((name) => html`<option value=${name} ?selected=${name === p.widget}>${WIDGET_LABELS[name]}</option>`)}
    </select>
    ${p.guessNote ? html`<p id="widget-hint" class="hint">${p.guessNote}</p>` : nothing}
  </section>`;
}
