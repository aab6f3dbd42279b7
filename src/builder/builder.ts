/**
 * `<belarus-builder>`: the producer's page. Data in (a file, pasted cells, a URL), the widget
 * guessed from the columns, a live preview with the problem list and the rows beside it, the
 * furniture edited into `meta`, embed code for every mode, and downloads of the cleaned data and
 * of the widget as an image. Everything is derived from the state below by the pure modules next
 * door; this element holds the state, wires the events and does the few things that need the
 * rendered widget (static HTML, images, the room it needs at each width).
 *
 * @internal A tool shipped as dist/builder/, not a widget to embed.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { DEFAULT_DATASET } from '../data/default-dataset.js';
import type { Problem, RowKind, Validated } from '../data/types.js';
import { validateFor } from '../data/validate.js';
import { measureReserve, RESERVE_WIDTHS, type WidgetCopy } from '../embed/measure-reserve.js';
import type { StaticPart } from '../embed/snippet.js';
import type { WidgetName } from '../embed/widgets.js';
import { resolveLocale, type Locale } from '../format/locale.js';
import { cssomStyle } from '../widget/cssom-style.js';
import { formatReserve } from '../widget/reserve.js';
import type { WidgetElement } from '../widget/widget-element.js';
import { builderStyles } from './builder.styles.js';
import { categoriesOf } from './categories.js';
import { cleanCsv, cleanDataset, cleanJson, type CleanDataset } from './clean-dataset.js';
import { copyText } from './clipboard.js';
import { renderDataPanel } from './data-panel.js';
import { renderDownloadsPanel, type Download } from './downloads-panel.js';
import { embedCode, type EmbedChoice } from './embed-code.js';
import { renderEmbedPanel } from './embed-panel.js';
import { datasetWith, EMPTY_FURNITURE, furnitureFrom, type Furniture } from './furniture.js';
import { renderFurniturePanel } from './furniture-panel.js';
import { guessKind, type KindGuess } from './guess-kind.js';
import { renderPreviewPanel, type PreviewTheme, type PreviewWidth } from './preview-panel.js';
import { problemsSummary, renderProblemsPanel } from './problems-panel.js';
import { columnsOf, rowsOf } from './rows.js';
import { renderRowsTable, rowElementId } from './rows-table.js';
import { fileName, saveBlob } from './save-file.js';
import { staticPartOf } from './shadow-copy.js';
import { readFile, readPasted, readUrl, type Source } from './source.js';
import { KIND_OF, widgetFor, WIDGET_NOUNS } from './widget-kinds.js';
import { renderWidgetTag } from './widget-tag.js';
import { ImageError, svgToPng, widgetSvg } from './widget-image.js';

/** What the state gives, recomputed when the data, the widget, the furniture or the reading language change. */
interface Derived {
  validated?: Validated<RowKind>;
  dataset?: CleanDataset;
  problems: Problem[];
  rows?: unknown[];
  columns: string[];
  leftOut: Set<number>;
}

const NOTHING_YET: Derived = { problems: [], columns: [], leftOut: new Set() };

/** What the room a widget needs depends on: the data the embed will read, which widget, the embed's language. */
type ReserveInputs = readonly [data: unknown, widget: WidgetName, lang: string];

const sameInputs = (a: readonly unknown[] | undefined, b: readonly unknown[]) => a?.length === b.length && b.every((part, i) => Object.is(part, a[i]));

/** Stops a copy's `belarus-data-error` before it reaches the copy (capture), so the console is not told again. */
const QUIET = { handleEvent: (event: Event) => event.stopPropagation(), capture: true };

/** Words typed into the furniture change the height at every key: the room is measured once typing rests. */
const RESERVE_PAUSE_MS = 300;

/** The folder the builder is served from, one level up: where dist/ is published. */
function servedBase(): string {
  try {
    const base = new URL('..', location.href);
    return /^https?:$/.test(base.protocol) ? base.href : '';
  } catch {
    return '';
  }
}

export class BelarusBuilder extends LitElement {
  static override styles = builderStyles;

  @state() private source?: Source;
  @state() private guess?: KindGuess;
  @state() private widget: WidgetName = 'timeline';
  @state() private form: Furniture = EMPTY_FURNITURE;
  @state() private pasted = '';
  @state() private url = '';
  @state() private loading = false;
  /** The width of the screen it is used on, at first. */
  @state() private previewWidth: PreviewWidth = typeof matchMedia === 'function' && !matchMedia('(min-width: 760px)').matches ? 'phone' : 'desktop';
  @state() private previewTheme: PreviewTheme = 'light';
  @state() private previewLang: Locale = 'en';
  @state() private choice: EmbedChoice = {
    mode: 'script',
    widget: 'timeline',
    lang: 'en',
    theme: '',
    dataPlace: 'inline',
    dataUrl: '',
    base: servedBase(),
    title: '',
  };
  @state() private staticPart?: StaticPart;
  @state() private selectedRow?: number;
  @state() private previewSize?: { width: number; height: number };
  /** The room the widget needs at each width (a `reserve` value), and what it was measured for. */
  @state() private reserve?: { inputs: ReserveInputs; value: string };
  /** The inputs the measuring copies are rendered for, while they are. */
  @state() private measuring?: ReserveInputs;
  @state() private notice = '';
  @state() private downloadError = '';
  /** The furniture form starts open where there is room beside the preview. */
  @state() private furnitureOpen = typeof matchMedia === 'function' && matchMedia('(min-width: 960px)').matches;

  private derived: Derived = NOTHING_YET;
  private loadController?: AbortController;
  /** The inputs the static HTML was last rendered from. */
  private staticKey: unknown[] = [];
  /** Measures the preview widget, for the image sizes and the iframe's starting height. */
  private readonly sizeObserver = new ResizeObserver(() => this.measurePreview());
  private observed?: Element;
  private focusRowAfterUpdate = false;
  /** The inputs a measurement was last asked for, and read for. */
  private reserveAsked?: ReserveInputs;
  private reserveRead?: ReserveInputs;
  private reserveTimer?: ReturnType<typeof setTimeout>;

  private get kind(): RowKind {
    return KIND_OF[this.widget];
  }

  private get previewElement(): WidgetElement<RowKind> | null {
    return this.renderRoot.querySelector<WidgetElement<RowKind>>('#preview-widget');
  }

  private get exportElement(): WidgetElement<RowKind> | null {
    return this.renderRoot.querySelector<WidgetElement<RowKind>>('.export > *');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.sizeObserver.disconnect();
    this.observed = undefined;
    this.loadController?.abort();
    clearTimeout(this.reserveTimer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    // The embed's language reads the data (`1,500`); its other choices do not.
    const langChanged = changed.has('choice') && (changed.get('choice') as EmbedChoice | undefined)?.lang !== this.choice.lang;
    if (changed.has('source') || changed.has('widget') || changed.has('form') || langChanged) this.derive();
  }

  private derive(): void {
    const input = this.source?.input;
    if (!this.source) return void (this.derived = NOTHING_YET);
    if (this.source.failure || input === undefined) {
      this.derived = { ...NOTHING_YET, problems: this.source.failure ? [this.source.failure] : [] };
      return;
    }
    const kind = this.kind;
    const validated = validateFor(kind, datasetWith(input, kind, this.form), { lang: this.choice.lang || undefined }) as Validated<RowKind>;
    const rows = rowsOf(input, kind);
    const leftOut = new Set(validated.problems.filter((p) => p.severity === 'error' && p.row !== undefined).map((p) => p.row!));
    this.derived = {
      validated,
      dataset: cleanDataset(kind, validated, this.form.categories),
      problems: validated.problems,
      rows,
      columns: rows ? columnsOf(rows) : [],
      leftOut,
    };
  }

  // ---- data in ----

  private use(source: Source): void {
    this.source = source;
    this.selectedRow = undefined;
    this.staticPart = undefined;
    this.downloadError = '';
    if (source.origin !== 'paste') this.pasted = '';
    if (source.input === undefined) return;
    this.guess = guessKind(source.input);
    if (this.guess) this.widget = widgetFor(this.guess.kind);
    this.form = furnitureFrom(source.input, this.kind);
    this.choice = { ...this.choice, widget: this.widget, dataUrl: source.url ?? '' };
  }

  private async loadFile(file: File | undefined): Promise<void> {
    if (!file) return;
    this.use(await readFile(file));
  }

  private onDropData(transfer: DataTransfer | null): void {
    const file = transfer?.files[0];
    if (file) return void this.loadFile(file);
    // Cells dragged from a spreadsheet arrive as tab-separated text.
    const text = transfer?.getData('text/plain');
    if (text) this.onPaste(text);
  }

  private onPaste(text: string): void {
    this.pasted = text;
    if (!text.trim()) {
      if (this.source?.origin === 'paste') this.source = undefined;
      return;
    }
    this.use(readPasted(text));
  }

  private async loadUrl(): Promise<void> {
    this.loadController?.abort();
    const controller = (this.loadController = new AbortController());
    this.loading = true;
    this.notice = `Loading ${this.url.trim()}…`;
    try {
      const source = await readUrl(this.url, controller.signal);
      if (controller.signal.aborted) return;
      this.use(source);
      this.notice = '';
    } catch {
      // Aborted by a newer request, which reports for itself.
    } finally {
      if (this.loadController === controller) this.loading = false;
    }
  }

  private onExample(): void {
    this.use({ origin: 'example', name: 'The article’s data', input: DEFAULT_DATASET });
  }

  private onWidget(widget: WidgetName): void {
    this.widget = widget;
    this.selectedRow = undefined;
    this.choice = { ...this.choice, widget };
  }

  // ---- problems and rows ----

  private showRow(row: number): void {
    this.selectedRow = row;
    this.focusRowAfterUpdate = true;
  }

  // ---- embed ----

  private onChoice(change: Partial<EmbedChoice>): void {
    this.choice = { ...this.choice, ...change };
    // The preview speaks the embed's language until the producer picks another one to check.
    if (change.lang) this.previewLang = resolveLocale(change.lang);
  }

  private async copy(field: HTMLTextAreaElement): Promise<void> {
    const result = await copyText(field.value, field);
    this.notice = result === 'copied' ? 'Embed code copied.' : 'Embed code selected: press Ctrl+C (or ⌘C) to copy it.';
  }

  private get headline(): string {
    return this.form.title.trim();
  }

  private get embed() {
    // Without a headline the frame is named by what it holds, never by the bundled dataset's title.
    const noun = WIDGET_NOUNS[this.widget];
    const title = this.headline ? `${this.headline} (${noun})` : noun.charAt(0).toUpperCase() + noun.slice(1);
    const height = this.previewWidth === 'desktop' ? this.previewSize?.height : undefined;
    const measured = sameInputs(this.reserve?.inputs, this.reserveInputs);
    const reserve = measured ? this.reserve?.value : undefined;
    const measuringReserve = this.reservesRoom && !measured;
    return embedCode(
      { ...this.choice, title, height, reserve, measuringReserve },
      this.derived.dataset,
      this.derived.validated?.rows.length ?? 0,
      this.staticPart,
    );
  }

  /** A script embed that reads its data by address keeps the widget's room free while the data loads. */
  private get reservesRoom(): boolean {
    return this.choice.mode === 'script' && this.choice.dataPlace === 'url' && (this.derived.validated?.rows.length ?? 0) > 0;
  }

  /**
   * The data the embed will read from its address: the file as the builder read it when the
   * address is the one it was loaded from, else the cleaned data, which the producer is told to
   * publish there (with any rows left out, and the notes about them, as the embed will show).
   */
  private get reserveInputs(): ReserveInputs {
    const { source } = this;
    const sameFile = source?.url !== undefined && source.url === this.choice.dataUrl.trim();
    return [sameFile ? source.input : this.derived.dataset, this.widget, this.choice.lang];
  }

  /** Asks for a measurement of the room when what it depends on has changed and the producer has paused. */
  private scheduleReserve(): void {
    const inputs = this.reserveInputs;
    if (!this.reservesRoom || sameInputs(this.reserve?.inputs, inputs) || sameInputs(this.reserveAsked, inputs)) return;
    this.reserveAsked = inputs;
    clearTimeout(this.reserveTimer);
    this.reserveTimer = setTimeout(() => (this.measuring = inputs), RESERVE_PAUSE_MS);
  }

  /** Reads the measuring copies once they are rendered; a result for inputs that changed meanwhile is dropped. */
  private async readReserve(): Promise<void> {
    const inputs = this.measuring;
    if (!inputs || inputs === this.reserveRead) return;
    this.reserveRead = inputs;
    const copies = Array.from(this.renderRoot.querySelectorAll<WidgetCopy>('.measure-box > *'));
    const entries = await measureReserve(copies);
    if (this.measuring !== inputs) return;
    this.measuring = undefined;
    if (sameInputs(inputs, this.reserveInputs)) this.reserve = { inputs, value: entries ? formatReserve(entries) : '' };
  }

  /** The static HTML is copied from the hidden export widget once it has rendered the current data. */
  private async refreshStatic(): Promise<void> {
    const element = this.exportElement;
    const key = [this.derived.dataset, this.widget, this.choice.lang, this.choice.theme];
    if (this.choice.mode !== 'static' || !element || key.every((part, i) => Object.is(part, this.staticKey[i]))) return;
    this.staticKey = key;
    await element.updateComplete;
    if (this.exportElement !== element || key.some((part, i) => !Object.is(part, this.staticKey[i]))) return;
    this.staticPart = staticPartOf(element);
  }

  // ---- downloads ----

  private async download(kind: Download): Promise<void> {
    const dataset = this.derived.dataset;
    if (!dataset) return;
    const name = (extension: string) => fileName(this.headline, this.widget, extension);
    this.downloadError = '';
    try {
      if (kind === 'json') saveBlob(new Blob([cleanJson(dataset)], { type: 'application/json;charset=utf-8' }), name('json'));
      else if (kind === 'csv') saveBlob(new Blob([cleanCsv(this.kind, dataset[this.kind] ?? [])], { type: 'text/csv;charset=utf-8' }), name('csv'));
      else {
        const preview = this.previewElement;
        if (!preview) return;
        await preview.updateComplete;
        const image = widgetSvg(preview);
        if (kind === 'svg') saveBlob(new Blob([image.svg], { type: 'image/svg+xml' }), name('svg'));
        else saveBlob(await svgToPng(image), name('png'));
      }
      this.notice = `Downloaded ${name(kind)}.`;
    } catch (error) {
      if (!(error instanceof ImageError)) throw error;
      this.downloadError = error.message;
    }
  }

  private measurePreview(): void {
    const preview = this.previewElement;
    if (!preview) return void (this.previewSize = undefined);
    const box = preview.getBoundingClientRect();
    const size = { width: Math.ceil(box.width), height: Math.ceil(box.height) };
    if (size.width !== this.previewSize?.width || size.height !== this.previewSize?.height) this.previewSize = size;
  }

  protected override updated(): void {
    const preview = this.previewElement;
    if (preview !== this.observed) {
      if (this.observed) this.sizeObserver.unobserve(this.observed);
      if (preview) this.sizeObserver.observe(preview);
      this.observed = preview ?? undefined;
      if (!preview) this.previewSize = undefined;
    }
    void this.refreshStatic();
    this.scheduleReserve();
    void this.readReserve();
    if (this.focusRowAfterUpdate && this.selectedRow !== undefined) {
      this.focusRowAfterUpdate = false;
      const row = this.renderRoot.querySelector<HTMLElement>(`#${rowElementId(this.selectedRow)}`);
      row?.scrollIntoView({ block: 'nearest' });
      row?.focus({ preventScroll: true });
    }
  }

  // ---- view ----

  private get status(): string {
    if (!this.source) return 'No data yet.';
    const { validated, problems } = this.derived;
    if (!validated) return `${this.source.name} could not be read. ${problemsSummary(problems)}.`;
    const rows = validated.rows.length;
    return `${this.source.name}: ${rows} ${rows === 1 ? 'row' : 'rows'} ready for the ${WIDGET_NOUNS[this.widget]}. ${problemsSummary(problems)}.`;
  }

  private get guessNote(): string {
    if (!this.guess || !this.source?.input) return '';
    return `Guessed from the columns ${this.guess.matched.map((name) => `“${name}”`).join(', ')}; choose another widget if it is not the one.`;
  }

  /** Copies of the widget at each width, laid out but never seen, while the room it needs is measured. */
  private renderMeasuring() {
    if (!this.measuring) return nothing;
    const [data, widget, lang] = this.measuring;
    // The data's problems are the preview's, listed beside it: the copies do not report them again.
    return html`<div class="measure" aria-hidden="true" @belarus-data-error=${QUIET}>
      ${RESERVE_WIDTHS.map(
        (width) => html`<div class="measure-box" ${cssomStyle({ width: `${width}px` })}>${renderWidgetTag(widget, { data, lang: lang || undefined })}</div>`,
      )}
    </div>`;
  }

  protected override render() {
    const { dataset, validated, problems, rows, columns, leftOut } = this.derived;
    const rowCount = validated?.rows.length ?? 0;
    const categories = categoriesOf(this.kind, validated?.rows ?? [], this.previewLang);
    return html`<header class="masthead">
        <h1>Widget builder</h1>
        <p>From a spreadsheet to an embed: give it your data, check the widget, copy the code.</p>
      </header>
      <div class="status-bar">
        <p role="status" id="status">${this.status}</p>
        <p role="status" id="notice">${this.notice}</p>
      </div>
      <main class="layout">
        <div class="controls">
          ${renderDataPanel({
            widget: this.widget,
            guessNote: this.guessNote,
            pasted: this.pasted,
            url: this.url,
            loading: this.loading,
            onFile: (file) => void this.loadFile(file),
            onDropData: (transfer) => this.onDropData(transfer),
            onPaste: (text) => this.onPaste(text),
            onUrl: (url) => (this.url = url),
            onLoadUrl: () => void this.loadUrl(),
            onExample: () => this.onExample(),
            onWidget: (widget) => this.onWidget(widget),
          })}
          ${renderFurniturePanel({
            form: this.form,
            categories,
            open: this.furnitureOpen,
            onToggle: () => (this.furnitureOpen = !this.furnitureOpen),
            onField: (field, value) => (this.form = { ...this.form, [field]: value }),
            onCategory: (id, edit) => (this.form = { ...this.form, categories: { ...this.form.categories, [id]: edit } }),
          })}
        </div>
        <div class="results">
          ${renderPreviewPanel(
            dataset
              ? {
                  widget: this.widget,
                  data: dataset,
                  width: this.previewWidth,
                  theme: this.previewTheme,
                  lang: this.previewLang,
                  onWidth: (width) => (this.previewWidth = width),
                  onTheme: (theme) => (this.previewTheme = theme),
                  onLang: (lang) => (this.previewLang = lang),
                }
              : undefined,
          )}
          ${this.source ? renderProblemsPanel({ problems, rowsShown: Boolean(rows?.length), onShowRow: (row) => this.showRow(row) }) : nothing}
          ${rows?.length ? renderRowsTable({ rows, columns, leftOut, selected: this.selectedRow }) : nothing}
          ${renderEmbedPanel({
            choice: this.choice,
            code: this.embed,
            leftOut: leftOut.size,
            onChoice: (change) => this.onChoice(change),
            onCopy: (field) => void this.copy(field),
          })}
          ${renderDownloadsPanel({
            rows: rowCount,
            size: this.previewSize,
            error: this.downloadError,
            onDownload: (kind) => void this.download(kind),
          })}
        </div>
      </main>
      ${
        dataset && this.choice.mode === 'static'
          ? html`<div class="export" hidden>
            ${renderWidgetTag(this.widget, { data: dataset, lang: this.choice.lang || undefined, theme: this.choice.theme || undefined })}
          </div>`
          : nothing
      }
      ${this.renderMeasuring()}`;
  }
}
