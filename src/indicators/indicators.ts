import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DataSourceController } from '../controllers/data-source-controller.js';
import { PrintController } from '../controllers/print-controller.js';
import { DOWNLOAD_EVENT } from '../events.js';
import { nearestLang, stringsIn } from '../format/locale.js';
import { formatNumber } from '../format/number.js';
import { headlineText } from '../widget/furniture.js';
import { WidgetElement } from '../widget/widget-element.js';
import { renderDownload, renderFilter, renderPager } from './controls.js';
import { buildDownload, saveFile, type DownloadFile, type DownloadFormat } from './download.js';
import { indicatorsStyles } from './indicators.styles.js';
import { createTableModel, DEFAULT_PAGE_SIZE, nextSort, SORT_KEYS, type SortDirection, type SortKey, type SortOrder, type TableView } from './model.js';
import { INDICATOR_STRINGS, type IndicatorStrings } from './strings.js';
import { columnsOf, renderTable, type TextRun } from './table.js';

/**
 * The "By the Numbers" table of a news story: indicator and status, with numbers drawn beside
 * them that stay true for any data (numbers of one kind as bars on one shared scale from zero,
 * negative ones to the left of a zero line; a value with its own `max` as a bar on 0–`max`; a
 * column of small whole counts as unit marks). Sortable columns,
 * a filter and pages for long tables, stacked cards in containers narrower than 450px, and
 * "Download the data" as CSV or JSON. Renders the article's dataset when given no other.
 *
 * @summary The indicator table: a real `<table>` with D3 drawings in its cells.
 * @tag belarus-indicators
 *
 * @slot title - Replaces the headline (from `meta.headlines.indicators`, else `meta.title`).
 * @slot dek - Replaces the standfirst under the headline (`meta.dek`).
 * @slot notes - Replaces the notes under the table (`meta.notes`).
 * @slot source - Replaces the source line (`meta.source`, linked when it has an http(s) URL).
 * @slot byline - Replaces the byline (`meta.byline`).
 *
 * @csspart base - The wrapper of everything.
 * @csspart headline - The headline.
 * @csspart table - The `<table>`.
 * @csspart sort-button - Each column header's sort button.
 * @csspart bar - A bar drawing and its scale labels.
 * @csspart units - A unit-marks drawing.
 * @csspart filter - The row filter (shown for more than 10 rows).
 * @csspart pagination - The pager (shown when rows exceed `page-size`).
 * @csspart download - "Download the data" and its buttons.
 * @csspart dek - The standfirst.
 * @csspart footer - Notes, source line and byline.
 * @csspart status - The loading and empty messages.
 * @csspart error - The message readers get when nothing can be shown.
 * @csspart problems - The note that rows were left out.
 * @csspart debug - The producer's view of the data's problems (`debug`, `?belarus-debug`).
 *
 * @cssprop --belarus-indicators-bar-color - Fill of bars and unit marks (default: the accent colour).
 * @cssprop --belarus-indicators-track-color - Background of a bar's scale (default: the surface colour).
 *
 * @fires belarus-data-error - Some or all of the data could not be used; `detail.problems` lists each problem.
 * @fires belarus-download - Before a download; `detail` is `{ format, filename, mimeType, text }`. Cancel it to handle the file yourself.
 */
export class BelarusIndicators extends WidgetElement<'indicators'> {
  static override styles = [...WidgetElement.styles, indicatorsStyles];

  /** The column the table is sorted by: `indicator`, `status` or `asOf`. Unset: the data's order. */
  @property({ attribute: 'sort-by', reflect: true }) sortBy?: SortKey;

  /** `ascending` or `descending`; used with `sort-by`. */
  @property({ attribute: 'sort-direction', reflect: true }) sortDirection: SortDirection = 'ascending';

  /** Rows per page when the table is long. */
  @property({ type: Number, attribute: 'page-size' }) pageSize: number = DEFAULT_PAGE_SIZE;

  protected readonly source = new DataSourceController(this, 'indicators');

  @state() private query = '';
  @state() private page = 1;
  @state() private announcement = '';

  private readonly model = createTableModel();
  private view!: TableView;
  /** On paper every matching row is listed, unpaged. */
  private readonly print = new PrintController(this, { followMedia: true });
  /** What the reader just did, to be put into words for screen readers in the next update. */
  private action?: 'sort' | 'filter' | 'page';

  private get text(): IndicatorStrings {
    return stringsIn(INDICATOR_STRINGS, this.locale);
  }

  private get sort(): SortOrder | undefined {
    if (!this.sortBy || !(SORT_KEYS as readonly string[]).includes(this.sortBy)) return undefined;
    return { key: this.sortBy, direction: this.sortDirection === 'descending' ? 'descending' : 'ascending' };
  }

  /**
   * The headline as read, with its language: the `title` slot's text when given (in the page's
   * language, or its own), else the data's (in the data's), else the default (the interface's).
   */
  private get headline(): TextRun {
    const slot = this.hasSlotted('title') ? this.querySelector(':scope > [slot="title"]') : null;
    const slotted = slot?.textContent?.trim();
    if (slot && slotted) return { text: slotted, lang: nearestLang(slot) };
    const data = headlineText(this.source.meta, 'indicators');
    return data ? { text: data, lang: this.languages.data } : { text: this.text.headline, lang: this.languages.ui };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const input = { sort: this.sort, query: this.query, page: this.page, pageSize: this.pageSize, all: this.print.printing, lang: this.locale };
    this.view = this.model(this.source.rows, this.source.meta, input);
    if (!this.print.printing) this.page = this.view.slice.page;
    if (this.action) this.announcement = this.describe(this.action);
    this.action = undefined;
  }

  protected renderHeader(): TemplateResult {
    return this.renderHeadline('indicators', this.text.headline);
  }

  protected renderContent(): TemplateResult {
    const { view, text, locale } = this;
    const ctx = { view, strings: text, lang: locale, languages: this.languages, caption: this.headline, sort: this.sort };
    return html`
      ${renderFilter(view, this.query, text, locale, this.onFilterInput)}
      ${renderTable({ ...ctx, onSort: this.onSort })}
      ${renderPager(view, text, locale, this.goToPage)}
      <div class="visually-hidden" role="status">${this.announcement}</div>
      ${renderDownload(text, this.onDownload)}
    `;
  }

  /** Words for screen readers after a reader sorts, filters or turns a page. */
  private describe(action: 'sort' | 'filter' | 'page'): string {
    const { text, view, sort } = this;
    const n = (value: number) => formatNumber(value, this.locale);
    if (action === 'filter') return view.matched.length ? text.matching(n(view.matched.length), n(view.total)) : text.noMatches;
    const column = sort && columnsOf(view, text, this.locale).find((c) => c.key === sort.key);
    if (action === 'sort' && sort && column) return text.sortedBy(column.name, sort.direction);
    return text.rowRange(n(view.slice.first), n(view.slice.last), n(view.matched.length));
  }

  private readonly onSort = (key: SortKey): void => {
    const order = nextSort(this.sort, key);
    this.sortBy = order.key;
    this.sortDirection = order.direction;
    this.page = 1;
    this.action = 'sort';
  };

  private readonly onFilterInput = (event: InputEvent): void => {
    this.query = (event.target as HTMLInputElement).value;
    this.page = 1;
    this.action = 'filter';
  };

  private readonly goToPage = (page: number): void => {
    this.page = page;
    this.action = 'page';
  };

  private readonly onDownload = (format: DownloadFormat): void => {
    const file = buildDownload(format, this.view.matched, this.source.meta, this.headline.text);
    const event = new CustomEvent<DownloadFile>(DOWNLOAD_EVENT, { detail: file, bubbles: true, composed: true, cancelable: true });
    if (this.dispatchEvent(event)) saveFile(file);
  };
}
