/**
 * Keeps the room the `reserve` attribute asks for (see reserve.ts): reads the value, with a
 * console warning and no room at all for one that cannot be read (never a broken layout), and
 * picks the height for the widget's width. Where the room depends on the width, it watches a
 * strip of no height as wide as the widget, so a new width (a phone turned) picks again while
 * the widget's own height, which the room changes, never wakes the observer.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';
import { parseReserve, reservedHeight, type Reservation } from './reserve.js';

/** Hands the element it is on to `watch` at each render (a plain directive: Lit's `ref` weighs more). */
class HandOverDirective extends Directive {
  render(_watch: (element: Element) => void): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [watch]: [(element: Element) => void]): typeof nothing {
    watch(part.element);
    return nothing;
  }
}

const handOver = directive(HandOverDirective);

export class ReserveController implements ReactiveController {
  private value?: string;
  private entries: Reservation = [];
  /** The widget's width the room was picked for; read once at first, then as the observer reports. */
  private width?: number;
  private observer?: ResizeObserver;
  private strip?: Element;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Reads the attribute's value; widgets call this in `willUpdate()`. */
  sync(value: string | undefined): void {
    if (value === this.value) return;
    this.value = value;
    const parsed = parseReserve(value ?? '');
    if ('problem' in parsed) console.warn(`belarus-widgets: <${this.host.localName}> reserve="${value}": ${parsed.problem}; no room is reserved.`);
    this.entries = 'entries' in parsed ? parsed.entries : [];
    // One height (or none) needs no width: the strip goes with the next render.
    if (this.entries.length < 2 && this.strip) {
      this.observer?.unobserve(this.strip);
      this.strip = undefined;
    }
  }

  /** The room at the widget's width now, in CSS px; undefined for none. */
  get height(): number | undefined {
    // The first render of a width list reads the width itself, so it is right before any observer reports.
    if (this.entries.length > 1 && this.width === undefined) this.width = this.host.clientWidth;
    return reservedHeight(this.entries, this.width ?? 0);
  }

  /** The strip to watch, inside the widget's wrapper, where the room depends on the width. */
  renderStrip(): TemplateResult | typeof nothing {
    return this.entries.length > 1 ? html`<div class="reserve-width" ${handOver(this.onStrip)}></div>` : nothing;
  }

  hostConnected(): void {
    if (this.strip) this.observer?.observe(this.strip);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    // Another column may be another width: read it again when the widget comes back.
    this.width = undefined;
  }

  private readonly onStrip = (strip: Element): void => {
    if (strip === this.strip) return;
    if (this.strip) this.observer?.unobserve(this.strip);
    this.strip = strip;
    this.observer ??= new ResizeObserver(this.onResize);
    this.observer.observe(strip);
  };

  private readonly onResize = (): void => {
    const before = this.height;
    // Layout is fresh when the observer reports: reading the width costs nothing here.
    this.width = this.host.clientWidth;
    if (this.height !== before) this.host.requestUpdate();
  };
}
