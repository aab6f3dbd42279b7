/**
 * What the three widgets share: the data sources (`data`, inline JSON, `src`, default), the
 * reflected `state`, `lang` and `theme`, the headline at the page's `heading-level`, the
 * furniture and state messages, the room kept while the data loads (`reserve`), and the
 * producer's view of problems (`debug`, the console).
 * Subclasses create their `source` controller for their row kind and render their own content.
 *
 * Languages: the wrapper (`part="base"`) carries the interface language, so every interface
 * string is read in the language it is written in, also on pages in languages the widgets do
 * not ship (English strings on a `de` page are tagged `en`). Data text carries the data's
 * language (`meta.lang`), content slotted from the page the page's.
 */
import { LitElement, html, nothing, type ComplexAttributeConverter, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { DataErrorDetail, DataSourceController, DataState } from '../controllers/data-source-controller.js';
import { DATA_ERROR_EVENT } from '../events.js';
import { toDateFormat } from '../data/date-format.js';
import type { RowKind } from '../data/types.js';
import { nearestLang, resolveLocale, stringsIn, textLanguages, type Locale, type TextLanguages } from '../format/locale.js';
import { CORE_STRINGS, type CoreStrings } from '../format/strings.js';
import { localeLoading } from '../locales/bundled.js';
import { base } from '../styles/base.js';
import { tokens } from '../styles/tokens.js';
import { VERSION } from '../version.js';
import { renderDek, renderFooter, renderTitle, type FurnitureContext } from './furniture.js';
import { furnitureStyles } from './furniture.styles.js';
import { DEFAULT_HEADING_LEVEL, renderHeading, toHeadingLevel, type HeadingLevel } from './heading.js';
import { reportToConsole } from './console-report.js';
import { cssomStyle } from './cssom-style.js';
import { hasHydrateSupport } from './hydrate-support.js';
import { pageRequestsDebug } from './debug-query.js';
import { renderDebug } from './debug-view.js';
import { ReserveController } from './reserve-controller.js';
import { renderEmpty, renderLeftOut, renderLoading, renderUnavailable } from './status.js';

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * `lang` reflects like the built-in property: `el.lang = 'ru'` (how React 19, Vue and Svelte
 * set it) puts `lang="ru"` on the tag, as the attribute would. Empty means "follow the page",
 * so it removes the attribute rather than writing `lang=""` ("unknown language").
 */
const LANG_CONVERTER: ComplexAttributeConverter<string> = {
  fromAttribute: (value) => value ?? '',
  toAttribute: (value) => value || null,
};

export abstract class WidgetElement<K extends RowKind> extends LitElement {
  static override styles = [tokens, base, furnitureStyles];

  /** The library version that defined this element (two copies on a page compare it). */
  static readonly version = VERSION;

  /**
   * The data as an object: a full dataset (`{ meta, indicators, events, quotes }`) or just this
   * widget's list of rows. Takes precedence over inline JSON, `src` and the default dataset.
   */
  @property({ attribute: false }) data?: unknown;

  /** URL of a JSON or CSV file with this widget's data (or a full dataset). */
  @property() src?: string;

  /** Language of the UI strings and date/number formats (`en`, `ru`, `be`, `uk`, `pl`, `lt`, or one added with `registerLocale`); defaults to the page's. */
  @property({ reflect: true, converter: LANG_CONVERTER }) override lang = '';

  /** Level of the headline, 1–6 (`<h1>`–`<h6>`), to fit the page's outline; default 2. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel?: number;

  /**
   * How to read slash dates such as `3/4/2021` in a spreadsheet: `DMY` (3 April) or `MDY`
   * (March 4). Without it (and without `meta.dateFormat`), a date that reads both ways is refused.
   */
  @property({ attribute: 'date-format' }) dateFormat?: string;

  /** `light`, `dark` or `auto` (follows the reader's system). Without it, follows the page's `color-scheme`. */
  @property({ reflect: true }) theme?: Theme;

  /** `loading`, `ready` or `error`; reflected so pages and tests can wait on it. Read-only in spirit. */
  @property({ reflect: true }) state: DataState = 'loading';

  /**
   * Shows the producer's view of the data inside the widget: its source and every problem
   * (errors and warnings) with row, field, value and how to fix it. `?belarus-debug` in the
   * page's address does the same for every widget on the page. Readers never see problems.
   */
  @property({ type: Boolean }) debug = false;

  /**
   * Room to keep for the widget while its data loads, in CSS px, so that the article below does
   * not move when a slow `src` answers: one height (`640`), or a height per width of the widget
   * (`320:1180 600:760 1000:640`: 1180 px from 320 px wide and in anything narrower, 760 px from
   * 600 px, 640 px from 1000 px), as the embed generator and the builder write it from a real
   * render. The loading and error messages fill the room; the content keeps at least that height
   * and grows where it needs more. A value that cannot be read reserves nothing, with a console warning.
   */
  @property() reserve?: string;

  /** The shipped locale in effect. */
  protected locale: Locale = 'en';

  /** The `lang` tags of the interface strings, the page and the data. */
  protected languages: TextLanguages = textLanguages('en', undefined, undefined);

  /** The headline's level in effect (`heading-level` when valid). */
  protected headlineLevel: HeadingLevel = DEFAULT_HEADING_LEVEL;

  protected abstract readonly source: DataSourceController<K>;

  private readonly room = new ReserveController(this);

  protected get strings(): CoreStrings {
    return stringsIn(CORE_STRINGS, this.locale);
  }

  /** Waits for the interface language when a per-widget script is still loading it. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = localeLoading(resolveLocale(this.lang || nearestLang(this)));
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const pageLang = this.lang || nearestLang(this);
    this.state = this.source.sync({ lang: pageLang, dateFormat: toDateFormat(this.dateFormat) });
    this.room.sync(this.reserve);
    this.locale = resolveLocale(pageLang);
    this.languages = textLanguages(this.locale, pageLang, this.source.meta.lang);
    if (changed.has('headingLevel')) this.headlineLevel = this.validHeadingLevel();
    if (changed.has('dateFormat') && this.dateFormat && !toDateFormat(this.dateFormat)) {
      console.warn(`belarus-widgets: <${this.localName}> date-format="${this.dateFormat}" is neither DMY nor MDY; ambiguous slash dates will be refused.`);
    }
  }

  /** `heading-level` when it is 1–6; anything else falls back to 2, with a warning for the page's developer. */
  private validHeadingLevel(): HeadingLevel {
    if (this.headingLevel == null) return DEFAULT_HEADING_LEVEL;
    const level = toHeadingLevel(this.headingLevel);
    if (level) return level;
    const given = this.getAttribute('heading-level') ?? String(this.headingLevel);
    console.warn(`belarus-widgets: <${this.localName}> heading-level="${given}" is not a whole number from 1 to 6; using ${DEFAULT_HEADING_LEVEL}.`);
    return DEFAULT_HEADING_LEVEL;
  }

  /** The widget's own view of `ready` data with at least one row. */
  protected abstract renderContent(): TemplateResult;

  /** The heading of the widget (the table puts it into its caption when it has rows). */
  protected abstract renderHeader(): unknown;

  /** What the furniture templates need to know. */
  protected get furniture(): FurnitureContext {
    return { meta: this.source.meta, rows: this.source.rows, languages: this.languages, slotted: (name) => this.hasSlotted(name) };
  }

  /**
   * The headline at the page's `heading-level`: the `title` slot, else the data's headline for
   * `kind`, else `fallback`. `id` lets the widget name a region after it.
   */
  protected renderHeadline(kind: K, fallback: string, id?: string): TemplateResult {
    return renderHeading(this.headlineLevel, { class: 'headline', part: 'headline', id }, renderTitle(this.furniture, kind, fallback));
  }

  /** Is light-DOM content assigned to the named slot? Furniture without content renders nothing. */
  protected hasSlotted(name: string): boolean {
    return Array.from(this.children ?? []).some((child) => child.slot === name);
  }

  constructor() {
    super();
    // The source reports each distinct set of problems once, with this event: the console gets the same.
    this.addEventListener(DATA_ERROR_EVENT, this.onDataError);
  }

  /**
   * Lit renders into a declarative shadow root as it finds it, before the server's markup. With
   * hydration (belarus-widgets/hydrate.js, which the classic script includes) the markup is taken
   * over or replaced there; without it, the widget is rendered anew into the emptied root rather
   * than beside a second copy.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (this.shadowRoot && !hasHydrateSupport(LitElement)) this.shadowRoot.replaceChildren();
    return super.createRenderRoot();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.renderRoot.addEventListener('slotchange', this.onSlotChange);
    // Catch up on anything that changed while the element was out of the page.
    if (this.hasUpdated) this.requestUpdate();
  }

  /**
   * Updates wait while the element is out of the page: a render there would only restart
   * observers and work for an element nobody sees (and that may never come back).
   */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    return this.isConnected && super.shouldUpdate(changed);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.renderRoot.removeEventListener('slotchange', this.onSlotChange);
  }

  private readonly onSlotChange = (): void => this.requestUpdate();

  private readonly onDataError = (event: Event): void => {
    if (event.target === this) reportToConsole(this.localName, (event as CustomEvent<DataErrorDetail>).detail, this.strings);
  };

  /** The producer's view, when the attribute or the page's address asks for it and the data has settled. */
  private renderDebugView(): TemplateResult | typeof nothing {
    const { state, problems, origin } = this.source;
    if (state === 'loading' || !(this.debug || pageRequestsDebug())) return nothing;
    return renderDebug({ state, problems, origin, src: origin === 'src' ? this.src : undefined, strings: this.strings, languages: this.languages });
  }

  protected override render(): TemplateResult {
    const { state, rows, problems, meta } = this.source;
    const { furniture, languages } = this;
    let body: TemplateResult;
    if (state === 'loading') body = renderLoading(this.strings);
    else if (state === 'error') body = renderUnavailable(this.strings);
    else if (rows.length === 0) body = renderEmpty(this.strings);
    else body = html`${this.renderContent()}${renderLeftOut(problems, this.strings)}`;
    const room = this.room.height;
    // A message in place of the content fills the room kept for it.
    const filled = room !== undefined && (state !== 'ready' || rows.length === 0);
    return html`<div part="base" class=${filled ? 'reserved' : nothing} lang=${languages.ui} ${cssomStyle({ 'min-height': room === undefined ? undefined : `${room}px` })}>
      ${this.renderHeader()} ${meta.dek || this.hasSlotted('dek') ? renderDek(furniture) : nothing} ${body} ${this.renderDebugView()}
      ${renderFooter(furniture, this.strings, this.locale)}${this.room.renderStrip()}
    </div>`;
  }
}
