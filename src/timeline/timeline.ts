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
import { FocusAfterUpdate } from '../controllers/focus-after-update.js';
import { GlobalListeners } from '../controllers/global-listeners.js';
import { PrintController } from '../controllers/print-controller.js';
import { prefersReducedMotion } from '../controllers/reduced-motion.js';
import type { Meta, TimelineEvent } from '../data/types.js';
import { EVENT_SELECT_EVENT } from '../events.js';
import { langAttribute, stringsIn } from '../format/locale.js';
import { parsePartialDate, periodEnd } from '../format/partial-date.js';
import { subheadingLevel } from '../widget/heading.js';
import { memoizeLast } from '../widget/memoize-last.js';
import { WidgetElement } from '../widget/widget-element.js';
import { layoutTimeline, overviewPeriod, type TimelineLayout } from './layout.js';
import { renderDetail, renderEntry, renderLegend, renderPageButton, renderPageStatus, type ListContext } from './list.js';
import { buildModel, eventIdFromHash, hashForEvent, nextIndex, PAGE_SIZE, pageStartOf, type TimelineItem, type TimelineModel } from './model.js';
import { ownColourRules, OwnColourSheet } from './own-colours.js';
import { inPeriod, periodLabel, samePeriod, type Period } from './periods.js';
import { fontWidthRatio, renderPicture, renderProbe } from './picture.js';
import { TIMELINE_STRINGS, type TimelineStrings } from './strings.js';
import { timelineStyles } from './timeline.styles.js';
import { periodKey, renderBadges, renderPeriodBar } from './zoom.js';

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

/** The events of the period shown (all of them on the whole timeline), and where each sits among them. */
interface Shown {
  items: TimelineItem[];
  /** Position by chronological index; undefined while everything is shown. */
  positions?: Map<number, number>;
}

/**
 * U.S.–Belarus relations over time (or any dated events): a picture on a D3 time scale and an
 * ordered list of `<time>`-dated entries with the same content. Containers at least 600 px wide
 * get a horizontal axis; narrower ones a vertical list. Arrow keys, Home and End move between
 * events; `#event-<id>` in the page URL selects an event on load and on `hashchange` (inside an
 * iframe, the iframe's own URL: give the iframe `src="…#event-<id>"`). Where a period holds more
 * events than the picture can show, a count badge stands for them: pressing it shows only that
 * period, in the picture and the list; "Show the whole timeline" or Escape goes back.
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
 * @csspart badge - A count badge over the picture: opens its period.
 * @csspart period - The bar that names the period shown, with the way back.
 * @csspart show-all - The "Show the whole timeline" button of that bar.
 * @csspart pager - "Events 101–200 of 5,000" of a long list.
 * @csspart page-button - The "Show earlier/later events" buttons of a long list.
 * @csspart footer - Notes, source line and byline.
 * @cssprop [--belarus-timeline-category-1=light-dark(#1f5fa8, #8ab4f8)] - Colour of the first category in the order of their ids (to `-8`; each also has its own marker shape; `meta.categories` may give a category its own colour).
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

  /** First position of the list's window among the events shown. */
  @state() private pageStart = 0;
  /** The periods opened, outermost first; empty for the whole timeline. */
  @state() private zoom: Period[] = [];
  /** What the period bar's status line says; empty until a period was opened. */
  @state() private periodStatus = '';

  /**
   * Watches a zero-height strip as wide as the content, so only width changes (never our own height)
   * re-lay out. It also measures right after the first render, which forces a synchronous layout:
   * waiting for the observer's first report instead leaves a hydrated, pre-rendered picture drawn
   * for width 0 for a frame (layout shift 0.06 at 1280 px).
   */
  private readonly size = new ResizeController<Size>(this, { target: null, callback: () => this.measure() });
  // The view model, each part derived (and remembered) from what it reads.
  private readonly modelOf = memoizeLast((rows: TimelineEvent[], asOf: string | undefined, categories: Meta['categories']) => {
    const date = asOf ? parsePartialDate(asOf) : undefined;
    return buildModel(rows, date ? periodEnd(date) : new Date(), categories);
  });
  private readonly shownOf = memoizeLast((model: TimelineModel, period: Period | undefined): Shown => {
    if (!period) return { items: model.items };
    const items = model.items.filter((item) => inPeriod(item, period));
    return { items, positions: new Map(items.map((item, position) => [item.index, position])) };
  });
  private readonly layoutOf = memoizeLast(
    (items: TimelineItem[], width: number, fontSize: number, lang: string, textScale: number, period: Period | undefined) =>
      layoutTimeline(items, { width, fontSize, lang, textScale, period }),
  );
  private model: TimelineModel = buildModel([], new Date(0));
  private layout: TimelineLayout = { orientation: 'vertical', width: 0 };
  private shown: Shown = { items: [] };

  // What the next updates owe the reader and the page.
  /** An `#event-<id>` to select once the data is in. */
  private pendingHash?: string;
  /** The reader or the page selected this event: tell the page once it is drawn (`belarus-event-select`, deep link). */
  private pendingAnnouncement?: TimelineItem;
  /** Scroll the selection into view once the layout follows the container's width. */
  private pendingScroll = false;
  private readonly focusAfterUpdate = new FocusAfterUpdate(this);
  private readonly ownColours = new OwnColourSheet();
  /** On paper the whole list is shown, unpaged. */
  private readonly print = new PrintController(this);

  constructor() {
    super();
    new GlobalListeners(this, [
      [() => window, 'hashchange', () => this.onHashChange()],
      [() => document.fonts, 'loadingdone', () => this.onFontsLoaded()],
    ]);
  }

  private get text(): TimelineStrings {
    return stringsIn(TIMELINE_STRINGS, this.locale);
  }

  private get selectedIndex(): number {
    const item = this.selected === undefined ? undefined : this.model.byId.get(this.selected);
    return item ? item.index : -1;
  }

  /** Position of the event at chronological `index` among the events shown, -1 when it is not shown. */
  private positionOf(index: number): number {
    const { items, positions } = this.shown;
    if (!positions) return index < items.length ? index : -1;
    return positions.get(index) ?? -1;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.pendingHash = eventIdFromHash(location.hash);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const { rows, meta, state } = this.source;
    const model = this.modelOf(rows, meta.asOf?.iso, meta.categories);
    const modelChanged = model !== this.model;
    if (modelChanged) {
      this.model = model;
      this.zoom = [];
      this.periodStatus = '';
    }
    // A deep link waits for the data; a selection made by the page opens its page of the list.
    if (this.pendingHash !== undefined && state !== 'loading') {
      const item = this.model.byId.get(this.pendingHash);
      this.pendingHash = undefined;
      if (item) this.choose(item.index, { scroll: true });
    }
    // The page selected an event outside the period shown: show the whole timeline.
    const top = this.zoom.at(-1);
    const selected = this.model.items[this.selectedIndex];
    if (changed.has('selected') && top && selected && !inPeriod(selected, top)) this.showPeriods([]);
    this.updateShown();
    if ((modelChanged || changed.has('selected')) && this.selectedIndex >= 0) this.pageStart = pageStartOf(this.positionOf(this.selectedIndex));
    const { width, fontSize, fontRatio } = this.size.value ?? { width: 0, fontSize: 16, fontRatio: 0 };
    const textScale = Math.max(1, Math.round((fontRatio / FONT_RATIO_LIMIT) * 100) / 100);
    this.layout = this.layoutOf(this.model.items, width, fontSize, this.locale, textScale, this.zoom.at(-1));
    this.pageStart = Math.max(0, Math.min(this.pageStart, pageStartOf(this.shown.items.length - 1)));
  }

  /** The events of the period shown, and their positions. */
  private updateShown(): void {
    this.shown = this.shownOf(this.model, this.zoom.at(-1));
  }

  /** Shows the innermost of `periods` (none: the whole timeline) and says so in the status line. */
  private showPeriods(periods: Period[]): void {
    this.zoom = periods;
    this.pageStart = 0;
    this.updateShown();
    const period = periods.at(-1) ?? (this.model.items.length ? overviewPeriod(this.model.items) : undefined);
    this.periodStatus = period ? this.text.periodShown(periodLabel(period, this.locale, this.text.between), this.shown.items.length) : '';
  }

  protected override updated(): void {
    this.ownColours.apply(this.renderRoot as ShadowRoot, ownColourRules(this.model.categories));
    const announced = this.pendingAnnouncement;
    this.pendingAnnouncement = undefined;
    if (announced) this.announce(announced);
    // Scroll once the layout follows the measured width of the container.
    if (this.pendingScroll && this.size.value && this.size.value.width === this.layout.width) {
      this.pendingScroll = false;
      const overview = this.layout.orientation === 'horizontal' ? this.renderRoot.querySelector('.overview') : null;
      const target = overview ?? this.entry(this.selectedIndex)?.closest('li');
      const smooth = !prefersReducedMotion();
      target?.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
    }
  }

  /** The list entry of the event at chronological `index`, when it is rendered. */
  private entry(index: number): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`button.select[data-index="${index}"]`);
  }

  /** Tells the page about a selection: the URL's deep link (when asked for) and `belarus-event-select`. */
  private announce(item: TimelineItem): void {
    if (this.deepLink) history.replaceState(history.state, '', hashForEvent(item.event.id));
    const detail: EventSelectDetail = { id: item.event.id, event: item.event };
    this.dispatchEvent(new CustomEvent(EVENT_SELECT_EVENT, { detail, bubbles: true, composed: true }));
  }

  /** After opening a period: focus the way back. After leaving one: focus its badge (else the way back, else the list). */
  private focusAfterZoom(target: { to: 'show-all' } | { to: 'badge'; period: Period }): void {
    this.focusAfterUpdate.request(() => {
      const badge = target.to === 'badge' ? this.renderRoot.querySelector<HTMLElement>(`button.badge[data-period="${periodKey(target.period)}"]`) : null;
      return (
        badge ?? this.renderRoot.querySelector<HTMLElement>('button.show-all') ?? this.renderRoot.querySelector<HTMLElement>('button.select[tabindex="0"]')
      );
    });
  }

  /** The headline, after the zero-height strip whose width (and font) the layout follows. */
  protected renderHeader(): TemplateResult {
    return html`<div class="sizer" ${this.size.target()}>${renderProbe()}</div>
      ${this.renderHeadline('events', this.text.fallbackTitle)}`;
  }

  protected renderContent(): TemplateResult {
    const { model, layout, text } = this;
    const shown = this.shown.items;
    const selected = this.selectedIndex;
    const total = shown.length;
    const paged = !this.print.printing && total > PAGE_SIZE;
    const first = paged ? this.pageStart : 0;
    const last = paged ? Math.min(total, first + PAGE_SIZE) : total;
    const position = selected >= 0 ? this.positionOf(selected) : -1;
    const tabStop = position >= first && position < last ? selected : (shown[first]?.index ?? -1);
    const context: ListContext = {
      model,
      strings: text,
      lang: this.locale,
      dataLang: langAttribute(this.languages.data, this.languages.ui),
      entryLevel: subheadingLevel(this.headlineLevel),
      selected,
      tabStop,
    };
    const zoomed = this.zoom.length > 0;
    return html`<div class="timeline ${layout.orientation}" part="timeline" @keydown=${this.onTimelineKeydown}>
      ${renderLegend(model, context)} ${renderPeriodBar(this.periodStatus, zoomed, text, this.onShowAll)}
      ${
        layout.orientation === 'horizontal'
          ? html`<div class="overview">
            <div class="stage">
              ${renderPicture(layout, model, selected, this.onPick)} ${renderBadges(layout, text, this.locale, selected, this.onOpen)}
            </div>
            ${renderDetail(model.items[selected], context)}
          </div>`
          : nothing
      }
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
          shown.slice(first, last),
          (item) => item.event.id,
          (item) => renderEntry(item, context),
        )}
      </ol>
      ${paged && last < total ? renderPageButton(1, text, this.onPage) : nothing}
    </div>`;
  }

  /**
   * Selects the event at chronological `index`, shows its page, and tells the page about it. An
   * event outside the period shown brings back the whole timeline.
   */
  private choose(index: number, options: { focus?: boolean; scroll?: boolean } = {}): void {
    const item = this.model.items[index];
    if (!item) return;
    const period = this.zoom.at(-1);
    if (period && !inPeriod(item, period)) this.showPeriods([]);
    this.pageStart = pageStartOf(this.positionOf(index));
    if (options.focus) this.focusAfterUpdate.request(() => this.entry(index));
    this.pendingScroll ||= Boolean(options.scroll);
    this.requestUpdate();
    if (this.selected === item.event.id) return;
    this.selected = item.event.id;
    this.pendingAnnouncement = item;
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
    const { items } = this.shown;
    const next = nextIndex(event.key, this.positionOf(Number(button.dataset.index)), items.length);
    if (next === undefined) return;
    event.preventDefault();
    this.choose(items[next].index, { focus: true });
  };

  /** A count badge was pressed: show its period, and move focus to the way back (the badge is gone). */
  private readonly onOpen = (period: Period): void => {
    this.showPeriods(samePeriod(this.zoom.at(-1), period) ? this.zoom : [...this.zoom, period]);
    this.focusAfterZoom({ to: 'show-all' });
  };

  /** "Show the whole timeline": focus goes to the badge of the outermost period that was open. */
  private readonly onShowAll = (): void => {
    const outermost = this.zoom[0];
    this.showPeriods([]);
    if (outermost) this.focusAfterZoom({ to: 'badge', period: outermost });
  };

  /** Escape leaves the innermost period open, and focus goes to its badge. */
  private readonly onTimelineKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.zoom.length || event.defaultPrevented) return;
    event.preventDefault();
    const innermost = this.zoom.at(-1)!;
    this.showPeriods(this.zoom.slice(0, -1));
    this.focusAfterZoom({ to: 'badge', period: innermost });
  };

  /**
   * "Show earlier/later events": the neighbouring window of the list. The button that was
   * pressed may disappear, so focus moves to the first entry shown; the selection stays.
   */
  private readonly onPage = (direction: -1 | 1): void => {
    this.pageStart = Math.max(0, this.pageStart + direction * PAGE_SIZE);
    const first = this.shown.items[this.pageStart];
    if (first) this.focusAfterUpdate.request(() => this.entry(first.index));
  };

  private onHashChange(): void {
    const id = eventIdFromHash(location.hash);
    if (id === undefined) return;
    this.pendingHash = id;
    this.requestUpdate();
  }

  /** A web font arrived: labels may draw wider (or narrower) than when they were laid out. */
  private onFontsLoaded(): void {
    this.size.value = this.measure();
    this.requestUpdate();
  }
}
