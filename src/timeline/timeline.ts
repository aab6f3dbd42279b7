/**
 * `<belarus-timeline>`: dated events and open-ended spans on a D3 time scale, horizontal in wide
 * containers and a vertical list in narrow ones, beside an ordered list that carries the same
 * content for every reader. The pure parts live next door: `model.ts` (rows -> view model),
 * `layout.ts` (scales, ticks, lanes, badges), `picture.ts` and `list.ts` (templates).
 */
import { ResizeController } from '@lit-labs/observers/resize-controller.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { DataSourceController } from '../controllers/data-source-controller.js';
import type { TimelineEvent } from '../data/types.js';
import { langAttribute } from '../format/locale.js';
import { periodEnd } from '../format/partial-date.js';
import { subheadingLevel } from '../widget/heading.js';
import { WidgetElement } from '../widget/widget-element.js';
import { layoutTimeline, type TimelineLayout } from './layout.js';
import { renderDetail, renderEntry, renderLegend, renderPageButton, renderPageStatus, type ListContext } from './list.js';
import { buildModel, eventIdFromHash, hashForEvent, nextIndex, PAGE_SIZE, pageStartOf, type TimelineModel } from './model.js';
import { GlobalListeners } from './global-listeners.js';
import { fontWidthRatio, renderPicture, renderProbe } from './picture.js';
import { TIMELINE_STRINGS, type TimelineStrings } from './strings.js';
import { timelineStyles } from './timeline.styles.js';

export interface EventSelectDetail {
  id: string;
  event: TimelineEvent;
}

declare global {
  interface HTMLElementEventMap {
    'belarus-event-select': CustomEvent<EventSelectDetail>;
  }
}

interface Size {
  width: number;
  fontSize: number;
  /** How wide the page's font draws compared with the text estimate. */
  fontRatio: number;
}

/**
 * Drawn text may take this share of its estimated width: the rest is room for labels wider than
 * the sample and for the selected label, which turns bold (about 10% wider). Wider fonts widen
 * the estimate.
 */
const FONT_RATIO_LIMIT = 0.84;

const changedFrom = (before: unknown[], after: unknown[]) => after.some((part, i) => !Object.is(part, before[i]));

/**
 * U.S.–Belarus relations over time (or any dated events): a picture on a D3 time scale and an
 * ordered list of `<time>`-dated entries with the same content. Containers at least 600 px wide
 * get a horizontal axis; narrower ones a vertical list. Arrow keys, Home and End move between
 * events; `#event-<id>` in the page URL selects an event on load and on `hashchange` (inside an
 * iframe, the iframe's own URL: give the iframe `src="…#event-<id>"`).
 *
 * @summary Dated events on a D3 time scale, with an ordered list carrying the same content.
 * @tag belarus-timeline
 *
 * @slot title - Replaces the headline (default: `meta.headlines.events`, else `meta.title`).
 * @slot dek - Replaces the standfirst under the headline.
 * @slot notes - Replaces the notes line of the footer.
 * @slot source - Replaces the source line of the footer.
 * @slot byline - Replaces the byline of the footer.
 * @fires belarus-event-select - The reader selected an event (click, keyboard or deep link). `detail: { id, event }`.
 * @fires belarus-data-error - Some or all of the data could not be used. `detail: { problems, origin, src }`.
 * @csspart base - The wrapper of everything.
 * @csspart headline - The headline.
 * @csspart timeline - The legend, picture, details and list; has the class `horizontal` or `vertical`.
 * @csspart legend - The list of categories with their markers.
 * @csspart picture - The SVG time scale (wide containers only).
 * @csspart detail - The selected event's details under the picture (wide containers only).
 * @csspart list - The ordered list of events.
 * @csspart entry - One event of the list.
 * @csspart selected-entry - The selected event of the list.
 * @csspart pager - "Events 101–200 of 5,000" of a long list.
 * @csspart page-button - The "Show earlier/later events" buttons of a long list.
 * @csspart footer - Notes, source line and byline.
 * @cssprop [--belarus-timeline-category-1=light-dark(#1f5fa8, #8ab4f8)] - Colour of the first category (to `-8`; each also has its own marker shape).
 * @cssprop [--belarus-color-text] - Text colour (shared token; see the docs for the others).
 */
export class BelarusTimeline extends WidgetElement<'events'> {
  static override styles = [...WidgetElement.styles, timelineStyles];

  protected readonly source = new DataSourceController(this, 'events');

  /**
   * Writes the selected event into the page URL as `#event-<id>` (with `history.replaceState`,
   * so no history entries pile up). Off by default: the widget never changes a host page's URL
   * unasked. An incoming `#event-<id>` is honoured either way.
   */
  @property({ type: Boolean, attribute: 'deep-link' }) deepLink = false;

  /** The `id` of the selected event. Set it to select one; it follows the reader's selection. */
  @property() selected?: string;

  @state() private pageStart = 0;
  @state() private printing = false;

  /** Watches a zero-height strip as wide as the content, so only width changes (never our own height) re-lay out. */
  private readonly size = new ResizeController<Size>(this, { target: null, callback: () => this.measure() });
  private model: TimelineModel = buildModel([], new Date(0));
  private layout: TimelineLayout = { orientation: 'vertical', width: 0 };
  private modelKey: unknown[] = [];
  private layoutKey: unknown[] = [];
  private pendingHash?: string;
  /** Chronological index of the entry to focus after this update, -1 for none. */
  private pendingFocus = -1;
  private pendingScroll = false;

  constructor() {
    super();
    new GlobalListeners(this, [
      [() => window, 'hashchange', () => this.onHashChange()],
      [() => window, 'beforeprint', () => this.onBeforePrint()],
      [() => window, 'afterprint', () => (this.printing = false)],
      [() => document.fonts, 'loadingdone', () => this.onFontsLoaded()],
    ]);
  }

  private get text(): TimelineStrings {
    return TIMELINE_STRINGS[this.locale];
  }

  private get selectedIndex(): number {
    const item = this.selected === undefined ? undefined : this.model.byId.get(this.selected);
    return item ? item.index : -1;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.pendingHash = eventIdFromHash(location.hash);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const { rows, meta, state } = this.source;
    const modelKey = [rows, meta.asOf?.iso];
    const modelChanged = changedFrom(this.modelKey, modelKey);
    if (modelChanged) {
      this.modelKey = modelKey;
      this.model = buildModel(rows, meta.asOf ? periodEnd(meta.asOf) : new Date());
    }
    // A deep link waits for the data; a selection made by the page opens its page of the list.
    if (this.pendingHash !== undefined && state !== 'loading') {
      const item = this.model.byId.get(this.pendingHash);
      this.pendingHash = undefined;
      if (item) this.choose(item.index, { scroll: true });
    }
    if ((modelChanged || changed.has('selected')) && this.selectedIndex >= 0) this.pageStart = pageStartOf(this.selectedIndex);
    const { width, fontSize, fontRatio } = this.size.value ?? { width: 0, fontSize: 16, fontRatio: 0 };
    const textScale = Math.max(1, Math.round((fontRatio / FONT_RATIO_LIMIT) * 100) / 100);
    const layoutKey = [this.model, width, fontSize, this.locale, textScale];
    if (changedFrom(this.layoutKey, layoutKey)) {
      this.layoutKey = layoutKey;
      this.layout = layoutTimeline(this.model.items, { width, fontSize, lang: this.locale, textScale });
    }
    this.pageStart = Math.min(this.pageStart, pageStartOf(this.model.items.length - 1));
  }

  protected override updated(): void {
    const entry = (index: number) => this.renderRoot.querySelector<HTMLElement>(`button.select[data-index="${index}"]`);
    if (this.pendingFocus >= 0) entry(this.pendingFocus)?.focus();
    this.pendingFocus = -1;
    // Scroll once the layout follows the measured width of the container.
    if (this.pendingScroll && this.size.value && this.size.value.width === this.layout.width) {
      this.pendingScroll = false;
      const overview = this.layout.orientation === 'horizontal' ? this.renderRoot.querySelector('.overview') : null;
      const target = overview ?? entry(this.selectedIndex)?.closest('li');
      const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
      target?.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
    }
  }

  /** The headline, after the zero-height strip whose width (and font) the layout follows. */
  protected renderHeader(): TemplateResult {
    return html`<div class="sizer" ${this.size.target()}>${renderProbe()}</div>
      ${this.renderHeadline('events', this.text.fallbackTitle)}`;
  }

  protected renderContent(): TemplateResult {
    const { model, layout, text } = this;
    const selected = this.selectedIndex;
    const total = model.items.length;
    const paged = !this.printing && total > PAGE_SIZE;
    const first = paged ? this.pageStart : 0;
    const last = paged ? Math.min(total, first + PAGE_SIZE) : total;
    const tabStop = selected >= first && selected < last ? selected : first;
    const context: ListContext = {
      model,
      strings: text,
      lang: this.locale,
      dataLang: langAttribute(this.languages.data, this.languages.ui),
      entryLevel: subheadingLevel(this.headlineLevel),
      selected,
      tabStop,
    };
    return html`<div class="timeline ${layout.orientation}" part="timeline">
      ${renderLegend(model, context)}
      ${layout.orientation === 'horizontal'
        ? html`<div class="overview">
            ${renderPicture(layout, model, selected, this.onPick)} ${renderDetail(model.items[selected], context)}
          </div>`
        : nothing}
      <p id="keys" class="visually-hidden">${text.keyboardHint}</p>
      ${paged ? renderPageStatus(first, last, total, text) : nothing}
      ${paged && first > 0 ? renderPageButton(-1, text, this.onPage) : nothing}
      <ol
        class="events"
        part="list"
        role="list"
        start=${first + 1}
        aria-label=${text.list}
        aria-describedby="keys"
        @click=${this.onListClick}
        @keydown=${this.onKeydown}
      >
        ${repeat(
          model.items.slice(first, last),
          (item) => item.event.id,
          (item) => renderEntry(item, context),
        )}
      </ol>
      ${paged && last < total ? renderPageButton(1, text, this.onPage) : nothing}
    </div>`;
  }

  /** Selects the event at chronological `index`, shows its page, and tells the page about it. */
  private choose(index: number, options: { focus?: boolean; scroll?: boolean } = {}): void {
    const item = this.model.items[index];
    if (!item) return;
    this.pageStart = pageStartOf(index);
    if (options.focus) this.pendingFocus = index;
    this.pendingScroll ||= Boolean(options.scroll);
    this.requestUpdate();
    if (this.selected === item.event.id) return;
    this.selected = item.event.id;
    if (this.deepLink) history.replaceState(history.state, '', hashForEvent(item.event.id));
    const detail: EventSelectDetail = { id: item.event.id, event: item.event };
    this.dispatchEvent(new CustomEvent('belarus-event-select', { detail, bubbles: true, composed: true }));
  }

  /** Runs as the ResizeObserver reports, when the page's layout is fresh, and when web fonts load. */
  private measure(): Size {
    const sizer = this.renderRoot.querySelector('.sizer');
    const width = sizer?.clientWidth ?? 0;
    // The wrapper's size, which honours --belarus-font-size and the 12 px floor, not the page's.
    const fontSize = parseFloat(getComputedStyle(sizer ?? this).fontSize) || 16;
    return { width, fontSize, fontRatio: fontWidthRatio(this.renderRoot) };
  }

  /** A pointer picked an event in the picture: select it, and leave focus alone. */
  private readonly onPick = (index: number): void => this.choose(index);

  private readonly onListClick = (event: MouseEvent): void => {
    const button = (event.target as Element).closest<HTMLElement>('button.select');
    if (button) this.choose(Number(button.dataset.index), { focus: true });
  };

  private readonly onKeydown = (event: KeyboardEvent): void => {
    const button = (event.target as Element).closest<HTMLElement>('button.select');
    if (!button || event.altKey || event.ctrlKey || event.metaKey) return;
    const next = nextIndex(event.key, Number(button.dataset.index), this.model.items.length);
    if (next === undefined) return;
    event.preventDefault();
    this.choose(next, { focus: true });
  };

  /**
   * "Show earlier/later events": the neighbouring window of the list. The button that was
   * pressed may disappear, so focus moves to the first entry shown; the selection stays.
   */
  private readonly onPage = (direction: -1 | 1): void => {
    this.pageStart = Math.max(0, this.pageStart + direction * PAGE_SIZE);
    this.pendingFocus = this.pageStart;
  };

  private onHashChange(): void {
    const id = eventIdFromHash(location.hash);
    if (id === undefined) return;
    this.pendingHash = id;
    this.requestUpdate();
  }

  /** Printing shows the whole list; the update must land before the browser takes its snapshot. */
  private onBeforePrint(): void {
    this.printing = true;
    this.performUpdate();
  }

  /** A web font arrived: labels may draw wider (or narrower) than when they were laid out. */
  private onFontsLoaded(): void {
    this.size.value = this.measure();
    this.requestUpdate();
  }
}
