/**
 * What the three widgets share: the data sources (`data`, inline JSON, `src`, default), the
 * reflected `state`, `lang` and `theme`, and the furniture and state messages. Subclasses
 * create their `source` controller for their row kind and render their own content.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { DataSourceController, DataState } from '../controllers/data-source-controller.js';
import type { RowKind } from '../data/types.js';
import { nearestLang, resolveLocale, type Locale } from '../format/locale.js';
import { CORE_STRINGS, type CoreStrings } from '../format/strings.js';
import { base } from '../styles/base.js';
import { tokens } from '../styles/tokens.js';
import { VERSION } from '../version.js';
import { renderDek, renderFooter } from './furniture.js';
import { furnitureStyles } from './furniture.styles.js';
import { renderEmpty, renderError, renderLoading, renderSkipped } from './status.js';

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

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

  /** Language of the UI strings and date/number formats (`en`, `ru`, `be`); defaults to the page's. */
  @property() override lang = '';

  /** `light`, `dark` or `auto` (follows the reader's system). Without it, follows the page's `color-scheme`. */
  @property({ reflect: true }) theme?: Theme;

  /** `loading`, `ready` or `error`; reflected so pages and tests can wait on it. Read-only in spirit. */
  @property({ reflect: true }) state: DataState = 'loading';

  /** The shipped locale in effect. */
  protected locale: Locale = 'en';

  protected abstract readonly source: DataSourceController<K>;

  protected get strings(): CoreStrings {
    return CORE_STRINGS[this.locale];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.source.sync();
    this.locale = resolveLocale(this.lang || nearestLang(this));
  }

  /** The widget's own view of `ready` data with at least one row. */
  protected abstract renderContent(): TemplateResult;

  /** The heading of the widget (the table puts it into its caption when it has rows). */
  protected abstract renderHeader(): unknown;

  /** Is light-DOM content assigned to the named slot? Furniture without content renders nothing. */
  protected hasSlotted(name: string): boolean {
    return Array.from(this.children ?? []).some((child) => child.slot === name);
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

  protected override render(): TemplateResult {
    const { state, rows, problems, meta } = this.source;
    let body: TemplateResult;
    if (state === 'loading') body = renderLoading(this.strings);
    else if (state === 'error') body = renderError(problems, this.strings);
    else if (rows.length === 0) body = renderEmpty(this.strings);
    else body = html`${this.renderContent()}${renderSkipped(problems, this.strings)}`;
    return html`<div part="base">
      ${this.renderHeader()} ${meta.dek || this.hasSlotted('dek') ? renderDek(meta) : nothing} ${body} ${renderFooter(meta, this.strings, this.locale, (name) => this.hasSlotted(name))}
    </div>`;
  }
}
